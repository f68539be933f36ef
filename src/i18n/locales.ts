import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Translations the handbook knows how to serve: folder under content/docs/ -> BCP-47 tag and picker label. */
export const translations = {
  'zh-cn': { lang: 'zh-CN', label: '简体中文' },
} as const;
export type TranslationDir = keyof typeof translations;

/**
 * Starlight `locales` for the translations that have content. With none, the site is English-only
 * and has no language picker; the Chinese edition switches itself on when `content/docs/zh-cn/` appears.
 */
export function localesFromContent(contentDir: string) {
  const present = Object.entries(translations).filter(([dir]) => existsSync(join(contentDir, dir)));
  if (present.length === 0) return undefined;
  return { root: { label: 'English', lang: 'en' }, ...Object.fromEntries(present) };
}
