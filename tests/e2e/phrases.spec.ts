import { expect, screenshot, test } from './fixtures';
import { addOwnText, glossary, OWN_TEXT, OWN_TITLE, waitForWords, word } from './pages/readerPages';

// Issue 18: a phrase saved from a keyboard selection is marked wherever it recurs, after a reload and in another text.
test('a saved phrase is highlighted on reload and in a second text, across a line break', async ({ page }) => {
  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  await expect(page.locator('.article-body .w.phrase')).toHaveCount(0);
  await word(page, 'am').nth(1).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('am Markt');
  await page.keyboard.press('s');
  await expect(glossary(page)).toContainText('In your vocabulary');
  await page.keyboard.press('Escape');

  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForWords(page);
  await expect(page.locator('.article-body .w.phrase')).toHaveText(['am', 'Markt']);

  await addOwnText(page, 'Ein zweiter Text', 'Der Markt ist heute klein. Wir treffen uns am\nMarkt um acht.');
  await waitForWords(page);
  await expect(page.locator('.article-body .w.phrase')).toHaveText(['am', 'Markt']);
  await expect(page.locator('.article-body .w.phrase').first()).toHaveAttribute('aria-description', 'part of a phrase you saved');
  // The lone `Markt` at the start is no phrase.
  await expect(word(page, 'Markt').first()).not.toHaveClass(/\bphrase\b/);
  await screenshot(page, 'saved-phrase');
});
