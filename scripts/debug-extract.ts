// Runs the extractor on one file and prints the result: tsx scripts/debug-extract.ts FILE [--full]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../src/extract.js';

const file = process.argv[2];
const doc = extract(readFileSync(file, 'utf8'), { id: basename(file).replace(/\.[^.]+$/, ''), detail: process.argv.includes('--full') });
console.log(JSON.stringify(doc, null, 1));
