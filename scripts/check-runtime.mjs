// Fails early, in plain words, when npm runs the project under a Node.js older than Astro 7 needs.
// Written in plain JavaScript that any Node.js can parse, so the message appears instead of a crash.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nThis handbook needs Node.js 22.12 or newer; npm is running Node.js ${process.versions.node}.\n` +
      'The project brings its own Node.js 24 as a dev dependency: run `npm install` (or `npm start`),\n' +
      'then use the npm scripts (`npm run dev`, `npm test`), which put node_modules/.bin first on PATH.\n',
  );
  process.exit(1);
}
