import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Translations the handbook knows how to serve; a folder `content/docs/<key>/` turns one on. */
const knownTranslations = {
  'zh-cn': { label: '简体中文', lang: 'zh-CN' },
} as const;

/**
 * Starlight `locales` for the translations that have content. With none, the site is English-only
 * and has no language picker; the Chinese edition switches itself on when `content/docs/zh-cn/` appears.
 */
export function localesFromContent(contentDir: string) {
  const present = Object.entries(knownTranslations).filter(([dir]) => existsSync(join(contentDir, dir)));
  if (present.length === 0) return undefined;
  return { root: { label: 'English', lang: 'en' }, ...Object.fromEntries(present) };
}
