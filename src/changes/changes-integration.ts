import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../build/paths.ts';
import { parts } from '../chapters/parts.ts';
import { readChapterUpdates } from './git-history.ts';

const VIRTUAL = 'virtual:handbook/changes';

/** A chapter is a page in one of the book's part folders (not the landing or 404 page, not a translation). */
function isChapter(chapter: string): boolean {
  return /\.mdx?$/.test(chapter) && parts.some((part) => chapter.startsWith(`${part.dir}/`)) && existsSync(join(contentDir, chapter));
}

/**
 * Reads the chapters' git history once per build and hands it to the feed (`/rss.xml`, injected
 * here) and the "What changed" page through a virtual module, so no page runs git itself.
 */
export function changesIntegration(): AstroIntegration {
  return {
    name: 'handbook:changes',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig, logger }) => {
        const started = performance.now();
        const { updates, warning } = readChapterUpdates(contentDir, isChapter);
        if (warning) logger.warn(warning);
        logger.info(`${updates.length} chapter updates read from git in ${Math.round(performance.now() - started)} ms.`);
        injectRoute({ pattern: '/rss.xml', entrypoint: new URL('./rss.xml.ts', import.meta.url), prerender: true });
        const source = `export const updates = ${JSON.stringify(updates)};`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'handbook:changes',
                resolveId: (id: string) => (id === VIRTUAL ? `\0${VIRTUAL}` : undefined),
                load: (id: string) => (id === `\0${VIRTUAL}` ? source : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
