/** Data hooks: an API resource that follows its path, and the country names. */
import { useEffect, useState } from 'preact/hooks';
import { api, countries, type Country } from './api.ts';

export interface Resource<T> { data: T | null; error: string | null; loading: boolean }

/** Fetches `path` (nothing when null) and refetches when it changes; stale answers are dropped. */
export function useApi<T>(path: string | null): Resource<T> {
  const [state, setState] = useState<Resource<T> & { path: string | null }>({ data: null, error: null, loading: !!path, path });
  useEffect(() => {
    if (!path) { setState({ data: null, error: null, loading: false, path }); return; }
    const ctl = new AbortController();
    setState((s) => ({ data: s.path === path ? s.data : null, error: null, loading: true, path }));
    api<T>(path, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false, path }),
      (e: Error) => { if (e.name !== 'AbortError') setState({ data: null, error: e.message, loading: false, path }); },
    );
    return () => ctl.abort();
  }, [path]);
  // until the effect has run for a new path, report loading rather than the previous path's data
  if (state.path !== path) return { data: null, error: null, loading: !!path };
  return state;
}

/** The record's countries (code, name, events), or [] while loading; `error` when they cannot be had. */
export function useCountries(): { list: Country[]; name: (code: string | null | undefined) => string; error: string | null } {
  const [list, setList] = useState<Country[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { let live = true; countries().then((c) => { if (live) setList(c); }, (e: Error) => { if (live) setError(e.message); }); return () => { live = false; }; }, []);
  const names = new Map(list.map((c) => [c.country, c.name]));
  return { list, error, name: (code) => (code ? names.get(code) ?? code : 'unknown') };
}
