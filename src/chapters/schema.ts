import { z } from 'astro/zod';

/** Handbook fields added to Starlight's front matter; every chapter sets them. */
export const chapterSchema = z.object({
  /** The Istio minor release the page's facts were checked against, e.g. "1.31". Shown on the page. */
  istioVersion: z
    .string({ error: 'istioVersion is required: the Istio release you checked the page against, e.g. "1.31" (quoted).' })
    .regex(/^1\.\d+$/, 'istioVersion must look like "1.31" (major.minor, quoted).'),
  /** Who the page is written for. */
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']).optional(),
  /**
   * On a translated page: the hash of the English page it translates (`npm run translation -- stamp`
   * writes it). When the English page changes, the translation shows a "the original is newer" notice.
   */
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, 'sourceHash is written by `npm run translation -- stamp <file>`; do not edit it by hand.').optional(),
  /** Search terms that count like the title: readers typing them should land on this page (port numbers allowed unquoted). */
  keywords: z
    .array(z.union([z.string().min(1), z.number().transform(String)]))
    .default([]),
});

export type ChapterData = z.infer<typeof chapterSchema>;
