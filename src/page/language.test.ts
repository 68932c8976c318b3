import { describe, it, expect } from 'vitest';
import { guessLanguage } from './language.js';

describe('guessLanguage', () => {
  it.each([
    ['a Chinese readout', '国家主席在人民大会堂会见来访的老挝总理，双方就两国关系和共同关心的国际地区问题交换意见。', 'zh'],
    ['one short Chinese sentence', '外长八日会见越南外长。', 'zh'],
    ['a Vietnamese readout', 'Chiều 5/6, tại Hà Nội, Bộ trưởng Ngoại giao đã hội đàm với Ngoại trưởng Lào về hợp tác giữa hai nước.', 'vi'],
    ['Vietnamese without tone marks', 'Chieu 5/6, tai Ha Noi, Bo truong Ngoai giao da hoi dam voi Ngoai truong Lao ve hop tac giua hai nuoc.', 'vi'],
    ['an English story', 'The foreign minister met his Lao counterpart in Hanoi on Thursday to discuss trade and the border.', 'en'],
    ['English quoting two Chinese names', 'The foreign minister met Wang Yi (王毅) and Li Qiang (李强) in Beijing on Thursday to discuss trade, investment and the situation in the region.', 'en'],
    ['too little text to tell', 'OK 12', null],
  ])('%s', (_name, text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });
});
