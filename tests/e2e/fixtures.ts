/**
 * One fixture for both hosts: `page` is the app's window, with a fresh profile per test.
 * Electron: `_electron.launch` on the built app. Web: the web build in Debian's Chromium.
 */
import { test as base, chromium, _electron, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const host = process.env['E2E_HOST'] === 'electron' ? 'electron' : 'web';
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Opens the app in another fresh profile (a second person at another computer), closed after the test. */
export type OpenProfile = () => Promise<Page>;

export const test = base.extend<{ page: Page; openProfile: OpenProfile }>({
  // `test.use({ locale: 'de-DE' })` sets the system locale the app starts with (default en-US).
  page: async ({ baseURL, locale }, use) => {
    const systemLocale = locale ?? 'en-US';
    if (host === 'electron') {
      const app = await _electron.launch({
        args: ['.', `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'lesestoff-e2e-'))}`, `--lang=${systemLocale}`],
        env: { ...process.env, LANGUAGE: systemLocale.replace('-', '_'), LC_ALL: `${systemLocale.replace('-', '_')}.UTF-8` },
      });
      const page = await app.firstWindow();
      await page.waitForSelector('body[data-ready="true"]');
      await use(page);
      await app.close();
      return;
    }
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: systemLocale, viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.goto(baseURL ?? '/');
    await page.waitForSelector('body[data-ready="true"]');
    await use(page);
    await browser.close();
  },
  openProfile: async ({ baseURL }, use) => {
    const closers: (() => Promise<void>)[] = [];
    await use(async () => {
      if (host === 'electron') {
        const app = await _electron.launch({ args: ['.', `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'lesestoff-e2e-'))}`] });
        closers.push(() => app.close());
        const page = await app.firstWindow();
        await page.waitForSelector('body[data-ready="true"]');
        return page;
      }
      const browser = await chromium.launch({
        executablePath: chromiumPath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
      });
      closers.push(() => browser.close());
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 860 } });
      const page = await context.newPage();
      await page.goto(baseURL ?? '/');
      await page.waitForSelector('body[data-ready="true"]');
      return page;
    });
    for (const close of closers.reverse()) await close();
  },
});

export { expect } from '@playwright/test';

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('tests/e2e/screenshots', `${host}-${name}.png`), fullPage: false });
}
