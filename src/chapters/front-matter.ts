import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The front matter fields that code outside Astro's content layer needs (sidebar, scaffold, tests). */
export interface PageFrontMatter {
  title?: string;
  sidebar?: { order?: number; hidden?: boolean };
  [field: string]: unknown;
}

/** Reads a chapter's YAML front matter; the content collection's schema does the real validation. */
export function readFrontMatter(file: string): PageFrontMatter {
  const source = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return match ? ((parse(match[1]!) as PageFrontMatter | null) ?? {}) : {};
}
