/**
 * Options for starlight-llms-txt: `/llms.txt`, `/llms-full.txt`, `/llms-small.txt`, and one Markdown
 * file per chapter, all English (the plugin reads the default locale only).
 *
 * The plugin writes no per-page files of its own; a "custom set" of one page is one, so every chapter
 * is a set: it gets `/_llms-txt/<title-slug>.txt`, and llms.txt lists it with its description.
 * The files hold each chapter's own MDX source (`rawContent`): Markdown as the author wrote it, with
 * diagrams as ```mermaid blocks and examples as written, and no second rendering of every page (the
 * plugin would otherwise render each page once per file it appears in: three times, some 20 s a build).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type starlightLlmsTxt from 'starlight-llms-txt';
import { readFrontMatter } from '../chapters/front-matter.ts';
import { parts } from '../chapters/parts.ts';

type Options = NonNullable<Parameters<typeof starlightLlmsTxt>[0]>;

/** Every chapter (page in a part folder) in book order: part, then `sidebar.order`, then file name. */
function chapters(contentDir: string) {
  return parts.flatMap((part) => {
    let files: string[];
    try {
      files = readdirSync(join(contentDir, part.dir), { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
    } catch {
      return [];
    }
    return files
      .map((file) => {
        const data = readFrontMatter(join(contentDir, part.dir, file));
        const id = `${part.dir}/${file.replace(/\.mdx?$/, '')}`;
        return { id, order: data.sidebar?.order ?? Infinity, title: data.title ?? id, description: data.description as string | undefined };
      })
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  });
}

export function llmsTxtOptions(contentDir: string): Options {
  return {
    details: [
      'Each chapter is also listed below on its own, as Markdown, in book order (part by part).',
      'Diagrams are given as their Mermaid source in ```mermaid blocks; the site renders them as SVG.',
      'The handbook also has a Chinese edition (under /zh-cn/); these files hold the English original, which the translations follow.',
    ].join('\n'),
    customSets: chapters(contentDir).map(({ id, title, description }) => ({ label: title, paths: [id], ...(description ? { description } : {}) })),
    rawContent: true,
    // llms-small.txt: the chapters without the pages about the site itself.
    exclude: ['index', '404', 'appendix/translation-status', 'appendix/what-changed', 'appendix/further-reading'],
  };
}
