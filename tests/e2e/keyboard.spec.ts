/**
 * Keyboard only (issue 9): no mouse call in this file. Steps still to add as their features land, in this
 * order inside the reader: move to a word, open its glossary, save it; then start and finish a quiz.
 */
import { expect, test } from './fixtures';
import { tabTo } from './pages/screens';

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
