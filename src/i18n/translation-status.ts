/**
 * Whether each translated page is current: a translation records, in its front matter, a hash of the
 * English page it translates (`sourceHash`). When the English page changes, the hashes differ and the
 * translation is stale until a translator updates it and re-stamps it (`npm run translation -- stamp`).
 * A content hash needs no git history, so it works the same in a shallow CI clone.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readFrontMatter } from '../chapters/front-matter.ts';
import { translations, type TranslationDir } from './locales.ts';

export type TranslationStatus = 'current' | 'stale' | 'missing';

/** The hash a translation records: of the English page's whole source, line endings normalized. */
export function sourceHash(englishFile: string): string {
  return createHash('sha256').update(readFileSync(englishFile, 'utf8').replace(/\r\n/g, '\n')).digest('hex').slice(0, 16);
}

/** `content/docs/zh-cn/xds/transport.mdx` -> `content/docs/xds/transport.mdx`. */
export function englishSourceOf(contentDir: string, translatedFile: string, dir: TranslationDir): string {
  return join(contentDir, relative(join(contentDir, dir), translatedFile));
}

/** A translated page's status, from the hash in its front matter against its English source now. */
export function statusOf(contentDir: string, translatedFile: string, dir: TranslationDir): TranslationStatus {
  const english = englishSourceOf(contentDir, translatedFile, dir);
  if (!existsSync(translatedFile)) return 'missing';
  if (!existsSync(english)) return 'current';
  return readFrontMatter(translatedFile).sourceHash === sourceHash(english) ? 'current' : 'stale';
}

/** Starlight serves one 404 page for every language, so it is written in both and not translated. */
const bilingualPages = new Set(['404.mdx']);

/** Every English page (relative path) with its translation's status, in path order. */
export function statusOfAll(contentDir: string, dir: TranslationDir): { page: string; status: TranslationStatus }[] {
  const pages = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter(
    (page) => page.endsWith('.mdx') && !(page.split(sep)[0]! in translations) && !bilingualPages.has(page),
  );
  return pages.sort().map((page) => ({ page, status: statusOf(contentDir, join(contentDir, dir, page), dir) }));
}

/** Records in a translated page which version of its English source it translates; returns the hash. */
export function stamp(contentDir: string, translatedFile: string, dir: TranslationDir): string {
  const hash = sourceHash(englishSourceOf(contentDir, translatedFile, dir));
  const source = readFileSync(translatedFile, 'utf8');
  const end = source.indexOf('\n---', 4);
  if (!source.startsWith('---\n') || end < 0) throw new Error(`${translatedFile} has no front matter`);
  const frontMatter = source.slice(0, end);
  const stamped = /^sourceHash:.*$/m.test(frontMatter)
    ? frontMatter.replace(/^sourceHash:.*$/m, `sourceHash: "${hash}"`)
    : `${frontMatter}\nsourceHash: "${hash}"`;
  writeFileSync(translatedFile, stamped + source.slice(end));
  return hash;
}
