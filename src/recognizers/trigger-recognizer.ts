/**
 * Words that report an engagement ("held talks with", "made a phone call to", "met",
 * "video conference", "exchanged messages"), from data/lang/en/triggers.json. Each match is
 * marked `planned` when the words before it in its clause make it a plan, a wish or a
 * negation ("will meet", "plans to hold talks", "ahead of a planned visit", "invited ... to visit"),
 * and `recalled` when the sentence recalls an earlier engagement ("earlier", "had held").
 */
import type { Lexicon } from '../knowledge/lexicon.js';
import type { TriggerMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';

/** How far back (in words) a planning cue may stand, within the clause. */
const PLANNED_WINDOW = 12;
/** Words after a noun trigger that make it a plan: "Talks between X and Y will be ...", "a meeting ... is expected". */
const PLANNED_AFTER = /^\s*(?:[\p{L}'’.-]+\s+){0,10}?(?:will|would|is\s+(?:expected|scheduled|set|planned|slated|likely)|are\s+(?:expected|scheduled|set|planned|slated|likely)|next\s+(?:week|month|year)|tomorrow|later\s+this\s+(?:week|month|year))\b/iu;

export function recognizeTriggers(text: string, offset: number, tokens: Token[], lex: Lexicon): TriggerMention[] {
  const out: TriggerMention[] = [];
  // the keys the sentence holds, in one pass; a rule is tried only when one of its keys is there
  const present = new Set<string>();
  // the rules run on the lowercased sentence without the case-insensitive flag where they can (much
  // faster); offsets agree as long as lowercasing kept the length (it does but for rare letters like "İ")
  const low = text.toLowerCase();
  const lowOk = low.length === text.length;
  lex.triggerKeys.lastIndex = 0;
  for (let m = lex.triggerKeys.exec(low); m; m = lex.triggerKeys.exec(low)) {
    for (const k of lex.triggerKeysWithin.get(m[0]) ?? [m[0]]) present.add(k);
  }
  if (!present.size) return out;
  const taken: [number, number][] = [];
  let recalled: boolean | null = null;
  for (const rule of lex.triggers) {
    if (!rule.keys.some((k) => present.has(k))) continue;
    const re = lowOk && rule.reLower ? rule.reLower : rule.re;
    const src = re === rule.re ? text : low;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const a = offset + m.index, b = a + m[0].length;
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      taken.push([a, b]);
      recalled ??= lex.recallCues.test(text);
      const tokStart = firstToken(tokens, (t) => t.end > a);
      const tokEnd = firstToken(tokens, (t) => t.start >= b);
      out.push({
        charStart: a, charEnd: b, tokStart, tokEnd,
        kind: rule.kind, rule: rule.id, voice: rule.voice, initiator: rule.initiator, plural: rule.plural, directObject: rule.directObject, refersBack: rule.refersBack,
        planned: isPlanned(tokens, tokStart, lex, m[0]) || (rule.voice === 'noun' && PLANNED_AFTER.test(text.slice(m.index + m[0].length))), recalled: recalled!,
      });
    }
  }
  return out.sort((x, y) => x.charStart - y.charStart);
}

/** The first token for which `ok` holds (tokens are in text order and `ok` is monotone), or tokens.length. */
function firstToken(tokens: Token[], ok: (t: Token) => boolean): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(tokens[mid])) hi = mid; else lo = mid + 1;
  }
  return lo;
}

function isPlanned(tokens: Token[], at: number, lex: Lexicon, matched: string): boolean {
  // the trigger's own words ("will hold talks" is caught by the cue before "hold")
  if (/^(?:will|would|to)\b/i.test(matched)) return true;
  for (let i = at - 1, seen = 0; i >= 0 && seen < PLANNED_WINDOW; i--) {
    const t = tokens[i];
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '"' || t.text === '(') break;
      continue;
    }
    seen++;
    if (lex.plannedCues.has(t.lower)) return true;
    // "to meet", "agreed to hold talks", "could not meet": only right before the trigger
    if (seen <= 3 && lex.plannedNear.has(t.lower)) return true;
    // a finite verb between the cue and the trigger ends the clause ("X, who will attend, met Y")
    if (/^(?:met|held|had|said|noted|made|received|hosted)$/.test(t.lower) && seen > 0) break;
  }
  return false;
}
