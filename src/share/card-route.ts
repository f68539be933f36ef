/**
 * The share-card images, one PNG per docs entry at `/og/<entry id>.png`, drawn at build time by
 * astro-og-canvas (injected by ./plugin.ts). A page Starlight serves as an English fallback uses its
 * English original's card (./route-data.ts), so only real entries get one.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { OGImageRoute } from 'astro-og-canvas';
import { cacheFolder } from '../build/disk-cache.ts';
import { chapterData } from '../chapters/chapter-data.ts';
import { cardDetails, cardImageOptions, cardPath, cardRoot } from './card.ts';
import { cardFontFiles } from './fonts.ts';

const entries = await getCollection('docs', ({ data }) => !data.draft);
const assets = {
  fontFiles: cardFontFiles(),
  // From the project root, where the build runs: this module is bundled elsewhere before it runs.
  logo: join(process.cwd(), 'src', 'share', 'card-logo.png'),
  // astro-og-canvas names each image by a hash of everything drawn (text, fonts, logo, colours), so a warm
  // build copies unchanged cards from here instead of drawing them again.
  cacheDir: cacheFolder('share-cards'),
};

export const { getStaticPaths, GET } = await OGImageRoute({
  pages: Object.fromEntries(entries.map((entry) => [entry.id, entry])),
  getSlug: (id) => cardPath(id).slice(cardRoot.length),
  getImageOptions: (id, entry) =>
    cardImageOptions({ title: entry.data.title, details: cardDetails(id, chapterData(entry.data).istioVersion) }, assets),
});
