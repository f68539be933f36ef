// `npm run build`: astro build, then the PDF of the book (scripts/build-pdf.ts). On any failure the
// output folder is removed, so that a build that failed late (the link check runs after pages are
// written) leaves nothing half-built to ship. HANDBOOK_PDF=0 skips the PDF (the build-gate fixtures).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
// The same output folder Astro writes to (astro.config.ts); check-runtime.mjs has already ensured
// a Node.js that loads TypeScript.
import { outDir } from '../src/build/paths.ts';

function fail(status) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${outDir} was removed so nothing half-built ships. The first error above names the file.`);
  process.exit(status ?? 1);
}

const site = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (site.status !== 0) fail(site.status);
if (process.env.HANDBOOK_PDF !== '0') {
  const book = spawnSync(process.execPath, ['scripts/build-pdf.ts'], { stdio: 'inherit' });
  if (book.status !== 0) fail(book.status);
}
