// Prints how a text is segmented and which parts are marked as noise: tsx scripts/debug-segments.ts FILE
import { readFileSync } from 'node:fs';
import { TextView } from '../src/text/text-view.js';
import { splitLines, splitSentences } from '../src/page/segmenter.js';
import { classifyLines, classifySentences } from '../src/page/noise-classifier.js';

const view = TextView.from(readFileSync(process.argv[2], 'utf8'));
const lines = classifyLines(splitLines(view.text));
const sents = classifySentences(splitSentences(view.text, lines));
for (const s of sents) console.log(`${String(s.index).padStart(3)} p${s.paragraph} ${(s.noise ?? '').padEnd(22)} ${s.text.slice(0, 150)}`);
