import { join } from 'node:path';

/**
 * Where the build reads chapters from and writes to. Astro's srcDir is the repository root, so
 * Starlight finds the chapters in its own place, `<srcDir>/content/docs/`. The build-gate tests
 * point these at temporary folders to build a fixture (one broken page, say) with the real site
 * code, without touching the real content, `dist/` or Astro's content cache.
 */
export const srcDir = process.env.HANDBOOK_SRC_DIR ?? '.';
export const contentDir = join(srcDir, 'content', 'docs');
export const outDir = process.env.HANDBOOK_OUT_DIR ?? './dist';
export const astroCacheDir = process.env.HANDBOOK_ASTRO_CACHE_DIR ?? './node_modules/.astro';
