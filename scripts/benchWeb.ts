/**
 * The web build served by Vite's preview server and opened in Debian's Chromium, driven by Playwright
 * like tests/e2e/fixtures.ts: the app as a user has it, for the in-page timings of `npm run bench`.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
// BENCH_WEB_DIR: engineers benchmarking side by side each build into a folder of their own.
const outDir = process.env['BENCH_WEB_DIR'] ?? join(root, '.cache', 'bench-web');

export interface WebApp {
  /** The app's address. */
  url: string;
  /**
   * A new page in a fresh profile, with the app loaded and ready (at `hash` when given); `init` runs in the page before
   * the app's own scripts (timings from the navigation's start).
   */
  openPage(hash?: string, init?: string): Promise<Page>;
}

let built: Promise<unknown> | null = null;

/** Builds the web bundle (once per process), runs `use`, then closes the browser and the server. */
export async function withWebApp<T>(use: (app: WebApp) => Promise<T>): Promise<T> {
  built ??= build({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  await built;
  const server = await preview({ configFile: join(root, 'vite.web.config.ts'), logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const launched = browser;
    return await use({
      url,
      async openPage(hash = '', init) {
        const context = await launched.newContext({ locale: 'en-US', viewport: { width: 1280, height: 860 } });
        // tsx keeps function names with an `__name` helper that the page does not have.
        await context.addInitScript('window.__name = (f) => f;');
        if (init) await context.addInitScript(init);
        const page = await context.newPage();
        await page.goto(url + hash);
        await page.waitForSelector('body[data-ready="true"]');
        return page;
      },
    });
  } finally {
    await browser?.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
