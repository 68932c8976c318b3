/**
 * Locates and reads the knowledge files in `data/` (beside `src/` and `dist/`).
 * Every file is read once per process and cached.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** The project's `data/` folder; `READOUT_DATA` overrides it. */
export function dataDir(): string {
  if (process.env.READOUT_DATA) return resolve(process.env.READOUT_DATA);
  // src/ or dist/ -> ../data
  return resolve(here, '..', 'data');
}

const cache = new Map<string, unknown>();

/** Reads `data/<rel>` as JSON. Throws with the path when the file is missing or malformed. */
export function readDataJson<T>(rel: string): T {
  const hit = cache.get(rel);
  if (hit !== undefined) return hit as T;
  const path = join(dataDir(), rel);
  if (!existsSync(path)) throw new Error(`readout: knowledge file missing: ${path}`);
  let value: T;
  try {
    value = JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`readout: knowledge file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  cache.set(rel, value);
  return value;
}

export function dataFileExists(rel: string): boolean {
  return existsSync(join(dataDir(), rel));
}

/** The folder of the user's own knowledge (`readout kb import`, `readout kb learn`): $READOUT_USER_DATA or data/user/. */
export function userDataDir(): string {
  return resolve(process.env.READOUT_USER_DATA ?? join(dataDir(), 'user'));
}

/** Reads a JSON file of the user's knowledge folder, or null when there is none (never cached: imports change it). */
export function readUserJson<T>(file: string): T | null {
  const path = join(userDataDir(), file);
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    throw new Error(`readout: knowledge file ${path} is not valid JSON: ${(e as Error).message}`);
  }
}
