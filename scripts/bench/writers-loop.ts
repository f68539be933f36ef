// The writers' loop: with `astro dev` running and a chapter open in Chromium, the time from saving the
// chapter to the browser showing the change, for a prose edit and for a new diagram. Edits the real
// chapter and always puts its bytes back.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumExecutablePath, quietChromiumArgs } from '../../src/build/chromium.ts';
import { contentDir } from '../../src/build/paths.ts';

const CHAPTER = 'architecture/overview';
const PORT = 4391;
const ROUNDS = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the open page shows `text`; undefined while Astro is reloading it. */
async function shows(page: Page, text: string): Promise<boolean | undefined> {
  const check = page.evaluate((wanted) => (document.readyState === 'complete' ? document.body.innerHTML.includes(wanted) : undefined), text).catch(() => undefined);
  // An evaluation that meets a reload can wait for the next page; ask again instead.
  return Promise.race([check, sleep(1000).then(() => undefined)]);
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`writers' loop: timed out waiting for ${what}`);
    await sleep(20);
  }
}

export interface WritersLoop {
  chapter: string;
  proseEditSeconds: number[];
  diagramEditSeconds: number[];
}

export async function measureWritersLoop(env: NodeJS.ProcessEnv): Promise<WritersLoop> {
  const file = join(contentDir, `${CHAPTER}.mdx`);
  const original = readFileSync(file);
  const restore = () => writeFileSync(file, original);
  process.once('SIGINT', () => (restore(), process.exit(130)));
  const server = spawn('astro', ['dev', '--port', String(PORT)], { env, stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: quietChromiumArgs });
  try {
    const url = `http://localhost:${PORT}/${CHAPTER}/`;
    await until(() => fetch(url).then((response) => response.ok, () => false), 'the dev server', 120_000);
    const page = await browser.newPage();
    await page.goto(url);
    const timedEdit = async (addition: (marker: string) => string, round: number): Promise<number> => {
      // Letters and digits only: smartypants would turn "--" into a dash.
      const marker = `benchmarker${Date.now()}r${round + 1}`;
      const started = performance.now();
      writeFileSync(file, `${original}\n\n${addition(marker)}\n`);
      await until(async () => (await shows(page, marker)) === true, `the edit ${marker} in the browser`);
      const seconds = (performance.now() - started) / 1000;
      restore();
      await until(async () => (await shows(page, marker)) === false, 'the chapter to return to its saved text');
      // Astro sends a reload when the file changes and another when its content is synced: let both land.
      await sleep(3000);
      return +seconds.toFixed(2);
    };
    // The first edit after start-up also has Vite optimise dependencies and reload: not timed.
    await timedEdit((marker) => `A warm-up paragraph, ${marker}.`, -1);
    const proseEditSeconds: number[] = [];
    const diagramEditSeconds: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      proseEditSeconds.push(await timedEdit((marker) => `A new paragraph, ${marker}.`, round));
      // The marker goes in the diagram's title: Mermaid may wrap a long label inside a word.
      diagramEditSeconds.push(await timedEdit((marker) => `\`\`\`mermaid\nflowchart LR\n  accTitle: ${marker}\n  A[Edited] --> B[Diagram]\n\`\`\``, round));
    }
    return { chapter: CHAPTER, proseEditSeconds, diagramEditSeconds };
  } finally {
    restore();
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
