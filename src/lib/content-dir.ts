/**
 * Where the build reads chapters from and writes to. The build-gate tests point these at temporary
 * folders to build a fixture (one broken page, say) with the real site code, without touching the
 * real content, `dist/` or Astro's content cache.
 */
export const contentDir = process.env.HANDBOOK_CONTENT_DIR ?? './content';
export const outDir = process.env.HANDBOOK_OUT_DIR ?? './dist';
export const astroCacheDir = process.env.HANDBOOK_ASTRO_CACHE_DIR ?? './node_modules/.astro';
