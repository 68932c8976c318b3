/**
 * Who meets whom: countries or people as nodes weighted by their encounters, encounters as edges
 * weighted by how many each pair shared, for the events a filter selects (recalled encounters are
 * left out: they are not this record's encounters). At most `cap` events are read; the answer says
 * how many it read and whether it stopped there. Served by `GET /api/network`.
 */
import type { EventFilter, Store } from '../store/store.js';
import type { NetworkLevel } from '../vocabulary/terms.js';
import { countryIndex } from '../knowledge/countries.js';

export interface Network {
  nodes: { id: string; label: string; weight: number }[];
  edges: { source: string; target: string; weight: number }[];
  /** the encounters drawn */
  events: number;
  /** true when more encounters match than were read (`cap`) */
  truncated: boolean;
}

export const NETWORK_CAP = 20_000;

export async function encounterNetwork(store: Store, f: EventFilter, level: NetworkLevel, cap = NETWORK_CAP): Promise<Network> {
  const nodes = new Map<string, { id: string; label: string; weight: number }>();
  const edges = new Map<string, { source: string; target: string; weight: number }>();
  const names = countryIndex();
  let n = 0, truncated = false;
  for await (const e of store.allEvents({ ...f, limit: undefined, cursor: null })) {
    if (e.referenced) continue;
    if (n >= cap) { truncated = true; break; }
    n++;
    const ids = [...new Set(e.participants.map((p) => (level === 'country' ? p.country : p.id ?? p.name)).filter(Boolean) as string[])];
    for (const id of ids) {
      const label = level === 'country' ? names.name(id) ?? id : e.participants.find((p) => (p.id ?? p.name) === id)?.name ?? id;
      const node = nodes.get(id) ?? { id, label, weight: 0 };
      node.weight++;
      nodes.set(id, node);
    }
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i], ids[j]].sort();
      const k = `${a}|${b}`;
      const edge = edges.get(k) ?? { source: a, target: b, weight: 0 };
      edge.weight++;
      edges.set(k, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], events: n, truncated };
}
