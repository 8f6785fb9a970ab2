import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { addOwnText, glossary, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, switchUiLanguage, waitForWords } from './pages/readerPages';

test.describe('vocabulary', () => {
  test('a saved word is listed with its sense and sentence; notes edit, search filters, delete undoes, exports download', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Schwimmbad');
    await glossary(page).getByRole('button', { name: 'public swimming pool', exact: true }).click();
    await glossary(page).getByRole('button', { name: 'Save to vocabulary' }).click();
    await expect(glossary(page)).toContainText('In your vocabulary');
    await page.keyboard.press('Escape');
    await openWord(page, 'Altstadt');
    await page.keyboard.press('s');
    await expect(glossary(page)).toContainText('In your vocabulary');

    await gotoScreen(page, /Vocabulary/);
    const list = page.getByTestId('vocab-list');
    await expect(list.locator('.vocab-row')).toHaveCount(2);
    const row = list.locator('.vocab-row').filter({ hasText: 'das Schwimmbad' });
    await expect(row).toContainText('public swimming pool');
    await expect(row).toContainText('Die Bürgermeisterin kündigte am Montag ein neues Schwimmbad an.');

    await page.getByRole('button', { name: 'Edit “Schwimmbad”' }).click();
    await page.getByLabel('Note').fill('im Sommer geöffnet, "draußen"');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(row).toContainText('im Sommer geöffnet');

    await page.getByRole('searchbox').fill('altst');
    await expect(list.locator('.vocab-row')).toHaveCount(1);
    await page.getByRole('searchbox').fill('');

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csvText = readFileSync(await (await csv).path(), 'utf8');
    expect(csvText).toContain('"im Sommer geöffnet, ""draußen"""');
    const anki = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export for Anki' }).click();
    const ankiText = readFileSync(await (await anki).path(), 'utf8');
    expect(ankiText).toContain('das Schwimmbad\t"public swimming pool (im Sommer geöffnet, ""draußen"")"\tDie Bürgermeisterin');
    expect(ankiText).toContain('#separator:tab');
    await screenshot(page, 'vocabulary');

    await page.getByRole('button', { name: 'Delete “Altstadt”' }).click();
    await expect(list.locator('.vocab-row')).toHaveCount(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(list.locator('.vocab-row')).toHaveCount(2);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect(page.getByTestId('vocab-list').locator('.vocab-row')).toHaveCount(2);
    await expect(page.getByTestId('vocab-list')).toContainText('im Sommer geöffnet');
  });

  test('the vocabulary screen in German, and its empty state', async ({ page }) => {
    await switchUiLanguage(page, 'de');
    await gotoScreen(page, /Wortschatz/);
    await expect(page.getByRole('heading', { name: 'Noch keine gespeicherten Wörter' })).toBeVisible();
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    for (const w of ['Schwimmbad', 'Bürgermeisterin', 'Altstadt']) {
      await openWord(page, w);
      await page.keyboard.press('s');
      await expect(glossary(page)).toContainText('Im Wortschatz');
      await page.keyboard.press('Escape');
    }
    await gotoScreen(page, /Wortschatz/);
    await expect(page.getByTestId('vocab-list').locator('.vocab-row')).toHaveCount(3);
    await screenshot(page, 'vocabulary-de');
  });
});
