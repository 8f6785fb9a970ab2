/**
 * UI language (issue 9): the first start follows the system locale; a choice in settings applies at once,
 * wins over the system locale and is kept across restarts. The system locale is the browser context's
 * (or Electron's) locale, set per describe block with `test.use({ locale })`.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openNav } from './pages/screens';

async function expectLanguage(page: Page, lang: 'en' | 'de'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('nav a[href="#/library"]')).toHaveText(lang === 'de' ? 'Bibliothek' : 'Library');
  await expect(page.locator('nav')).toHaveAccessibleName(lang === 'de' ? 'Hauptmenü' : 'Main');
}

/** Picks a language in settings and checks it applied without reloading the page. */
async function chooseLanguage(page: Page, lang: 'en' | 'de'): Promise<void> {
  await openNav(page, '#/settings');
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  await page.locator('#ui-language').selectOption(lang);
  await expectLanguage(page, lang);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

async function restart(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
}

test.describe('on a German system (de-DE)', () => {
  test.use({ locale: 'de-DE' });

  test('starts in German; English chosen in settings applies at once and is kept after a restart', async ({ page }) => {
    await expectLanguage(page, 'de');
    await openNav(page, '#/settings');
    await expect(page.locator('#ui-language')).toHaveValue('de');
    await chooseLanguage(page, 'en');
    await restart(page);
    await expectLanguage(page, 'en');
    await openNav(page, '#/settings');
    await expect(page.locator('#ui-language')).toHaveValue('en');
  });
});

test.describe('on an English system (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('starts in English; German chosen in settings applies at once and is kept after a restart', async ({ page }) => {
    await expectLanguage(page, 'en');
    await chooseLanguage(page, 'de');
    await restart(page);
    await expectLanguage(page, 'de');
  });
});

test.describe('on a system in a language the app does not have (fr-FR)', () => {
  test.use({ locale: 'fr-FR' });

  test('starts in English, the fallback', async ({ page }) => {
    await expectLanguage(page, 'en');
  });
});
