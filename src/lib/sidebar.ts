import { existsSync, readdirSync } from 'node:fs';
import { join, parse as parsePath } from 'node:path';
import { readFrontMatter } from './front-matter.ts';
import { parts } from './parts.ts';

/** A Starlight sidebar group: a part's label and its pages' slugs, in reading order. */
export interface SidebarGroup {
  label: string;
  items: string[];
}

/**
 * Builds the sidebar from the folders under `content/`: one group per part, in book order, pages
 * sorted by `sidebar.order` then title. Starlight's `autogenerate` only sees src/content/docs, so
 * this does its job for the top-level content folder; a new chapter needs no config edit.
 */
export function sidebarFromContent(contentDir: string): SidebarGroup[] {
  const groups: SidebarGroup[] = [];
  for (const part of parts) {
    const dir = join(contentDir, part.dir);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir);
    const markdown = names.find((name) => name.endsWith('.md'));
    // Diagrams and example checks emit MDX, so a plain .md chapter would not build as intended.
    if (markdown) throw new Error(`${join(dir, markdown)}: chapters are MDX files; rename it to .mdx.`);
    const pages = names
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const data = readFrontMatter(join(dir, name));
        const stem = parsePath(name).name;
        return {
          slug: stem === 'index' ? part.dir : `${part.dir}/${stem}`,
          order: data.sidebar?.order ?? Number.MAX_SAFE_INTEGER,
          title: data.title ?? stem,
          hidden: data.sidebar?.hidden === true,
        };
      })
      .filter((page) => !page.hidden)
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
    if (pages.length > 0) groups.push({ label: part.label, items: pages.map((page) => page.slug) });
  }
  return groups;
}
