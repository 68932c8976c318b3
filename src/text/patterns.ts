/** Small pieces of regular-expression work that every layer shares. */

/** A string as a regular expression that matches it literally. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Latin letter with a diacritic (Vietnamese "ư", "ơ", "ả"; "é", "ñ", "ü"). */
export const LATIN_DIACRITIC = /[\u00C0-\u024F\u1E00-\u1EFF]/;
