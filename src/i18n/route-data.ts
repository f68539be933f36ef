import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * A page not translated yet is served in English at its translated address (Starlight's fallback).
 * Its words are English, so it stays out of that language's search index: a search started on a
 * Chinese page returns Chinese pages. The entry is copied, because the English route shares it.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
