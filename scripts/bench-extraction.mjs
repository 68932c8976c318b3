// The extraction throughput run of `npm run bench` (section 2), in a process of its own:
//   node scripts/bench-extraction.mjs MODULE MB DIR...
// MODULE is the extract module to measure (dist/extract.js, or src/extract.ts under `--import tsx`);
// the .txt/.md texts under the DIRs are extracted once to warm up, then repeated in memory until MB
// megabytes have been read. Prints one JSON line: bytes, docs, seconds, peak resident memory, and per
// language the documents were read in: bytes, seconds, docs.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, mbArg, ...dirs] = process.argv.slice(2);
if (!modulePath || !mbArg || !dirs.length) {
  console.error('usage: node scripts/bench-extraction.mjs MODULE MB DIR...');
  process.exit(2);
}
const { extract } = await import(pathToFileURL(resolve(modulePath)).href);
const texts = [];
const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (['.txt', '.md'].includes(extname(n))) texts.push(readFileSync(p, 'utf8')); } };
for (const d of dirs) walk(d);
for (let r = 0; r < 2; r++) for (const t of texts) extract(t, {}); // warm up: knowledge loaded, code optimised
const target = Number(mbArg) * 1024 * 1024;
let bytes = 0, docs = 0, peak = 0;
// per language of the documents (as extraction detects it): bytes and seconds
const sizes = texts.map((t) => Buffer.byteLength(t));
const byLanguage = {};
const t0 = performance.now();
while (bytes < target) {
  for (let k = 0; k < texts.length; k++) {
    const a = performance.now();
    const out = extract(texts[k], {});
    const lang = (byLanguage[out.document.language ?? 'none'] ??= { bytes: 0, seconds: 0, docs: 0 });
    lang.seconds += (performance.now() - a) / 1000;
    lang.bytes += sizes[k];
    lang.docs++;
    bytes += sizes[k];
    docs++;
    if ((docs & 255) === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
}
const seconds = (performance.now() - t0) / 1000;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(JSON.stringify({ texts: texts.length, bytes, docs, seconds, peak, byLanguage }));
