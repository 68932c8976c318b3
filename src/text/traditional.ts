/**
 * Traditional Chinese characters read as their simplified forms, for lookups only (issue 9): the lexicons,
 * the registry and the place and country names are written in simplified characters, and a text in
 * traditional characters (會見, 外長, 河內, 米爾濟約耶夫) must reach the same entries. The text, the names as
 * written and the evidence keep their own characters. The table is data: data/lang/zh/traditional.json.
 *
 * Two callers, one table: the tokenizer gives a Chinese token its simplified form as its `lower` key (every
 * token trie reads it), and foldName folds a name looked up as a string (the registry's index, person search).
 */
import { readDataJson } from '../data-files.js';

let table: (string | undefined)[] | null = null;

/** Character code -> the simplified character of a traditional one (undefined for every other character), built on first use. */
export function simplifiedTable(): (string | undefined)[] {
  if (table) return table;
  const t: (string | undefined)[] = new Array(0x10000);
  const { pairs, variants } = readDataJson<{ pairs: Record<string, string>; variants: Record<string, string> }>('lang/zh/traditional.json');
  for (const [trad, simp] of [...Object.entries(pairs), ...Object.entries(variants)]) t[trad.charCodeAt(0)] = simp;
  return (table = t);
}

/** A text with its traditional characters in their simplified forms ("國務委員" -> "国务委员"); the same string when none is. */
export function simplifiedKey(s: string): string {
  let out: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = c >= 0x3400 ? simplifiedTable()[c] : undefined;
    if (f !== undefined) { out ??= s.slice(0, i); out += f; } else if (out !== null) out += s[i];
  }
  return out ?? s;
}
