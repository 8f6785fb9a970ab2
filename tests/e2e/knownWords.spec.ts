import { expect, screenshot, test } from './fixtures';
import { addOwnText, gotoScreen, OWN_TEXT, OWN_TITLE, waitForWords, word } from './pages/readerPages';

test('known words imported from a LingQ export are known in the reader, in every form', async ({ page }) => {
  await gotoScreen(page, /Settings/);
  await page.locator('#known-words-file').setInputFiles({ name: 'lingq.csv', mimeType: 'text/csv', buffer: Buffer.from('term,hint,status\nHaus,house,4\n"Kinder","children",4\nXqzvtr,?,1\n') });
  const preview = page.getByTestId('known-words-preview');
  await expect(preview).toContainText('3 words in the list');
  await expect(preview.getByTestId('known-words-matched')).toHaveText('2 dictionary words matched');
  await expect(preview.getByTestId('known-words-unmatched')).toContainText('1 not found: Xqzvtr');
  await preview.scrollIntoViewIfNeeded();
  await screenshot(page, 'known-words-preview');
  await preview.getByRole('button', { name: 'Mark 2 words as known' }).click();
  await expect(page.getByTestId('known-words-done')).toHaveText('2 words are now marked known.');

  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  await expect(word(page, 'Häuser')).toHaveClass(/st-known/);
  await expect(word(page, 'Haus')).toHaveClass(/st-known/);
  await expect(word(page, 'Kinder')).toHaveClass(/st-known/);
  await expect(word(page, 'Sommer')).toHaveClass(/st-new/);
});
