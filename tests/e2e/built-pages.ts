import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { translations } from '../../src/i18n/locales.ts';

const dist = join(import.meta.dirname, '..', '..', 'dist');
const translationPrefixes = Object.keys(translations).map((dir) => `/${dir}/`);

/** Every page of the production build, as a URL path (`/xds/transport/`), 404 excluded. */
function allBuiltPages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${file.split(sep).join('/')}`)
    .filter((path) => path.endsWith('/index.html') && !/^\/(_astro|pagefind)\//.test(path))
    .map((path) => path.slice(0, -'index.html'.length))
    .sort();
}

/** Every English page of the production build. */
export function builtPages(): string[] {
  return allBuiltPages().filter((path) => !translationPrefixes.some((prefix) => path.startsWith(prefix)));
}

/**
 * A sample of the translated pages: each translation's landing page and the first page of every part.
 * The translations share the English pages' components and layout, so a sample covers what can break
 * (language, fonts, notices) without doubling the suite; every page is still built and link-checked.
 */
export function translatedPageSample(): string[] {
  const sample = new Set<string>();
  for (const prefix of translationPrefixes) {
    const pages = allBuiltPages().filter((path) => path.startsWith(prefix));
    if (pages.includes(prefix)) sample.add(prefix);
    const parts = new Map<string, string>();
    for (const path of pages) {
      const part = path.slice(prefix.length).split('/')[0];
      if (part && !parts.has(part)) parts.set(part, path);
    }
    for (const path of parts.values()) sample.add(path);
  }
  return [...sample];
}
