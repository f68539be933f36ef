import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { chapterSchema } from './src/chapters/schema.ts';

// Astro's srcDir is the repository root (astro.config.ts), so Starlight's own loaders read the
// chapters from content/docs/ and the UI strings from content/i18n/.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: chapterSchema }) }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({
      // The handbook's own UI strings (badges under the title, search filter, translation notice).
      extend: z.object({
        'handbook.meta.versionTitle': z.string(),
        'handbook.meta.minutesRead': z.string(),
        'handbook.difficulty.beginner': z.string(),
        'handbook.difficulty.intermediate': z.string(),
        'handbook.difficulty.advanced': z.string(),
        'handbook.search.partFilter': z.string(),
        'handbook.changes.checked': z.string(),
        'handbook.changes.added': z.string(),
        'handbook.changes.none': z.string(),
        'handbook.changes.separator': z.string(),
        'handbook.translation.staleNotice': z.string(),
        'handbook.translation.staleLink': z.string(),
        'handbook.diagram.label': z.string(),
        'handbook.diagram.viewFullSize': z.string(),
        'handbook.diagram.close': z.string(),
        'handbook.diagram.enlarge': z.string(),
        'handbook.diagram.zoomIn': z.string(),
        'handbook.diagram.zoomOut': z.string(),
        'handbook.diagram.zoomFit': z.string(),
        'handbook.diagram.zoomClose': z.string(),
        'handbook.book.subtitle': z.string(),
        'handbook.book.updated': z.string(),
        'handbook.book.contents': z.string(),
        'handbook.pdf.download': z.string(),
        'handbook.pdf.meta': z.string(),
        'handbook.share.imageAlt': z.string(),
        'handbook.report.link': z.string(),
      }).partial(),
    }),
  }),
};
