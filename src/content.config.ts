import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { chapterSchema } from './schemas/chapter.ts';
import { contentDir } from './lib/content-dir.ts';

export const collections = {
  // Chapters live in the top-level content/ folder (not src/content/docs), so contributors find them
  // at once; Starlight's docsLoader() only knows src/content/docs, hence the glob loader.
  docs: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: contentDir }),
    schema: docsSchema({ extend: chapterSchema }),
  }),
};
