import type { OGImageOptions } from 'astro-og-canvas';
import { partLabel, partOfSlug } from '../chapters/parts.ts';
import { translations } from '../i18n/locales.ts';
import { cardFontFamily } from './fonts.ts';

/** Every card's size in pixels: the 1.91:1 image Open Graph and X's large summary card expect. */
export const cardSize = { width: 1200, height: 630 } as const;

/** Where the cards are served: `/og/<page id>.png`, the landing pages as `index` and `zh-cn`. */
export const cardRoot = '/og/';

/** A page's card path from its docs entry id (`security/authorization`, `zh-cn/security/authorization`, `index` or ''). */
export function cardPath(entryId: string): string {
  const id = entryId === '' ? 'index' : entryId;
  return `${cardRoot}${id}.png`;
}

/** The language of a docs entry (Starlight's BCP-47 `lang`): its translation folder's, else English. */
export function langOfEntry(entryId: string): string {
  const dir = entryId.split('/')[0];
  return dir in translations ? translations[dir as keyof typeof translations].lang : 'en';
}

/** Whether a docs entry is a landing page: the English one ('' or `index`) or a translation's (`zh-cn`). */
export function isLandingPage(entryId: string): boolean {
  return entryId === '' || entryId === 'index' || entryId in translations;
}

/** An Open Graph locale (`en_US`, `zh_CN`) from a BCP-47 tag: the handbook is written in US English. */
export function ogLocale(lang: string): string {
  return lang === 'en' ? 'en_US' : lang.replace('-', '_');
}

/** The line under the title: the page's part, when it has one, and the Istio release it was checked against. */
export function cardDetails(entryId: string, istioVersion: string | undefined): string {
  const lang = langOfEntry(entryId);
  const locale = lang === 'en' ? undefined : entryId.split('/')[0];
  const part = partOfSlug(entryId, locale);
  return [part && partLabel(part, lang), istioVersion && `Istio ${istioVersion}`].filter(Boolean).join(' · ');
}

/** An `hsl()` colour of Starlight's palette as the `[r, g, b]` the card renderer takes. */
function hsl(h: number, s: number, l: number): [number, number, number] {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}

/**
 * Starlight's dark theme, which the site uses unchanged (see its style/props.css): the page background,
 * the accent for the edge, white titles and the accent's light tint for the details line.
 */
export const cardPalette = {
  background: hsl(224, 10, 10),
  edge: hsl(224, 100, 60),
  title: hsl(0, 0, 100),
  details: hsl(224, 100, 85),
} as const;

/** What astro-og-canvas draws for one page: the logo and site title, the page title, then its details. */
export function cardImageOptions(
  card: { title: string; details: string },
  assets: { fontFiles: string[]; logo: string; cacheDir: string },
): OGImageOptions {
  return {
    title: card.title,
    description: card.details,
    logo: { path: assets.logo },
    bgGradient: [cardPalette.background],
    border: { color: cardPalette.edge, width: 16, side: 'inline-start' },
    padding: 64,
    fonts: assets.fontFiles,
    font: {
      title: { color: cardPalette.title, size: 68, weight: 'Bold', lineHeight: 1.15, families: [cardFontFamily] },
      description: { color: cardPalette.details, size: 38, families: [cardFontFamily] },
    },
    cacheDir: assets.cacheDir,
  };
}
