import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { addOwnText, glossary, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, switchUiLanguage, waitForWords, word } from './pages/readerPages';

// Issue 18: a learner's own meaning is typed in the popover with the keyboard, kept, shown first and exported.
test('an own meaning typed in the popover is shown first after a reload and is in both exports', async ({ page }) => {
  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  await openWord(page, 'Schwimmbad');
  await expect(glossary(page).getByTestId('glossary-own-meaning')).toHaveCount(0);
  await glossary(page).getByRole('button', { name: 'Add your own meaning' }).press('Enter');
  await expect(glossary(page).getByLabel('Your meaning')).toBeFocused();
  await page.keyboard.type('der alte Kern der Stadt');
  await page.keyboard.press('Enter');
  await expect(glossary(page)).toContainText('In your vocabulary');
  await page.keyboard.press('Escape');

  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await waitForWords(page);
  await word(page, 'Schwimmbad').first().click();
  const own = glossary(page).getByTestId('glossary-own-meaning');
  await expect(own).toHaveText('Your meaning: der alte Kern der Stadt');
  // First: above the glossary's own senses.
  const ownBox = (await own.boundingBox())!;
  const sensesBox = (await glossary(page).getByTestId('glossary-senses').boundingBox())!;
  expect(ownBox.y).toBeLessThan(sensesBox.y);
  await screenshot(page, 'own-meaning');
  await page.keyboard.press('Escape');

  await gotoScreen(page, /Vocabulary/);
  await expect(page.getByTestId('vocab-list').locator('.vocab-row').filter({ hasText: 'Schwimmbad' })).toContainText('der alte Kern der Stadt');
  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csvText = readFileSync(await (await csv).path(), 'utf8');
  expect(csvText).toMatch(/Schwimmbad,.*,der alte Kern der Stadt\r\n/);
  const anki = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export for Anki' }).click();
  expect(readFileSync(await (await anki).path(), 'utf8')).toMatch(/Schwimmbad\tder alte Kern der Stadt/);
});

test('in German, an own meaning for a phrase is typed, saved and shown first at once', async ({ page }) => {
  await switchUiLanguage(page, 'de');
  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  await word(page, 'freuen').focus();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Enter');
  await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('freuen sich');
  await glossary(page).getByRole('button', { name: 'Eigene Bedeutung eingeben' }).click();
  await glossary(page).getByLabel('Deine Bedeutung').fill('sich auf etwas freuen = Vorfreude');
  await glossary(page).getByLabel('Deine Bedeutung').press('Enter');
  await expect(glossary(page).getByTestId('glossary-own-meaning')).toHaveText('Deine Bedeutung: sich auf etwas freuen = Vorfreude');
  await expect(glossary(page)).toContainText('Im Wortschatz');
});
