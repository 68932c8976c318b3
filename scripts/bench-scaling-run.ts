// One measurement of the scaling benchmark (scripts/bench-scaling.ts), in a process of its own:
//   node --import tsx scripts/bench-scaling-run.ts GENERATOR BYTES
// Warms up on a small text, then extracts the generator's text of BYTES characters once, with no
// time budget, and prints one JSON line: {ms, chars, events, warnings}.
import { extract } from '../src/extract.js';
import { adversarial } from '../test/adversarial/generators.js';
import { loadKnowledge } from '../src/knowledge/index.js';

const [name, bytesArg] = process.argv.slice(2);
const g = adversarial(name);
loadKnowledge(); // outside extract, so that a profile of extract holds extraction only
const text = g.make(Number(bytesArg));
for (let i = 0; i < 3; i++) extract(g.make(5_000), { format: g.format, budgetMs: Infinity });
const t0 = performance.now();
const d = extract(text, { format: g.format, budgetMs: Infinity });
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, chars: text.length, events: d.events.length, warnings: (d.warnings ?? []).map((w) => w.rule) }));
