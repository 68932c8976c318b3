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

describe('refineInitiators: where the asking party stands, in Vietnamese and Chinese', () => {
  const cases: [string, string, string | null][] = [
    ['应约 (other): the party that is not the subject asked', '6月5日，国务委员兼外长王毅应约同越南外长裴青山通电话。', '裴青山'],
    ['应X请求 (named)', '6月5日，应越南外长裴青山请求，国务委员兼外长王毅同他通电话。', '裴青山'],
    ['应X方请求 (named by its country)', '6月5日，应越方请求，国务委员兼外长王毅同越南外长裴青山通电话。', '裴青山'],
    ['theo đề nghị của X (named)', 'Ngày 5/6, theo đề nghị của Bộ trưởng Ngoại giao Trung Quốc Vương Nghị, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với ông.', 'Vương Nghị'],
    ['chủ động gọi điện cho (subject)', 'Ngày 5/6, Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ động gọi điện cho Bộ trưởng Ngoại giao Trung Quốc Vương Nghị.', 'Bùi Thanh Sơn'],
  ];
  it.each(cases)('%s', (_name, text, who) => {
    const e = extract(text, { id: 't', published: '2023-06-08' }).events[0];
    expect(e?.initiator ?? null).toBe(who);
  });
  it("does not give a call's proposer to a letter of the same story", () => {
    const text = 'Ngày 4/6, Tổng thống Nga Vladimir Putin gửi thư chúc mừng Chủ tịch nước Tô Lâm. Ngày 8/6, Chủ tịch nước Tô Lâm điện đàm với Tổng thống Vladimir Putin. Ông Putin đã đề nghị điện đàm để trực tiếp chúc mừng.';
    const doc = extract(text, { id: 't', published: '2023-06-09' });
    const letter = doc.events.find((e) => e.kind === 'messages');
    expect(letter?.initiator ?? null).not.toBe('Vladimir Putin');
  });
});
