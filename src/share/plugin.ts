import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { cardRoot } from './card.ts';

/**
 * Share cards: an Open Graph image for every page, drawn at build time (./card-route.ts), and the
 * og:image and twitter:image tags that point to it (./route-data.ts).
 */
export function shareCards(): StarlightPlugin {
  return {
    name: 'handbook-share-cards',
    hooks: {
      'config:setup'({ addIntegration, addRouteMiddleware }) {
        addRouteMiddleware({ entrypoint: fileURLToPath(new URL('./route-data.ts', import.meta.url)) });
        addIntegration({
          name: 'handbook-share-cards',
          hooks: {
            'astro:config:setup'({ injectRoute }) {
              injectRoute({ pattern: `${cardRoot}[...card]`, entrypoint: new URL('./card-route.ts', import.meta.url), prerender: true });
            },
          },
        });
      },
    },
  };
}
