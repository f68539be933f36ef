/**
 * Tells starlight-links-validator each chapter's URL. The validator derives a page's id from its
 * path under src/content/docs, which is wrong for chapters in content/, so same-page `#anchor` links
 * and links to other pages' headings would all be reported broken. It honours a front matter
 * `slug`, so this plugin sets one (in the render-time copy only) from the path under content/.
 * TODO: remove when https://github.com/HiDeoo/starlight-links-validator/issues/160 is fixed.
 *
 *   content/xds/transport.mdx  ->  file.data.astro.frontmatter.slug = "xds/transport"
 */
import { relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

export function remarkLinksValidatorSlug(options: { contentDir: string }) {
  const root = resolve(options.contentDir);
  return (_tree: Root, file: VFile) => {
    const path = file.history[0];
    if (!path) return;
    const fromRoot = relative(root, path);
    if (fromRoot.startsWith('..')) return;
    const slug = fromRoot.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    // The landing page's URL is "/", which the validator keys differently; its own path works.
    if (!slug) return;
    const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
    astro.frontmatter = { ...astro.frontmatter, slug: astro.frontmatter?.slug ?? slug };
  };
}
