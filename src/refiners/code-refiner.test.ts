import { describe, it, expect } from 'vitest';
import { codesFor } from './code-refiner.js';
import type { EventKind, Location } from '../types.js';

const person = (country: string | null) => ({ country });
const at = (country: string | null): Location | null => (country ? { place: null, country } : null);

describe('codesFor', () => {
  // [kind, participant countries, location country, cameo, plover mode, goldstein]
  const cases: [EventKind, (string | null)[], string | null, string, string | null, number][] = [
    ['phone_call', ['VNM', 'CHN'], null, '041', 'phone', 1.0],
    ['video_conference', ['VNM', 'CHN'], null, '041', 'phone', 1.0],
    ['messages', ['VNM', 'LAO'], null, '040', null, 1.0],
    ['meeting', ['VNM', 'CHN'], null, '040', null, 1.0],
    ['meeting', ['VNM', 'CHN'], 'VNM', '043', 'visit', 2.8],
    ['talks', ['VNM', 'CHN'], 'CHN', '042', 'visit', 1.9],
    ['meeting', ['VNM', 'CHN'], 'IDN', '044', 'third-party', 2.5],
    ['visit', ['VNM', 'LAO'], 'LAO', '042', 'visit', 1.9],
    ['meeting', ['VNM', 'CHN', 'LAO'], 'VNM', '043', 'multilateral', 2.8],
    ['meeting', ['VNM', 'CHN', 'LAO'], 'THA', '044', 'multilateral', 2.5],
    ['meeting', ['VNM', 'CHN', 'LAO'], null, '040', 'multilateral', 1.0],
    ['meeting', [null, 'CHN'], 'CHN', '042', 'visit', 1.9],
  ];
  it.each(cases)('%s of %j in %s -> %s', (kind, countries, place, cameo, mode, goldstein) => {
    const c = codesFor({ kind, location: at(place), participants: countries.map(person) });
    expect(c).toEqual({ cameo, plover: 'CONSULT', plover_mode: mode, goldstein });
  });
});
