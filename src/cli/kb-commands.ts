/**
 * `readout kb ...`: what the knowledge base holds (people, places, meetings), and adding to it.
 */
import type { Command } from 'commander';
import { loadKnowledge } from '../knowledge/index.js';
import { foldName } from '../knowledge/names.js';
import { importKnowledge, type KbKind } from '../knowledge/kb-import.js';
import { learnPeople } from '../analytics/kb-learn.js';
import { openStore, DB_HELP } from './store-option.js';
import { table } from './table.js';
import { UsageError, type Io } from './io.js';

export function registerKbCommands(program: Command, io: Io, setCode: (c: number) => void): void {
  const kb = program.command('kb').description('the knowledge base: people, places, meetings (see data/README.md)');

  kb.command('people')
    .description('office-holders the registry knows, with their positions and spellings')
    .argument('[query]', 'part of a name (any spelling), an id or a country code')
    .option('--json', 'JSON Lines')
    .option('--limit <n>', 'at most n people', '50')
    .action((query: string | undefined, o) => {
      const { people } = loadKnowledge();
      const q = query ? foldName(query) : '';
      const hits = [...people.people.values()].filter((p) => !q || p.country.toLowerCase() === q || p.id.includes(q.replace(/ /g, '-')) || [p.name, p.native, ...p.aliases].some((n) => n && foldName(n).includes(q)));
      const shown = hits.slice(0, Number(o.limit) || 50);
      if (o.json) { for (const p of shown) io.out(JSON.stringify(p)); return; }
      io.out(shown.length ? table(['id', 'name', 'country', 'positions', 'aliases'], shown.map((p) => [
        p.id, p.name, p.country, p.positions.map((x) => `${x.title} (${x.from ?? '?'}–${x.to ?? ''})`).join('; '), p.aliases.join('; '),
      ])) : 'no people match');
      if (hits.length > shown.length) io.err(`(${hits.length - shown.length} more; use --limit)`);
    });

  kb.command('places')
    .description('places the gazetteer resolves a name to, most likely first')
    .argument('<query>', 'a place name (diacritics and spacing do not matter; one or two typos are forgiven)')
    .option('--json', 'JSON Lines')
    .action((query: string, o) => {
      const { gazetteer } = loadKnowledge();
      let hits = gazetteer.lookup(query);
      const fuzzy = !hits.length;
      if (fuzzy) hits = gazetteer.fuzzy(query);
      const best = gazetteer.resolve(query, { fuzzy: true });
      hits = [...hits].sort((a, b) => Number(b === best) - Number(a === best) || b.population - a.population).slice(0, 30);
      if (o.json) { for (const p of hits) io.out(JSON.stringify(p)); return; }
      if (!hits.length) { io.out(`no place called "${query}"`); return; }
      if (fuzzy) io.err(`no exact match; nearest spellings:`);
      io.out(table(['name', 'country', 'kind', 'population', 'lat', 'lon', 'geonames_id'], hits.map((p) => [p.name, p.country, p.kind, p.population || '', p.lat, p.lon, p.geonames_id])));
    });

  kb.command('meetings')
    .description('the calendar of multilateral gatherings (ASEAN, LMC, G20, SCO, BRICS, APEC ...)')
    .argument('[query]', 'series, place or year, e.g. "lmc", "Vientiane", "2020"')
    .option('--json', 'JSON Lines')
    .action((query: string | undefined, o) => {
      const { meetings } = loadKnowledge();
      const hits = meetings.search(query ?? '');
      if (o.json) { for (const m of hits) io.out(JSON.stringify(m)); return; }
      const name = (id: string) => meetings.series.find((s) => s.id === id)?.name ?? id;
      io.out(hits.length ? table(['id', 'gathering', 'ordinal', 'from', 'to', 'city', 'country'], hits.map((m) => [m.id, name(m.series), m.ordinal, m.from, m.to, m.city, m.country])) : 'no meetings match');
    });

  kb.command('import')
    .description("add your own people, places or meetings from CSV or JSON (bad rows are reported and skipped)")
    .argument('<file>', 'a .csv or .json file')
    .option('--kind <kind>', 'people | places | meetings (default: guessed from the header or keys)')
    .addHelpText('after', `
CSV headers (one row per entry; lists separated by ";"):
  people:   name,country,title,role,from,to,aliases,id
            Nguyen Van A,VNM,Deputy Minister of Foreign Affairs,deputy_foreign_minister,2023-01,,Nguyễn Văn A;A
  places:   name,country,lat,lon,aliases,geonames_id,population
            Anji,CHN,30.638,119.68,Anji County,,
  meetings: series,name,ordinal,from,to,city,country,aliases
            mekong-japan-fmm,Mekong-Japan Foreign Ministers' Meeting,14,2021-08-06,2021-08-06,,,Mekong-Japan FMM
JSON: {"people": [...]}, {"places": [...]} or {"meetings": [...]} with the same fields.
Entries go to data/user/ (or $READOUT_USER_DATA); see data/README.md.`)
    .action((file: string, o) => {
      if (o.kind && !['people', 'places', 'meetings'].includes(o.kind)) throw new UsageError('--kind must be people, places or meetings');
      let r;
      try { r = importKnowledge(file, o.kind as KbKind | undefined); } catch (e) { throw new UsageError((e as Error).message); }
      for (const s of r.skipped) io.err(`readout: ${file}:${s.line}: skipped: ${s.reason}`);
      io.out(`${r.kind}: ${r.added} added, ${r.updated} updated, ${r.skipped.length} skipped -> ${r.file}`);
      setCode(r.skipped.length ? 1 : 0);
    });

  kb.command('learn')
    .description('register the people seen in the stored texts (title, country, first and last seen) under one id each')
    .option('--db <file|url>', DB_HELP)
    .action(async (o) => {
      const store = await openStore(o.db, 'read');
      try {
        const r = await learnPeople(store);
        io.out(`learned ${r.learned} new people and updated ${r.known} known ones -> ${r.file}`);
      } finally {
        await store.close();
      }
    });
}
