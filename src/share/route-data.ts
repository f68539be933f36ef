import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { siteUrl } from '../build/site.ts';
import { chapterData } from '../chapters/chapter-data.ts';
import { uiString } from '../i18n/ui-strings.ts';
import { cardDetails, cardPath, cardSize, isLandingPage, langOfEntry, ogLocale } from './card.ts';

type HeadEntry = App.Locals['starlightRoute']['head'][number];

/**
 * The share card in each page's head. Starlight already emits og:title, og:description, og:type, og:url,
 * og:site_name and twitter:card=summary_large_image (X reads og:title and og:description when its own
 * tags are absent). This adds the image with its type, size and alt text, writes og:locale in Open
 * Graph's `language_TERRITORY` form (Starlight puts the BCP-47 tag there), and calls the landing pages
 * a website rather than an article. An English fallback page shows its English original's card, in
 * English like its words.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const { head, entry } = context.locals.starlightRoute;
  const lang = langOfEntry(entry.id);
  const image = new URL(cardPath(entry.id), siteUrl).href;
  const alt = uiString(lang, 'handbook.share.imageAlt')
    .replace('{title}', entry.data.title)
    .replace('{details}', cardDetails(entry.id, chapterData(entry.data).istioVersion));
  const meta = (key: 'property' | 'name', value: string, content: string): HeadEntry => ({
    tag: 'meta',
    attrs: { [key]: value, content },
  });

  const property = (name: string) => head.find(({ tag, attrs }) => tag === 'meta' && attrs?.property === name)?.attrs;
  const locale = property('og:locale');
  if (locale) locale.content = ogLocale(lang);
  const type = property('og:type');
  if (type && isLandingPage(entry.id)) type.content = 'website';
  head.push(
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(cardSize.width)),
    meta('property', 'og:image:height', String(cardSize.height)),
    meta('property', 'og:image:alt', alt),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', alt),
  );
});
