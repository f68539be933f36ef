import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where Debian (and most Linux distributions) install Chromium. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium binary to drive, shared by the diagram renderer and the e2e tests.
 * `CHROMIUM_PATH` wins; then Playwright's own download (`npx playwright install chromium`, the usual
 * case on a laptop); then the system's Chromium, because some machines cannot download browsers.
 * Returns undefined to let Playwright use its own browser.
 */
export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  throw new Error(
    'No Chromium found. Run `npx playwright install chromium`, install your system Chromium ' +
      '(Debian: `apt-get install chromium`), or set CHROMIUM_PATH.',
  );
}

/**
 * Flags that keep a headless Chromium quiet on a machine without internet: no background
 * fetches (updates, sync, safe browsing) that would fail and slow every start.
 */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
];
