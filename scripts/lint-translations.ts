// `npm run lint:content` (second half): Chinese typography and terminology on every translated page.
// Typography is AutoCorrect's (spaces between CJK and Latin letters or digits, full-width punctuation
// in Chinese sentences); terminology is the book's term list, content/terms/zh-cn.yaml.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import autocorrect from 'autocorrect-node';
import { contentDir, srcDir } from '../src/build/paths.ts';
import { checkTerms, readTerms } from '../src/i18n/check-terms.ts';
import { translations } from '../src/i18n/locales.ts';

const termsFile = join(srcDir, 'content', 'terms', 'zh-cn.yaml');
const terms = existsSync(termsFile) ? readTerms(termsFile) : [];
const problems: string[] = [];
let pages = 0;

for (const dir of Object.keys(translations).map((translation) => join(contentDir, translation))) {
  const files = existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx')) : [];
  for (const file of files.map((name) => join(dir, name))) {
    pages++;
    const source = readFileSync(file, 'utf8');
    const where = relative(process.cwd(), file);
    for (const line of (autocorrect.lintFor(source, file) as { lines: { l: number; c: number; old: string; new: string }[] }).lines) {
      problems.push(`${where}:${line.l}:${line.c}: typography: "${line.old.trim()}" should be "${line.new.trim()}"`);
    }
    for (const { line, found, term } of checkTerms(source, terms)) {
      problems.push(`${where}:${line}: terminology: "${found}" -> use "${term.zh}" for "${term.en}" (content/terms/zh-cn.yaml)`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in translated pages. AutoCorrect's fix is shown for typography; see CONTRIBUTING.md, "Translating a page".`);
  process.exit(1);
}
console.log(`Translated pages checked for typography and terminology: ${pages} (${terms.length} terms).`);
