/**
 * Finds the documents named on a command line: files, folders (recursively: .txt, .md, .html, .htm)
 * and `-` for standard input. A folder's `manifest.jsonl` ({id, url, source, published?, lang?,
 * side?} per line) supplies metadata for its files; `side` is whose account the file is (VNM, CHN,
 * UN, independent), as the user states it.
 */
import { readdirSync, statSync, readFileSync, existsSync, realpathSync } from 'node:fs';
import { join, basename, extname, dirname } from 'node:path';

export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

export interface InputRef {
  path: string;
  id: string;
  format: 'text' | 'html';
  url?: string | null;
  source?: string | null;
  published?: string | null;
  /** whose account it is, as the folder's manifest states it (checked by the reader) */
  side?: string | null;
}

export interface WalkResult { inputs: InputRef[]; errors: { path: string; reason: string }[] }

const manifestCache = new Map<string, Map<string, Record<string, string>>>();
function manifest(dir: string): Map<string, Record<string, string>> {
  let m = manifestCache.get(dir);
  if (m) return m;
  m = new Map();
  const p = join(dir, 'manifest.jsonl');
  if (existsSync(p)) {
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try { const o = JSON.parse(line); if (o && typeof o.id === 'string') m.set(o.id, o); } catch { /* a bad manifest line only loses metadata */ }
    }
  }
  manifestCache.set(dir, m);
  return m;
}

export function refFor(path: string): InputRef {
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  const meta = manifest(dirname(path)).get(id);
  return {
    path, id, format: ext === '.html' || ext === '.htm' ? 'html' : 'text',
    url: meta?.url ?? null, source: meta?.source ?? null,
    published: meta?.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : null,
    side: meta?.side != null ? String(meta.side) : null,
  };
}

export function walkInputs(paths: string[], extensions: Set<string> = TEXT_EXTENSIONS): WalkResult {
  const inputs: InputRef[] = [];
  const errors: WalkResult['errors'] = [];
  // folders already walked, by real path: a symbolic link back up the tree (a loop) or to a folder
  // seen before is not walked again
  const seen = new Set<string>();
  const visit = (p: string, explicit: boolean) => {
    let st;
    try { st = statSync(p); } catch (e) { errors.push({ path: p, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or folder' : (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'symbolic link loop' : (e as Error).message }); return; }
    if (st.isDirectory()) {
      let real: string;
      try { real = realpathSync(p); } catch (e) { errors.push({ path: p, reason: `cannot resolve: ${(e as Error).message}` }); return; }
      if (seen.has(real)) return;
      seen.add(real);
      let names: string[];
      try { names = readdirSync(p).sort(); } catch (e) { errors.push({ path: p, reason: `cannot read folder: ${(e as Error).message}` }); return; }
      for (const n of names) {
        if (n.startsWith('.') || n === 'node_modules') continue;
        const child = join(p, n);
        let cs;
        try { cs = statSync(child); } catch { continue; }
        if (cs.isDirectory()) visit(child, false);
        else if (extensions.has(extname(n).toLowerCase()) && n !== 'manifest.jsonl') visit(child, false);
      }
      return;
    }
    if (!st.isFile()) { errors.push({ path: p, reason: 'not a regular file' }); return; }
    void explicit;
    inputs.push(refFor(p));
  };
  for (const p of paths) {
    if (p === '-') { inputs.push({ path: '-', id: 'stdin', format: 'text' }); continue; }
    visit(p, true);
  }
  return { inputs, errors };
}
