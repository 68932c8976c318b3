import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';

const TALKS = 'Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5';
const initiatorOf = (text: string) => {
  const e = extract(text, { id: 't', published: '2023-06-08' }).events[0];
  return [e.initiator, e.provenance?.initiator?.rule ?? null];
};

describe('refineInitiators', () => {
  const cases: [string, string, string | null, string | null][] = [
    ['"at the request of X"', `${TALKS} at the request of Wang Yi.`, 'Wang Yi', 'initiator/request-of'],
    ['"at the invitation of X"', `${TALKS} at the invitation of Wang Yi.`, 'Wang Yi', 'initiator/request-of'],
    ['"at X\'s invitation"', `${TALKS} at Wang Yi's invitation.`, 'Wang Yi', 'initiator/possessive-request'],
    ['"at the latter\'s invitation"', `${TALKS} at the latter's invitation.`, 'Wang Yi', 'initiator/possessive-request'],
    ['"at his request": the party named last before it', `${TALKS} at his request.`, 'Wang Yi', 'initiator/pronoun-request'],
    ['"following an invitation from X"', `Following an invitation from Chinese Foreign Minister Wang Yi, Foreign Minister Bui Thanh Son held talks with him in Beijing on June 5.`, 'Wang Yi', 'initiator/invitation-from'],
    ['"was requested by X" in a later sentence', `${TALKS}. The talks were requested by Wang Yi.`, 'Wang Yi', 'initiator/requested-by'],
    ['the trigger says so: "made a phone call to"', 'Foreign Minister Bui Thanh Son made a phone call to Chinese Foreign Minister Wang Yi on June 5.', 'Bui Thanh Son', 'initiator/phone/made-call-to'],
    ['nobody asked', `${TALKS}.`, null, null],
  ];
  it.each(cases)('%s', (_name, text, who, rule) => {
    expect(initiatorOf(text)).toEqual([who, rule]);
  });
});
