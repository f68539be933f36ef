// The book step of `npm run build` (scripts/build.mjs runs it after Astro): prints the handbook, and
// each translation, to `handbook.pdf` in its root, and puts the file's size and page count into the
// download links. A warm build whose chapters did not change reuses the PDF from `.cache/book/`.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectBook } from '../src/book/collect.ts';
import { chapterAnchor, composeBook } from '../src/book/compose.ts';
import { printBook } from '../src/book/print.ts';
import { Stages } from '../src/book/stages.ts';
import { cacheFolder } from '../src/build/disk-cache.ts';
import { contentDir, outDir } from '../src/build/paths.ts';
import { siteUrl } from '../src/build/site.ts';
import { readFrontMatter } from '../src/chapters/front-matter.ts';
import { translations } from '../src/i18n/locales.ts';
import { uiString } from '../src/i18n/ui-strings.ts';

const bookCss = readFileSync(new URL('../src/book/book.css', import.meta.url), 'utf8');
const istioVersion = String(readFrontMatter(join(contentDir, 'start', 'how-to-read.mdx')).istioVersion ?? '');

/** The last commit's date, so that the same commit prints the same PDF. */
function commitDate(): Date {
  const log = spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' });
  const seconds = Number(log.stdout.trim());
  return new Date((Number.isFinite(seconds) && seconds > 0 ? seconds : 0) * 1000);
}

const date = commitDate();
const roots = [{ root: '/', lang: 'en' }, ...Object.entries(translations).map(([dir, { lang }]) => ({ root: `/${dir}/`, lang }))].filter(
  ({ root }) => existsSync(join(outDir, root, 'start', 'how-to-read', 'index.html')),
);

/** The built pages of one language (`/` excludes the translations' folders), sorted. */
function pagesOf(root: string): string[] {
  return readdirSync(join(outDir, root), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html') && !(root === '/' && name.split(sep)[0]! in translations))
    .sort()
    .map((name) => join(outDir, root, name));
}

/** The book's own code: a change to how it is composed or printed must not reuse an old PDF. */
const bookCode = readdirSync(new URL('../src/book/', import.meta.url), { encoding: 'utf8' })
  .sort()
  .map((name) => readFileSync(new URL(`../src/book/${name}`, import.meta.url)));

/** Prints one language's book, or reuses it, and fills in its download links. */
async function makeBook({ root, lang }: { root: string; lang: string }): Promise<void> {
  const started = performance.now();
  const day = date.toISOString().slice(0, 10);
  const text = {
    header: `Istio Handbook · Istio ${istioVersion}`,
    title: 'Istio Handbook',
    subtitle: uiString(lang, 'handbook.book.subtitle').replace('{version}', istioVersion),
    updated: uiString(lang, 'handbook.book.updated').replace('{date}', day),
    contents: uiString(lang, 'handbook.book.contents'),
  };
  const pages = pagesOf(root).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  // Keyed on what the book is made of (the built pages, the book's code, its words), read before the
  // costly parse: a warm build whose chapters did not change only hashes and copies.
  const hash = createHash('sha256').update(JSON.stringify({ text, siteUrl, date }));
  for (const input of [...bookCode, ...pages.map((page) => page.html)]) hash.update(input);
  const key = hash.digest('hex').slice(0, 16);
  const cache = cacheFolder('book');
  const cached = join(cache, `${lang}-${key}.json`);
  let result: { pages: number; file: string };
  const stages = new Stages();
  const target = join(outDir, root, 'handbook.pdf');
  const reused = existsSync(cached);
  if (reused) {
    result = JSON.parse(readFileSync(cached, 'utf8')) as { pages: number; file: string };
  } else {
    const book = collectBook(outDir, root);
    stages.end('collect');
    book.styles.push(`<style>${bookCss}</style>`);
    const html = composeBook(book, root, text, siteUrl);
    const ids = book.parts.map((part, i) => ({ id: `part-${i + 1}`, children: part.chapters.map((chapter) => chapterAnchor(chapter.slug)) }));
    stages.end('compose');
    const { pdf, pages: count } = await printBook(html, ids, { dist: outDir, lang, date, stages });
    mkdirSync(cache, { recursive: true });
    result = { pages: count, file: `${lang}-${key}.pdf` };
    writeFileSync(join(cache, result.file), pdf);
    writeFileSync(cached, JSON.stringify(result));
  }
  copyFileSync(join(cache, result.file), target);
  const megabytes = (statSync(target).size / 1024 / 1024).toFixed(1);
  const meta = uiString(lang, 'handbook.pdf.meta').replace('{size}', megabytes).replace('{pages}', String(result.pages));
  // The download links were built before the PDF existed; fill in its size and page count.
  // The English root's pages, not its translations' (they link their own PDF).
  for (const { file, html } of pages) {
    const filled = html.replace(/(<span data-pdf-meta[^>]*>)PDF(<\/span>)/g, `$1${meta}$2`);
    if (filled !== html) writeFileSync(file, filled);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`[book] ${join(root, 'handbook.pdf')}: ${megabytes} MB, ${result.pages} pages, ${seconds} s${reused ? ' (reused from .cache/book)' : ` (${stages})`}`);
}

/** Runs this script for one language in a process of its own; resolves when it succeeded. */
function makeBookApart(lang: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), lang], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`book: printing the ${lang} book failed (${signal ? `killed by ${signal}` : `exit ${code}`})`));
    });
  });
}

const only = process.argv[2];
if (only) {
  const language = roots.find(({ lang }) => lang === only);
  if (!language) throw new Error(`book: no built pages for the language ${only}`);
  await makeBook(language);
} else {
  // Each language in its own process, side by side: collecting and composing a book is synchronous
  // work that would hold up the other language's printing in a shared process, and each print is
  // mostly one core's work.
  const started = performance.now();
  // Every language is awaited, so that none goes on writing into dist/ after a failed build has removed
  // it; the first failure is the one reported.
  let firstFailure: Error | undefined;
  await Promise.all(roots.map(({ lang }) => makeBookApart(lang).catch((error: Error) => void (firstFailure ??= error))));
  if (firstFailure) throw firstFailure;
  console.log(`[book] step: ${roots.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
