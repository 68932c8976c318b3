/**
 * A small history-API router: every view has a real URL, links are plain <a href> elements (so
 * they work with the keyboard, middle-click and "copy link"), and same-origin clicks are turned
 * into pushState navigations here instead of page loads.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Loc { path: string; query: URLSearchParams; href: string }

const current = (): Loc => ({ path: location.pathname, query: new URLSearchParams(location.search), href: location.pathname + location.search });
const listeners = new Set<() => void>();
const notify = () => { for (const l of listeners) l(); };

export function navigate(href: string, opts: { replace?: boolean } = {}): void {
  const url = new URL(href, location.href);
  if (url.origin !== location.origin) { location.assign(url.href); return; }
  const target = url.pathname + url.search + url.hash;
  if (target === location.pathname + location.search + location.hash) return;
  if (opts.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  notify();
}

/** The current location; re-renders the caller on navigation. */
export function useLocation(): Loc {
  const [loc, setLoc] = useState(current);
  useEffect(() => {
    const l = () => setLoc(current());
    listeners.add(l);
    return () => { listeners.delete(l); };
  }, []);
  return loc;
}

/** Intercepts clicks on same-origin links (HTML and SVG <a>) once for the whole page. */
export function installLinkHandler(): void {
  addEventListener('popstate', notify);
  document.addEventListener('click', (ev) => {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
    const a = (ev.target as Element | null)?.closest?.('a');
    if (!a) return;
    const href = a.getAttribute('href');
    if (!href || a.hasAttribute('download') || (a.getAttribute('target') ?? '_self') !== '_self' || a.getAttribute('rel')?.includes('external')) return;
    const url = new URL(href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/openapi.json') return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return; // in-page anchor
    ev.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

/** A link to a person's page; ids with a dot use the query form, as the server only sends the page for dot-less paths. */
export function personHref(id: string): string {
  return id.includes('.') ? `/person?id=${encodeURIComponent(id)}` : `/person/${encodeURIComponent(id)}`;
}
