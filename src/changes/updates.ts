import { getCollection } from 'astro:content';
import { updates } from 'virtual:handbook/changes';
import { partLabel, partOfSlug } from '../chapters/parts.ts';
import type { ChapterUpdate } from './git-history.ts';

/** How many chapter updates the feed carries, newest first. */
export const FEED_ITEMS = 50;

/** A chapter update with the chapter's title, address and part in one language. */
export interface ListedUpdate extends ChapterUpdate {
  /** The chapter's page id in the default language (`xds/transport`). */
  id: string;
  title: string;
  href: string;
  part: string;
}

/**
 * The build's chapter updates (newest first) for a language: `locale` is the translation's folder
 * (`zh-cn`), or undefined for English. A chapter not translated yet keeps its English title; its
 * address is the translated one, where Starlight serves the English page as a fallback.
 */
export async function listedUpdates(locale?: string, lang = 'en'): Promise<ListedUpdate[]> {
  const titles = new Map((await getCollection('docs')).map((doc) => [doc.id, doc.data.title]));
  return updates.map((update) => {
    const id = update.chapter.replace(/\.mdx?$/, '');
    const part = partOfSlug(id);
    return {
      ...update,
      id,
      title: (locale && titles.get(`${locale}/${id}`)) || titles.get(id) || id,
      href: `/${locale ? `${locale}/` : ''}${id}/`,
      part: part ? partLabel(part, lang) : '',
    };
  });
}
