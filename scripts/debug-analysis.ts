// Prints what the recognisers found in each sentence of a file: tsx scripts/debug-analysis.ts FILE [FROM] [TO]
import { readFileSync } from 'node:fs';
import { analyse } from '../src/extract.js';
import { looksLikeHtml } from '../src/text/html-reader.js';

const text = readFileSync(process.argv[2], 'utf8');
// (a page is read as the CLI reads it: an .html file, or text that looks like HTML, through the HTML reader)
const format = /\.html?$/i.test(process.argv[2]) || looksLikeHtml(text) ? 'html' : 'text';
const from = Number(process.argv[3] ?? 0), to = Number(process.argv[4] ?? 1e9);
const doc = analyse(text, { id: 'x', format, ...(process.env.LANG_HINT ? { language: process.env.LANG_HINT } : {}) });
console.log('language', doc.language, 'published', doc.published?.value, doc.published?.rule, 'dateline', JSON.stringify(doc.dateline && { ...doc.dateline, place: doc.dateline.place?.name }));
for (const a of doc.analyses) {
  const s = a.sentence;
  if (s.index < from || s.index > to) continue;
  console.log(`\n[${s.index}] ${s.noise ?? s.role} ${s.text.slice(0, 300)}`);
  if (s.noise) continue;
  const tk = (x: number, y: number) => a.tokens.slice(x, y).map((t) => t.text).join(' ');
  if (a.titles.length) console.log('  titles:', a.titles.map((t) => `${t.text}${t.country ? '/' + t.country : ''}`).join(' | '));
  if (a.names.length) console.log('  names:', a.names.map((n) => `${n.text}(${n.source}${n.personId ? ':' + n.personId : ''})`).join(' | '));
  if (a.persons.length) console.log('  persons:', a.persons.map((p) => `${p.kind}:${p.name ?? tk(p.start, p.end)}${p.country ? "/" + p.country.value : ""}->${p.entity ? '#' + p.entity.key : '-'}`).join(' | '));
  if (a.triggers.length) console.log('  triggers:', a.triggers.map((t) => `${t.rule}${t.planned ? '(planned)' : ''}${t.recalled ? '(recalled)' : ''}`).join(' | '));
  if (a.dates.length) console.log('  dates:', a.dates.map((d) => `${d.text}=${JSON.stringify(d.value)}`).join(' | '));
  if (a.places.length) console.log('  places:', a.places.map((p) => `${p.prep} ${p.text}/${p.place.country}`).join(' | '));
  if (a.occasions.length) console.log('  occasions:', a.occasions.map((o) => o.text).join(' | '));
}
console.log('\nentities:', doc.entities.map((e) => `#${e.key} ${e.name}/${e.country?.value}(${e.country?.rule}) ${e.title ?? ''} ${e.personId ?? ''}`).join('\n  '));
console.log('\nevents:', doc.events.map((e) => `${e.kind.value} ${e.date?.value} ${e.location?.value?.place ?? e.location?.value?.country ?? ''}${e.referenced ? ' (ref)' : ''} [${e.participants.map((p) => p.name ?? p.title).join(', ')}] s=${e.sentences.join(',')}`).join('\n  '));
