// `npm run translation -- status`            every English page: current, stale or missing in each translation
// `npm run translation -- stamp <zh page>…`   after translating or updating a page, record which English version it matches
import { relative, resolve } from 'node:path';
import { contentDir } from '../src/build/paths.ts';
import { translations, type TranslationDir } from '../src/i18n/locales.ts';
import { stamp, statusOfAll } from '../src/i18n/translation-status.ts';

const [command, ...files] = process.argv.slice(2);
const root = resolve(contentDir);

function fail(message: string): never {
  console.error(`npm run translation: ${message}`);
  process.exit(1);
}

if (command === 'status') {
  for (const dir of Object.keys(translations) as TranslationDir[]) {
    const rows = statusOfAll(root, dir);
    for (const { page, status } of rows) console.log(`${dir}  ${status.padEnd(7)}  ${page}`);
    const count = (status: string) => rows.filter((row) => row.status === status).length;
    console.log(`${dir}: ${count('current')} current, ${count('stale')} stale, ${count('missing')} missing of ${rows.length} pages`);
  }
} else if (command === 'stamp' && files.length > 0) {
  for (const file of files.map((f) => resolve(f))) {
    const dir = (Object.keys(translations) as TranslationDir[]).find((d) => file.startsWith(`${resolve(root, d)}/`));
    if (!dir) fail(`${file} is not under ${relative(process.cwd(), root)}/<translation>/`);
    const hash = stamp(root, file, dir);
    console.log(`${relative(process.cwd(), file)}: translates the English page at ${hash}`);
  }
} else {
  fail('usage: npm run translation -- status | stamp <content/docs/zh-cn/part/page.mdx>…');
}
