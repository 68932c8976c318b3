/**
 * Recalled engagements: an event reported only in sentences that recall the past ("Earlier,",
 * "had held", "before the Spring Festival", "since the beginning of the year, X has successively
 * talked with Y") is background (`referenced: true`), unless it is the text's first event.
 */
import type { DraftEvent } from '../doc.js';

export function refineReferenced(events: DraftEvent[]): void {
  let seenMain = false;
  for (const e of events) {
    const recalled = e.triggers.every((t) => t.recalled);
    e.referenced = seenMain && recalled;
    if (!e.referenced) seenMain = true;
  }
}
