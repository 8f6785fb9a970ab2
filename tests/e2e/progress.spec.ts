/** Progress that motivates (issue 18): after one reading session the screen shows known words and a streak of 1. */
import { expect, screenshot, test } from './fixtures';
import { addOwnText, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, switchUiLanguage, waitForWords } from './pages/readerPages';

test('after a session of reading, progress shows the known words, a one-day streak and the look-ups by day, in both UI languages', async ({ page }) => {
  await gotoScreen(page, /Progress/);
  await expect(page.getByTestId('progress-known')).toHaveText('0');
  await expect(page.getByTestId('progress-streak')).toHaveText('0 days');

  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  await openWord(page, 'Schwimmbad');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Mark the rest as known' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Mark them' }).click();
  await expect(page.locator('.article-body .w.st-new')).toHaveCount(0);
  const known = await page.locator('.article-body .w.st-known').evaluateAll((els) => new Set(els.map((e) => e.textContent)).size);
  expect(known).toBeGreaterThan(10);

  await gotoScreen(page, /Progress/);
  // Every word of the text but the looked-up one (learning 1) is known; lemmas can join forms, so at most that many.
  const shown = Number(await page.getByTestId('progress-known').textContent());
  expect(shown).toBeGreaterThan(10);
  expect(shown).toBeLessThanOrEqual(known);
  await expect(page.getByTestId('progress-streak')).toHaveText('1 day');
  await expect(page.getByRole('img', { name: /Look-ups per day over the last 14 days: 1 in all/ })).toBeVisible();
  // Dates on the axis: each at most once.
  const labels = await page.locator('.day-bars').first().locator('text.axis').allTextContents();
  const dates = labels.filter((l) => /\D/.test(l));
  expect(dates.length).toBeGreaterThan(1);
  expect(new Set(dates).size).toBe(dates.length);
  await screenshot(page, 'progress-learning-en');

  await switchUiLanguage(page, 'de');
  await gotoScreen(page, /Fortschritt/);
  await expect(page.getByTestId('progress-streak')).toHaveText('1 Tag');
  await expect(page.getByRole('heading', { name: 'Ihr Lernen' })).toBeVisible();
  await screenshot(page, 'progress-learning-de');
});
