/**
 * Name normalisation shared by the gazetteer, the people registry and coreference.
 */
import removeAccents from 'remove-accents';
import { simplifiedKey } from '../text/traditional.js';

const cache = new Map<string, string>();

/** Lowercase, no diacritics (Đ -> D too), traditional Chinese characters as simplified ones (習 -> 习), words separated by single spaces. */
export function foldName(s: string): string {
  let f = cache.get(s);
  if (f === undefined) {
    f = fold(s);
    if (cache.size > 100_000) cache.clear();
    cache.set(s, f);
  }
  return f;
}

function fold(s: string): string {
  return removeAccents(simplifiedKey(s).normalize('NFC'))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // (an apostrophe inside a word, before a lower-case letter, is dropped, as the press often drops it: "Va'aleto'a",
    // "Va'aletoa" and "Vaaletoa" are one name; "O'Brien", "Ministers'Meeting" and a possessive "'s" keep theirs, as a
    // space below)
    .replace(/(?<=\p{L})['’\u02bb\u02bc\u02bd]+(?=\p{Ll})(?!s(?!\p{L}))/gu, '')
    .toLowerCase()
    .replace(/councillor/g, 'councilor')
    // (the ʻokina and the modifier apostrophe are letters to Unicode but the apostrophe of a name all the same:
    // "Vaʻaletoʻa" is "Va'aleto'a", "ʻAisake" is "'Aisake", as Samoan and Tongan names are written either way)
    .replace(/[^\p{L}\p{N}]+|[\u02bb\u02bc\u02bd]+/gu, ' ')
    .trim();
}

/** foldName without any spaces: "Hà Nội" -> "hanoi", "Lao Cai" -> "laocai". */
export function foldKey(s: string): string {
  return foldName(s).replace(/ /g, '');
}
