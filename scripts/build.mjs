// `npm run build`: astro build, and on failure remove the output folder, so that a build that
// failed late (the link check runs after pages are written) leaves nothing half-built to ship.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
// The same output folder Astro writes to (astro.config.ts); check-runtime.mjs has already ensured
// a Node.js that loads TypeScript.
import { outDir } from '../src/build/paths.ts';

const result = spawnSync('astro', ['build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (result.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(`\nThe build failed; ${outDir} was removed so nothing half-built ships. The first error above names the file.`);
  process.exit(result.status ?? 1);
}
