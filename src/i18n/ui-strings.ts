import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { srcDir } from '../build/paths.ts';
import { translations } from './locales.ts';

/**
 * The handbook's UI strings for code that runs before Astro's `t()` exists (the Markdown plugins), read
 * from the same files Starlight reads: content/i18n/<lang>.json.
 */
const cache = new Map<string, Record<string, string>>();

function strings(lang: string): Record<string, string> {
  if (!cache.has(lang)) {
    try {
      cache.set(lang, JSON.parse(readFileSync(join(srcDir, 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>);
    } catch {
      cache.set(lang, {});
    }
  }
  return cache.get(lang)!;
}

/** The string for `key` in `lang`, else in English. */
export function uiString(lang: string, key: string): string {
  const value = strings(lang)[key] ?? strings('en')[key];
  if (value === undefined) throw new Error(`UI string ${key} is missing from content/i18n/en.json`);
  return value;
}

/** The language of a chapter file: a translation's folder under content/docs/, else English. */
export function langOfFile(file: string): string {
  for (const [dir, { lang }] of Object.entries(translations)) {
    if (file.includes(`/content/docs/${dir}/`)) return lang;
  }
  return 'en';
}
