// `npm test`: every layer in order, stopping at the first that fails, then how long each took. The
// times also go to .cache/test-layers.json, which `npm run bench` reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const layers = ['check', 'test:unit', 'lint:content', 'test:build', 'build', 'test:e2e'];
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
const times: Record<string, number> = {};
const started = performance.now();
let failed: string | undefined;
for (const layer of layers) {
  const layerStarted = performance.now();
  const result = spawnSync(npm[0]!, [...npm.slice(1), 'run', layer], { stdio: 'inherit' });
  times[layer] = +((performance.now() - layerStarted) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed = layer;
    break;
  }
}
const total = +((performance.now() - started) / 1000).toFixed(1);
console.log(`\nTest layers (seconds): ${Object.entries(times).map(([layer, seconds]) => `${layer} ${seconds}`).join(' · ')} · total ${total}`);
mkdirSync('.cache', { recursive: true });
writeFileSync('.cache/test-layers.json', `${JSON.stringify({ date: new Date().toISOString(), seconds: times, totalSeconds: total, failed }, null, 2)}\n`);
if (failed) {
  console.error(`npm test: ${failed} failed.`);
  process.exit(1);
}
