/**
 * Event codes seen from the first participant: CAMEO 041 for calls and video conferences; for
 * meetings, 043 when the first participant hosts (the place is in their country), 042 when they
 * visit another participant's country, 044 at a third location, 040 when the place is unknown.
 * PLOVER type CONSULT with mode phone / visit / third-party / multilateral; Goldstein from
 * data/codes/cameo.json.
 */
import type { EventCodes, EventKind, Location } from '../types.js';
import { readDataJson } from '../data-files.js';

interface CameoFile { plover: string; codes: Record<string, { label: string; goldstein: number }> }

/** What codes depend on: the kind, the place, and the countries of the participants in order. */
export interface CodeInput { kind: EventKind; location: Location | null; participants: { country: string | null }[] }

export function codesFor(e: CodeInput): EventCodes {
  const table = readDataJson<CameoFile>('codes/cameo.json');
  const mk = (cameo: string, mode: EventCodes['plover_mode']): EventCodes => ({ cameo, plover: table.plover, plover_mode: mode, goldstein: table.codes[cameo].goldstein });
  if (e.kind === 'phone_call' || e.kind === 'video_conference') return mk('041', 'phone');
  if (e.kind === 'messages') return mk('040', null);
  const countries = [...new Set(e.participants.map((p) => p.country).filter(Boolean))] as string[];
  const multilateral = countries.length > 2;
  const place = e.location?.country ?? null;
  if (!place) return mk('040', multilateral ? 'multilateral' : null);
  const first = e.participants[0]?.country ?? null;
  if (place === first) return mk('043', multilateral ? 'multilateral' : 'visit');
  if (countries.includes(place)) return mk('042', multilateral ? 'multilateral' : 'visit');
  return mk('044', multilateral ? 'multilateral' : 'third-party');
}
