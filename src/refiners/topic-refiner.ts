/**
 * Topics of each event: the ids of data/lang/en/topics.json whose cues occur in the sentences
 * about the event: from its first report up to the next event's first report (a recalled event:
 * only its own sentences). Headlines and page furniture do not count.
 */
import type { Doc, DraftEvent } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { topicsIn } from '../knowledge/lexicon.js';

const cache = new WeakMap<Doc, Map<number, Set<string>>>();

/** The topics of one sentence (computed once per document and sentence). */
export function sentenceTopics(doc: Doc, s: number, lex: Lexicon): Set<string> {
  let m = cache.get(doc);
  if (!m) { m = new Map(); cache.set(doc, m); }
  let t = m.get(s);
  if (!t) { t = topicsIn(doc.analyses[s].tokens, lex); m.set(s, t); }
  return t;
}

export function contextSentences(events: DraftEvent[], doc: Doc): void {
  const body = (s: number) => !doc.sentences[s].noise && doc.sentences[s].role !== 'headline';
  const starts = events.map((e) => e.sentences.find(body) ?? e.sentences[0]);
  const mainStarts = events.map((e, i) => (e.referenced ? null : starts[i])).filter((x): x is number => x != null).sort((a, b) => a - b);
  events.forEach((e, i) => {
    if (e.referenced) { e.context = e.sentences.filter(body); return; }
    const from = starts[i];
    const next = mainStarts.find((s) => s > from) ?? doc.sentences.length;
    const ctx = new Set(e.sentences.filter(body));
    for (let s = from; s < next; s++) if (body(s)) ctx.add(s);
    e.context = [...ctx].sort((a, b) => a - b);
  });
}

export function refineTopics(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  for (const e of events) {
    const found = new Set<string>();
    for (const s of e.context) for (const id of sentenceTopics(doc, s, lex)) found.add(id);
    e.topics = lex.topics.map((t) => t.id).filter((id) => found.has(id));
  }
}
