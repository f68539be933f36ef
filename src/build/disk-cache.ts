import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A folder of JSON files under `.cache/` (ignored by git) that lets a rebuild skip work whose
 * inputs have not changed. Keys must be safe file names; callers put their inputs' hash or version
 * in the key, so entries never need invalidating.
 */
export function cacheFolder(name: string): string {
  // HANDBOOK_CACHE_DIR lets the benchmark build with empty caches (a cold build) without touching these.
  return join(process.env.HANDBOOK_CACHE_DIR ?? join(process.cwd(), '.cache'), name);
}

/** The cached value for `key`, or undefined when there is none (or it cannot be read). */
export function readCachedJson<T>(dir: string, key: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Stores `value` under `key`: written then renamed, so an interrupted build never leaves half an entry. */
export function writeCachedJson(dir: string, key: string, value: unknown): void {
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${key}.${process.pid}.tmp`);
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, join(dir, `${key}.json`));
}
