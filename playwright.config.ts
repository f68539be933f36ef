import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutablePath, quietChromiumArgs } from './src/build/chromium.ts';

/** The e2e suite runs against the production build, served by `astro preview`. */
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  // At least two: the tests wait on a browser much of the time, so two share even a 2-core machine well.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chromiumExecutablePath(), args: quietChromiumArgs },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: /mobile\.spec\.ts/ },
    { name: 'mobile', use: { ...devices['Pixel 7'] }, testMatch: /mobile\.spec\.ts/ },
  ],
  webServer: {
    command: `npx astro preview --port ${port}`,
    port,
    reuseExistingServer: !process.env.CI,
  },
});
