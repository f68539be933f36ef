// `npm run bench -- --scale 1000`: a site of N realistic pages, built with the real site code. The
// pages are the handbook's own English chapters, copied as often as needed: real prose, checked YAML,
// Envoy and shell examples, tables and diagrams, each copy's diagrams made unique (so a cold build
// renders every one) and its links pointed at pages of the generated site.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentDir, shareSiteConfig } from '../../src/build/paths.ts';

interface SourceChapter {
  /** `xds/transport` */
  slug: string;
  title: string;
  source: string;
}

/** Every English chapter that stands on its own (MDX imports would need their relative paths fixed). */
function sourceChapters(): SourceChapter[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx') && name.includes('/') && !name.startsWith('zh-cn/'))
    .sort()
    .map((name) => ({ slug: name.replace(/\.mdx$/, ''), source: readFileSync(join(contentDir, name), 'utf8') }))
    .filter(({ source }) => !/^import\s.+\sfrom\s/m.test(source))
    .map(({ slug, source }) => {
      const frontMatter = parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!) as { title: string };
      return { slug, title: frontMatter.title, source };
    });
}

/** Writes a site of `pages` chapters (plus a landing page) and returns its srcDir, inside the project. */
export function writeScaleSite(pages: number, root: string): string {
  const chapters = sourceChapters();
  const srcDir = join(root, '.cache', 'bench-scale', `site-${pages}`);
  rmSync(srcDir, { recursive: true, force: true });
  const docs = join(srcDir, 'content', 'docs');
  mkdirSync(docs, { recursive: true });
  shareSiteConfig(srcDir, root);
  writeFileSync(join(docs, 'index.mdx'), `---\ntitle: Scale test\ndescription: Generated pages for the build benchmark.\nistioVersion: \"1.31\"\ntemplate: splash\n---\n\nStart with [the first page](/${chapters[0]!.slug}-0/).\n`);
  const known = new Set(chapters.map((chapter) => chapter.slug));
  const copies = Math.ceil(pages / chapters.length);
  for (let i = 0; i < pages; i++) {
    const copy = Math.floor(i / chapters.length);
    const chapter = chapters[i % chapters.length]!;
    const written = (slug: string) => copy * chapters.length + chapters.findIndex((c) => c.slug === slug) < pages;
    const body = chapter.source
      .replace(/^title: .*$/m, `title: ${JSON.stringify(`${chapter.title} (${copy + 1})`)}`)
      // A diagram comment makes each copy's diagrams distinct sources, as a real book's are.
      .replace(/^(\s*)```mermaid([^\n]*)\n([\s\S]*?)^\1```/gm, (_, indent: string, meta: string, diagram: string) => `${indent}\`\`\`mermaid${meta}\n${diagram}${indent}%% copy ${copy}\n${indent}\`\`\``)
      // Links to chapters go to this copy's page when it exists, else to the first copy's.
      .replace(/(\]\(|href=")\/([a-z0-9-]+\/[a-z0-9-]+)\/(#[^)"\s]*)?/g, (_link, opening: string, slug: string, hash = '') => {
        if (!known.has(slug)) return `${opening}/`;
        return `${opening}/${slug}-${written(slug) ? copy : 0}/${hash}`;
      });
    const file = join(docs, `${chapter.slug}-${copy}.mdx`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
  }
  console.log(`[bench] ${pages} pages (${copies} copies of ${chapters.length} chapters) in ${relative(root, srcDir)}`);
  return srcDir;
}
