// Runs the extractor on one file and prints the result: tsx scripts/debug-extract.ts FILE [--full]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extract } from '../src/extract.js';
import { looksLikeHtml } from '../src/text/html-reader.js';

const file = process.argv[2];
const text = readFileSync(file, 'utf8');
// (a page is read as the CLI reads it: an .html file, or text that looks like HTML, through the HTML reader)
const format = /\.html?$/i.test(file) || looksLikeHtml(text) ? 'html' : 'text';
const doc = extract(text, { id: basename(file).replace(/\.[^.]+$/, ''), format, detail: process.argv.includes('--full') });
console.log(JSON.stringify(doc, null, 1));
