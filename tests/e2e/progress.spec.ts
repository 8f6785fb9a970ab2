/** Progress that motivates (issue 18): after one reading session the screen shows known words and a streak of 1. */
import { expect, screenshot, test } from './fixtures';
import { addOwnText, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, switchUiLanguage, waitForWords, word } from './pages/readerPages';

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
  await expect(page.getByRole('heading', { name: 'Dein Lernen' })).toBeVisible();
  await screenshot(page, 'progress-learning-de');
});

// Issue 18: a text is read when the learner says so at its end; it counts once a day unless read again, and its
// unknown-word share when first opened stays next to today's.
test('words read per day and a text’s unknown words then and now survive a reload, in both UI languages', async ({ page }) => {
  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  const end = page.getByRole('region', { name: 'Your progress with this text' });
  await expect(end.getByTestId('unknown-share')).toHaveText('Unknown words: 100 % when you first opened this text, 100 % now.');
  const words = Number((await end.getByText(/^Counts its \d+ words as read today\.$/).textContent())!.match(/\d+/)![0]);
  expect(words).toBeGreaterThan(20);

  await word(page, 'Schwimmbad').focus();
  await page.keyboard.press('k');
  await word(page, 'Markt').focus();
  await page.keyboard.press('k');
  await expect(end.getByTestId('unknown-share')).toHaveText(/^Unknown words: 100 % when you first opened this text, (8\d|9\d) % now\.$/);
  await end.getByRole('button', { name: 'Finished reading' }).click();
  await expect(end.getByRole('status')).toHaveText(`✓ Read today: ${words} words.`);

  // Coming back the same day counts nothing more, and the first share is kept; reading again does count.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForWords(page);
  await expect(end.getByRole('status')).toHaveText(`✓ Read today: ${words} words.`);
  await expect(end.getByRole('button', { name: 'Finished reading' })).toHaveCount(0);
  await expect(end.getByTestId('unknown-share')).toContainText('100 % when you first opened this text');
  await end.getByRole('button', { name: 'I read it again' }).click();

  await gotoScreen(page, /Progress/);
  await expect(page.getByTestId('progress-words-read')).toHaveText(String(2 * words));
  await expect(page.getByRole('img', { name: `Words read per day over the last 14 days: ${2 * words} in all.` })).toBeVisible();
  const row = page.getByTestId('text-shares').getByRole('row', { name: new RegExp(OWN_TITLE) });
  await expect(row.getByRole('cell')).toHaveText([await page.evaluate(() => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date())), '100 %', /^(8\d|9\d) %$/]);
  await screenshot(page, 'progress-reading-en');

  await switchUiLanguage(page, 'de');
  await gotoScreen(page, /Fortschritt/);
  await expect(page.getByTestId('progress-words-read')).toHaveText(String(2 * words));
  await expect(page.getByTestId('text-shares').getByRole('columnheader')).toHaveText(['Text', 'Zuerst geöffnet', 'Unbekannt damals', 'Unbekannt jetzt']);
  await expect(row.getByRole('cell').first()).toHaveText(await page.evaluate(() => new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(new Date())));
  await screenshot(page, 'progress-reading-de');
});
