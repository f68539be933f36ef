import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feed } from './feed.ts';
import { FEED_ITEMS, listedUpdates } from './updates.ts';

/** `/rss.xml`: one item per chapter update (chapter title and link, the commit's subject), newest first. */
export const GET: APIRoute = async ({ site }) => {
  const items = (await listedUpdates()).slice(0, FEED_ITEMS);
  return rss({
    title: feed.title,
    description: 'Chapters of the Istio Handbook as they are added, corrected and re-checked against new Istio releases.',
    site: site!,
    customData: '<language>en</language>',
    items: items.map((update) => ({
      title: update.title,
      link: update.href,
      pubDate: new Date(update.date),
      description: update.subject,
      categories: [update.part],
      // One commit can update many chapters and one chapter many times: the pair is the identity.
      customData: `<guid isPermaLink="false">${update.commit}/${update.id}</guid>`,
    })),
  });
};
