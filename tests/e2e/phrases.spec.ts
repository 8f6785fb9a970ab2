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

// Issue 18: a click or Enter on a word of a saved phrase opens the phrase's card (its own meaning, its status),
// also where the phrase stands inflected; the word's own card is one button away.
test('a word inside a saved phrase opens the phrase with its own meaning and status, and the word on request', async ({ page }) => {
  await addOwnText(page, 'Der Plan der Prüfer', 'Die Prüfer nehmen den Plan unter die Lupe. Seitdem steht die Stadt unter der Lupe der Presse.');
  await waitForWords(page);
  await word(page, 'unter').first().focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('unter die Lupe');
  await glossary(page).getByRole('button', { name: 'Add your own meaning' }).click();
  await glossary(page).getByLabel('Your meaning').fill('genau prüfen');
  await glossary(page).getByLabel('Your meaning').press('Enter');
  await expect(glossary(page)).toContainText('In your vocabulary');
  await page.keyboard.press('Escape');

  // The second occurrence is inflected (der for die): a click on its noun opens the saved phrase.
  await expect(page.locator('.article-body .w.phrase')).toHaveText(['unter', 'die', 'Lupe', 'unter', 'der', 'Lupe']);
  await word(page, 'Lupe').nth(1).click();
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('unter der Lupe');
  await expect(glossary(page).getByTestId('glossary-saved-as')).toHaveText('Saved as unter die Lupe');
  await expect(glossary(page).getByTestId('glossary-own-meaning')).toHaveText('Your meaning: genau prüfen');
  const status = glossary(page).getByRole('group', { name: 'Status of this phrase' });
  // Saving a phrase made it a learning one, as for a word; the learner changes it here.
  await expect(status.getByRole('button', { name: '1', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await status.getByRole('button', { name: '3', exact: true }).click();
  await expect(status.getByRole('button', { name: '3', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'phrase-card');

  await glossary(page).getByRole('button', { name: 'Only the word “Lupe”' }).click();
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('Lupe');
  await expect(glossary(page).getByTestId('glossary-lemma')).toHaveText('Lupe');
  await expect(glossary(page).getByTestId('glossary-own-meaning')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // With the keyboard, after a reload: Enter on a word of the first occurrence opens the phrase with its status kept.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForWords(page);
  await word(page, 'die').first().focus();
  await page.keyboard.press('Enter');
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('unter die Lupe');
  await expect(glossary(page).getByTestId('glossary-saved-as')).toHaveCount(0);
  await expect(glossary(page).getByRole('group', { name: 'Status of this phrase' }).getByRole('button', { name: '3', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // A word outside any phrase still opens its own card.
  await page.keyboard.press('Escape');
  await word(page, 'Presse').click();
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('Presse');
});
