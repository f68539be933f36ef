// Fails early, in plain words, when npm runs the project under a Node.js older than Astro 7 needs.
// Plain JavaScript that any Node.js can parse, so the reader sees this message instead of a crash.
import { fileURLToPath } from 'node:url';

/** The problem with running on Node.js `version` ("20.20.2"), or undefined when it is new enough. */
export function runtimeProblem(version) {
  const [major, minor] = version.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 12)) return undefined;
  return (
    `This handbook needs Node.js 22.12 or newer; npm is running Node.js ${version}.\n` +
    'The project brings its own Node.js 24 as a dev dependency: run `npm install` (or `npm start`),\n' +
    'then use the npm scripts (`npm run dev`, `npm test`), which put node_modules/.bin first on PATH.'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = runtimeProblem(process.versions.node);
  if (problem) {
    console.error(`\n${problem}\n`);
    process.exit(1);
  }
}
