// `npm run new -- <part> <slug> "<Title>"`: creates content/docs/<part>/<slug>.mdx from the chapter
// template, placed last in its part's sidebar group. See CONTRIBUTING.md.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chapterTemplate } from '../src/chapters/template.ts';
import { contentDir } from '../src/build/paths.ts';
import { readFrontMatter } from '../src/chapters/front-matter.ts';
import { parts } from '../src/chapters/parts.ts';

function fail(message: string): never {
  console.error(`npm run new: ${message}`);
  process.exit(1);
}

const [part, slug, title] = process.argv.slice(2);
const usage = 'usage: npm run new -- <part> <slug> "<Title>"   e.g. npm run new -- traffic retries "Timeouts and retries"';
if (!part || !slug || !title) fail(usage);
if (!parts.some((known) => known.dir === part)) {
  fail(`unknown part "${part}". Parts: ${parts.map((known) => known.dir).join(', ')}.`);
}
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(`slug "${slug}" must be lower-case words joined by hyphens, like "circuit-breaking".`);

const dir = join(contentDir, part);
const file = join(dir, `${slug}.mdx`);
if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists; pick another slug.`);

mkdirSync(dir, { recursive: true });
const orders = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readFrontMatter(join(dir, name)).sidebar?.order ?? 0);
writeFileSync(file, chapterTemplate(title, Math.max(0, ...orders) + 1));
console.log(`Created ${relative(process.cwd(), file)}. Preview it with \`npm run dev\` at http://localhost:4321/${part}/${slug}/`);
