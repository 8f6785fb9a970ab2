import { expect, screenshot, test } from './fixtures';
import { openArticle } from './pages/appPages';
import { addOwnText, countRows, glossary, OWN_TEXT, OWN_TITLE, openWord, switchUiLanguage, waitForWords, word } from './pages/readerPages';

test.describe('reader', () => {
  test('in a bundled article every word opens the glossary by mouse and by keyboard', async ({ page }) => {
    await openArticle(page, /Plötzlich ziemlich beste Freunde/);
    await waitForWords(page);
    const words = page.locator('.article-body .w');
    expect(await words.count()).toBeGreaterThan(200);

    // Mouse: the popover names the word as written and a lemma, and never covers the word.
    const clicked = words.nth(5);
    const written = (await clicked.textContent())!;
    await clicked.click();
    await expect(glossary(page).getByRole('heading', { level: 2 })).toContainText(written);
    await expect(page.getByTestId('glossary-lemma')).not.toBeEmpty();
    const w = (await clicked.boundingBox())!;
    const g = (await glossary(page).boundingBox())!;
    expect(g.y >= w.y + w.height || g.y + g.height <= w.y).toBe(true);
    expect(g.y + g.height).toBeLessThanOrEqual(860);
    await screenshot(page, 'reader-popover');

    // Esc closes and gives focus back to the word.
    await page.keyboard.press('Escape');
    await expect(glossary(page)).toBeHidden();
    await expect(clicked).toBeFocused();

    // Keyboard: arrows move word by word, Enter opens.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const third = words.nth(7);
    await expect(third).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(glossary(page).getByRole('heading', { level: 2 })).toContainText((await third.textContent())!);
    await expect(glossary(page)).toBeFocused();
    expect(await countRows(page, 'lookups')).toBe(2);
  });

  test('a status set on one form shows on every form of the lemma, and survives a reload', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await expect(word(page, 'Häuser')).toHaveClass(/st-new/);
    await openWord(page, 'Haus');
    await page.keyboard.press('2');
    await expect(glossary(page).getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await expect(word(page, 'Häuser')).toHaveClass(/st-2/);
    await page.keyboard.press('Escape');

    // Number keys work on a focused word without the popover too.
    await word(page, 'Kinder').focus();
    await page.keyboard.press('k');
    await expect(word(page, 'Kinder')).toHaveClass(/st-known/);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await waitForWords(page);
    await expect(word(page, 'Haus')).toHaveClass(/st-2/);
    await expect(word(page, 'Häuser')).toHaveClass(/st-2/);
    await expect(word(page, 'Kinder')).toHaveClass(/st-known/);
  });

  test('mark the rest as known, with undo; the library counts unknown words per text', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Haus');
    await page.keyboard.press('3');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Mark the rest as known' }).click();
    await expect(page.locator('.article-body .w.st-new')).toHaveCount(0);
    await expect(word(page, 'Häuser')).toHaveClass(/st-3/);
    await expect(page.locator('.article-meta')).toContainText('1 unknown word');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.article-body .w.st-new').first()).toBeVisible();
    await page.getByRole('button', { name: 'Mark the rest as known' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
    await expect(page.locator('.article-card').filter({ hasText: OWN_TITLE }).getByTestId('unknown-count')).toHaveText('1 unknown word');
    await expect(page.locator('.article-card').first().getByTestId('unknown-count')).toHaveText(/\d+ unknown words/);
  });

  test('selecting several words looks up the phrase', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await word(page, 'freuen').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Enter');
    await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('freuen sich');
    await expect(word(page, 'sich')).toHaveClass(/\bsel\b/);
  });

  test("the glossary card gives a separable verb's and a compound's senses, and each part of the compound its own", async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'kündigte');
    await expect(page.getByTestId('glossary-lemma')).toHaveText('ankündigen');
    await expect(page.getByTestId('glossary-senses')).toContainText('ankündigen');
    await page.keyboard.press('Escape');

    await openWord(page, 'Schwimmbad');
    await expect(page.getByTestId('glossary-senses')).toContainText('pool');
    const parts = glossary(page).locator('.glossary-parts li');
    await expect(parts).toHaveCount(2);
    await expect(parts.nth(1)).toContainText('Bad');
    for (const part of await parts.all()) await expect(part).not.toContainText('not in the glossary');
  });

  test('the reader with an open popover in German', async ({ page }) => {
    await switchUiLanguage(page, 'de');
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Bürgermeisterin');
    await expect(glossary(page)).toContainText('Nomen');
    await screenshot(page, 'reader-popover-de');
  });
});
