import { expect, screenshot, test } from './fixtures';
import { countStoredArticles, libraryCards, openArticle } from './pages/appPages';

test.describe('library', () => {
  test('lists the bundled articles with outlet, word count and reading time', async ({ page }) => {
    await expect(libraryCards(page)).toHaveCount(5);
    await expect(page.getByText('Reuters').first()).toBeVisible();
    await expect(page.getByText('taz').first()).toBeVisible();
    await expect(libraryCards(page).first()).toContainText(/\d+ words · \d+ min read/);
    await screenshot(page, 'library');
  });

  test('opening an article shows its title and paragraphed text', async ({ page }) => {
    await openArticle(page, /Plötzlich ziemlich beste Freunde/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Plötzlich ziemlich beste Freunde/);
    const paragraphs = page.locator('.article-body p');
    expect(await paragraphs.count()).toBeGreaterThan(5);
    await expect(paragraphs.first()).toContainText('Nordkorea');
    await screenshot(page, 'reader');
  });

  test('reloading three times leaves exactly five stored articles', async ({ page }) => {
    for (let i = 0; i < 3; i++) {
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
    }
    await expect(libraryCards(page)).toHaveCount(5);
    expect(await countStoredArticles(page)).toBe(5);
  });

  test('a reload on an article keeps the reader open', async ({ page }) => {
    await openArticle(page, /Staatsbesuch/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Staatsbesuch/);
  });
});

test.describe('settings', () => {
  test('switching the interface to German relabels the app and survives a reload', async ({ page }) => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Interface language').selectOption('de');
    await expect(page.getByRole('heading', { name: 'Einstellungen' })).toBeVisible();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Bibliothek' })).toBeVisible();
    await page.getByRole('link', { name: 'Bibliothek' }).click();
    await expect(libraryCards(page).first()).toContainText(/Wörter/);
    await screenshot(page, 'library-de');
  });
});
