import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import starlightLlmsTxt from 'starlight-llms-txt';
import { buildProfileIntegration, timedMdastPlugin } from './src/build/build-profile.ts';
import { astroCacheDir, contentDir, outDir, srcDir } from './src/build/paths.ts';
import { repositoryUrl, siteUrl } from './src/build/site.ts';
import { localesFromContent } from './src/i18n/locales.ts';
import { parts } from './src/chapters/parts.ts';
import { focusableTablesPlugin } from './src/chapters/focusable-tables-plugin.ts';
import { changesIntegration } from './src/changes/changes-integration.ts';
import { feed } from './src/changes/feed.ts';
import { closeDiagramRendererIntegration } from './src/diagrams/close-renderer-integration.ts';
import { mermaidPlugin } from './src/diagrams/mermaid-plugin.ts';
import { envoyTallyIntegration } from './src/examples/envoy-tally-integration.ts';
import { checkExamplesPlugin } from './src/examples/check-examples-plugin.ts';
import { llmsTxtOptions } from './src/llms/options.ts';
import { searchRanking } from './src/search/ranking.ts';
import { shareCards } from './src/share/plugin.ts';

export default defineConfig({
  site: siteUrl,
  // The repository root, so that Starlight reads the chapters from content/docs/ with its own loader,
  // sidebar, git dates and link checks; the site code itself lives in src/.
  srcDir,
  outDir,
  cacheDir: astroCacheDir,
  vite: {
    // The project root is Astro's srcDir; only content/ and src/ change while writing.
    server: { watch: { ignored: ['**/dist/**', '**/.cache/**', '**/tests/**', '**/bench/**', '**/test-results/**', '**/playwright-report/**'] } },
  },
  markdown: {
    // Astro's own Markdown processor, Sätteri (parsing and HTML in Rust), with the handbook's three
    // mdast (Markdown tree) plugins: the example checks, then the diagrams (which must replace their
    // fences before Expressive Code highlights code), then focusable tables. Starlight, Expressive
    // Code and the links validator add their own Sätteri plugins after these. Smart punctuation
    // (typographic quotes, dashes, ellipses) is on, as Astro's default.
    processor: satteri({
      mdastPlugins: [checkExamplesPlugin(), mermaidPlugin(), focusableTablesPlugin].map(timedMdastPlugin),
    }),
  },
  integrations: [
    starlight({
      title: 'Istio Handbook',
      description:
        'A free, open-source handbook that teaches Istio and the service mesh, from the cloud-native stack down to Envoy and xDS.',
      logo: { src: './src/assets/logo.svg', alt: '' },
      social: [{ icon: 'github', label: 'GitHub', href: repositoryUrl }],
      editLink: { baseUrl: `${repositoryUrl}/edit/main/` },
      lastUpdated: true,
      // The chapter-updates feed (src/changes/), for feed readers that look for it in any page.
      head: [{ tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: feed.href } }],
      // Parts in book order; Starlight orders each part's pages by `sidebar.order`.
      sidebar: parts
        .filter((part) => existsSync(join(contentDir, part.dir)))
        .map((part) => ({ label: part.label, translations: part.translations, items: [{ autogenerate: { directory: part.dir } }] })),
      locales: localesFromContent(contentDir),
      customCss: ['./src/styles/index.css'],
      // Read by the lazy search dialog (src/search/Search.astro) through Starlight's pagefind config.
      pagefind: { ranking: searchRanking },
      components: {
        PageTitle: './src/overrides/PageTitle.astro',
        Search: './src/search/Search.astro',
        Footer: './src/overrides/Footer.astro',
        EditLink: './src/overrides/EditLink.astro',
      },
      routeMiddleware: './src/i18n/route-data.ts',
      plugins: [
        shareCards(),
        starlightLinksValidator({
          errorOnInvalidHashes: true,
          // A page not translated yet is served in English at its translated address (Starlight's
          // fallback), so links to it are valid.
          errorOnFallbackPages: false,
          // Written after the pages by scripts/build-pdf.ts; the feed is an endpoint, not a page.
          exclude: ['/handbook.pdf', '/zh-cn/handbook.pdf', '/rss.xml'],
        }),
        // llms.txt, llms-full.txt and a Markdown file per chapter (src/llms/).
        starlightLlmsTxt(llmsTxtOptions(contentDir)),
      ],
    }),
    closeDiagramRendererIntegration(),
    envoyTallyIntegration(),
    changesIntegration(),
    // Last: it times the others (HANDBOOK_PROFILE=<file>; `npm run bench` sets it).
    buildProfileIntegration(),
  ],
});
