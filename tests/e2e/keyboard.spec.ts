/**
 * Keyboard only (issue 9): no mouse call in this file.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { countRows, waitForWords } from './pages/readerPages';
import { tabTo } from './pages/screens';

async function shiftTabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target, `not reachable with ${max} presses of Shift+Tab`).toBeFocused({ timeout: 1 });
}

test.describe('keyboard only', () => {
  test('skip link, open an article, read, and return to the library', async ({ page }) => {
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await expect(page).toHaveURL(/#?\/?$|#\/library$/); // The skip link moves focus, not the route.

    const firstArticle = page.locator('.article-card a').first();
    await tabTo(page, firstArticle);
    const title = (await firstArticle.locator('.article-title').textContent())!.trim();
    await page.keyboard.press('Enter');
    await expect(page.locator('article.reader h1')).toHaveText(title);
    // Focus moved into the new screen: the next Tab stays in the reader instead of starting at the sidebar.
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.back-link')).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page.locator('.article-card').first()).toBeVisible();
    await expect(page.locator('nav a[href="#/library"]')).toHaveAttribute('aria-current', 'page');
  });

  test('open an article, look up a word, save it, take and finish a quiz, return to the library', async ({ page }) => {
    await tabTo(page, page.locator('.article-card a.article-link').first());
    await page.keyboard.press('Enter');
    await waitForWords(page);

    const words = page.locator('.article-body .w');
    await tabTo(page, words.first());
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const chosen = words.nth(2);
    await expect(chosen).toBeFocused();
    await page.keyboard.press('Enter');
    const glossary = page.getByRole('dialog');
    await expect(glossary.getByRole('heading', { level: 2 })).toContainText((await chosen.textContent())!);
    await page.keyboard.press('s');
    await expect(glossary.locator('.saved-mark')).toBeVisible();
    expect(await countRows(page, 'vocabulary')).toBe(1);
    await page.keyboard.press('Escape');
    await expect(glossary).toBeHidden();
    await expect(chosen).toBeFocused();

    await shiftTabTo(page, page.locator('.back-link'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('.article-card .quiz-card-link').first());
    await page.keyboard.press('Enter');
    const start = page.locator('.quiz-start .quiz-primary');
    await expect(start).toBeFocused({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    const result = page.getByTestId('quiz-result');
    for (let i = 0; i < 40 && !(await result.isVisible()); i++) {
      await expect(page.getByTestId('quiz-question')).toBeVisible();
      await page.keyboard.press('1');
      await expect(page.getByTestId('quiz-feedback')).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('quiz-question').or(result)).toBeVisible();
    }
    await expect(result).toBeVisible();
    expect(await countRows(page, 'quizAttempts')).toBe(1);

    await tabTo(page, page.locator('main a[href="#/library"]').first());
    await page.keyboard.press('Enter');
    await expect(page.locator('nav a[href="#/library"]')).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('.article-card').first()).toBeVisible();
  });

  test('change theme and text size in settings with Tab and the arrow keys', async ({ page }) => {
    await tabTo(page, page.locator('nav a[href="#/settings"]'));
    await page.keyboard.press('Enter');
    await expect(page.locator('#settings-title')).toBeVisible();

    await tabTo(page, page.locator('input[name="theme"]:checked'));
    await page.keyboard.press('ArrowDown'); // system → light
    await page.keyboard.press('ArrowDown'); // light → dark
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.locator('input[name="theme"][value="dark"]')).toBeChecked();

    await tabTo(page, page.locator('input[name="textSize"]:checked'));
    await page.keyboard.press('ArrowDown'); // medium → large
    await expect(page.locator('input[name="textSize"][value="large"]')).toBeChecked();

    await page.keyboard.press('Shift+Tab');
    await tabTo(page, page.locator('nav a[href="#/library"]'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('.article-card a').first());
    await page.keyboard.press('Enter');
    await expect(page.locator('.article-body')).toHaveCSS('font-size', '22.4px'); // 1.4rem
  });
});
