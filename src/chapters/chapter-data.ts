import type { ChapterData } from './schema.ts';

/**
 * Starlight types a route's entry data with its own schema; the handbook's extension fields are
 * there at run time (the collection schema validated them), so this narrows the type.
 */
export function chapterData(data: object): Partial<ChapterData> {
  return data as Partial<ChapterData>;
}
