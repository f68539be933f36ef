import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { chapterSchema } from './src/chapters/schema.ts';

// Astro's srcDir is the repository root (astro.config.ts), so Starlight's own loader reads the
// chapters from content/docs/ and every Starlight feature (sidebar, dates, links) sees them.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: chapterSchema }) }),
};
