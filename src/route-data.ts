import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { contentDir } from './lib/content-dir.ts';
import { lastCommitDate } from './lib/git-dates.ts';

/**
 * Starlight collects "last updated" dates from git only for src/content/docs; chapters live in
 * content/, so the date is filled in here from the same git history.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (route.lastUpdated || route.entry.data.lastUpdated === false || !route.entry.filePath) return;
  route.lastUpdated = lastCommitDate(route.entry.filePath, contentDir);
});
