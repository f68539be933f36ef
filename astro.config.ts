import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { closeDiagramRendererIntegration } from './src/integrations/close-diagram-renderer.ts';
import { astroCacheDir, contentDir, outDir } from './src/lib/content-dir.ts';
import { localesFromContent } from './src/lib/locales.ts';
import { sidebarFromContent } from './src/lib/sidebar.ts';
import { repositoryUrl, siteUrl } from './src/lib/site.ts';
import { remarkCheckExamples } from './src/plugins/remark-check-examples.ts';
import { remarkFocusableTables } from './src/plugins/remark-focusable-tables.ts';
import { remarkLinksValidatorSlug } from './src/plugins/remark-links-validator-slug.ts';
import { remarkMermaid } from './src/plugins/remark-mermaid.ts';

export default defineConfig({
  site: siteUrl,
  outDir,
  cacheDir: astroCacheDir,
  markdown: {
    // unified (remark/rehype) rather than Astro 7's default Sätteri: the handbook's build checks and
    // diagram rendering are remark plugins, and unified is where that ecosystem and its types live.
    // Its cost is about a second per full build here, small next to the diagrams' first render.
    processor: unified({
      remarkPlugins: [
        remarkCheckExamples,
        remarkMermaid,
        remarkFocusableTables,
        [remarkLinksValidatorSlug, { contentDir }],
      ],
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
      sidebar: sidebarFromContent(contentDir),
      locales: localesFromContent(contentDir),
      customCss: ['./src/styles/index.css'],
      components: {
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/overrides/Search.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      routeMiddleware: './src/route-data.ts',
      // Starlight's asides and heading anchors only transform src/content/docs unless told otherwise.
      markdown: { processedDirs: [contentDir] },
      plugins: [
        starlightLinksValidator({
          errorOnInvalidHashes: true,
          // The validator cannot key the landing page when chapters live outside src/content/docs
          // (see src/plugins/remark-links-validator-slug.ts); "/" always exists, e2e tests visit it.
          exclude: ['/'],
        }),
      ],
    }),
    closeDiagramRendererIntegration(),
  ],
});
