/**
 * Finding a person by any spelling: an id (wang-yi), a full name or any alias in any script, with or
 * without accents (王毅, Vương Nghị, "Vuong Nghi", "Bui Thanh Son"), a family name or short form
 * ("Rubio"). The registry's names answer first (folded as the extraction folds them, so
 * accents and case never matter); the store adds the keys its reports gave that spelling.
 *
 * @example
 *   personQueryKeys('Vuong Nghi') // ['id:wang-yi', 'name:vuong nghi']
 */
import { peopleRegistry } from '../knowledge/people-registry.js';
import { foldName } from '../knowledge/names.js';

/** The participant keys (src/record/encounter-grouper.ts participantKey) a person query stands for, from the registry. */
export function personQueryKeys(query: string): string[] {
  const q = query.trim();
  const keys = new Set<string>();
  if (!q) return [];
  const reg = peopleRegistry();
  if (reg.people.has(q)) keys.add(`id:${q}`);
  for (const p of reg.byFullName(q)) keys.add(`id:${p.id}`);
  for (const p of reg.byShortName(q)) keys.add(`id:${p.id}`);
  // a slug-like query is also taken as an id the registry may not know (a person learned elsewhere)
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(q)) keys.add(`id:${q}`);
  const folded = foldName(q);
  if (folded) keys.add(`name:${folded}`);
  return [...keys];
}

/** Registry ids whose names hold the query as whole words (people search: "Rubio", "vuong"), at most `limit`. */
export function registrySearch(query: string, limit = 200): string[] {
  return peopleRegistry().search(query, limit).map((p) => p.id);
}
