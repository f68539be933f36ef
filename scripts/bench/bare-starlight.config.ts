// The yardstick for `npm run bench`: Starlight with its defaults building the handbook's own chapters
// (same content/, same content.config.ts, both languages, same sidebar) without anything the handbook
// adds: no diagram rendering or example checks (a ```mermaid fence is just code), no overrides, no
// links validator, no book. `astro build --config scripts/bench/bare-starlight.config.ts` from the root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { astroCacheDir, contentDir, outDir, srcDir } from '../../src/build/paths.ts';
import { siteUrl } from '../../src/build/site.ts';
import { parts } from '../../src/chapters/parts.ts';
import { changesIntegration } from '../../src/changes/changes-integration.ts';
import { localesFromContent } from '../../src/i18n/locales.ts';

export default defineConfig({
  // The chapter-updates feed (changesIntegration, below) needs the site's address.
  site: siteUrl,
  srcDir,
  outDir,
  cacheDir: astroCacheDir,
  integrations: [
    starlight({
      title: 'Istio Handbook',
      sidebar: parts
        .filter((part) => existsSync(join(contentDir, part.dir)))
        .map((part) => ({ label: part.label, translations: part.translations, items: [{ autogenerate: { directory: part.dir } }] })),
      locales: localesFromContent(contentDir),
    }),
    // The "What changed" chapter imports its list from this integration's virtual module (~0.1 s of git log).
    changesIntegration(),
  ],
});
