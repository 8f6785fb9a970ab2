/** Reading comfort (issue 9): theme, text size, line spacing and width apply at once and survive a restart. */
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { openFirstArticle, openNav } from './pages/screens';
import { storedSetting } from './pages/readerPages';

async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.locator(`input[name="${name}"][value="${value}"]`).check();
}

async function restart(page: Page): Promise<void> {
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
}

test.describe('reading comfort', () => {
  test('dark theme, large text, relaxed lines and a narrow column apply without reload and survive a restart', async ({ page }) => {
    await openFirstArticle(page);
    const body = page.locator('.article-body');
    await expect(body).toHaveCSS('font-size', '18.4px'); // the default, 1.15rem
    const lightBackground = await page.locator('body').evaluate((el) => getComputedStyle(el.parentElement!).backgroundColor);

    await openNav(page, '#/settings');
    await choose(page, 'theme', 'dark');
    await choose(page, 'textSize', 'xlarge');
    await choose(page, 'lineSpacing', 'relaxed');
    await choose(page, 'readingWidth', 'narrow');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('.comfort-preview .article-body')).toHaveCSS('font-size', '27.2px');

    await openFirstArticle(page);
    const check = async () => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await page.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(lightBackground);
      await expect(body).toHaveCSS('font-size', '27.2px'); // 1.7rem
      await expect(body).toHaveCSS('line-height', '54.4px'); // 2 × 27.2px
      await expect(page.locator('article.reader')).toHaveCSS('max-width', '544px'); // 34rem
    };
    await check();
    await restart(page);
    await check();
  });

  test('the system theme follows the operating system until a theme is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await openNav(page, '#/settings');
    await expect(page.locator('input[name="theme"][value="system"]')).toBeChecked();
    await choose(page, 'theme', 'light');
    // The choice applies at once and is saved a moment later: restart only once it is stored.
    await expect.poll(() => storedSetting(page, 'theme'), { timeout: 30_000 }).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await restart(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('screenshot: the reader in the dark theme with large text', async ({ page }) => {
    await openNav(page, '#/settings');
    await choose(page, 'theme', 'dark');
    await choose(page, 'textSize', 'large');
    await screenshot(page, 'settings-dark');
    await openFirstArticle(page);
    await expect(page.locator('.article-body')).toHaveCSS('font-size', '22.4px');
    await screenshot(page, 'reader-dark-large');
  });
});
