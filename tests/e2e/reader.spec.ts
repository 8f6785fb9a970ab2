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

  test('mark the rest: a looked-up word becomes learning 1, the rest known, and Undo in place restores everything; the library counts unknown words per text', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Haus');
    await page.keyboard.press('3');
    await page.keyboard.press('Escape');
    // Looked up and left new: LingQ's rule makes it learning 1, not known.
    await openWord(page, 'Schwimmbad');
    await page.keyboard.press('Escape');
    const before = await page.locator('.article-body .w').evaluateAll((els) => els.map((e) => e.className));

    await page.getByRole('button', { name: 'Mark the rest as known' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText(/\d+ words become known/);
    await expect(dialog).toContainText('1 word you looked up in this text becomes learning 1.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(word(page, 'Markt')).toHaveClass(/st-new/);

    await page.getByRole('button', { name: 'Mark the rest as known' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Mark them' }).click();
    await expect(page.locator('.article-body .w.st-new')).toHaveCount(0);
    await expect(word(page, 'Schwimmbad')).toHaveClass(/st-1/);
    await expect(word(page, 'Häuser')).toHaveClass(/st-3/);
    await expect(word(page, 'Markt')).toHaveClass(/st-known/);
    await expect(page.locator('.article-meta')).toContainText('2 unknown words');
    await expect(page.locator('.reader-footer [role="status"]')).toContainText('1 looked-up word set to learning 1.');
    // Undo stays in place in the footer, not in a passing toast.
    await expect(page.locator('.undo-toast')).toHaveCount(0);
    await page.locator('.reader-footer').getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.reader-footer')).toContainText('Undone');
    await expect.poll(() => page.locator('.article-body .w').evaluateAll((els) => els.map((e) => e.className))).toEqual(before);

    await page.getByRole('button', { name: 'Mark the rest as known' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Mark them' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
    await expect(page.locator('.article-card').filter({ hasText: OWN_TITLE }).getByTestId('unknown-count')).toHaveText('2 unknown words');
    await expect(page.locator('.article-card').first().getByTestId('unknown-count')).toHaveText(/\d+ unknown words/);
  });

  test('a bundled article’s unknown words are counted alike in the library and the reader, and reach 0 in both', async ({ page }) => {
    // The library counts first (in the background), from the article's file, which opens with its title and byline.
    const card = page.locator('.article-card').filter({ hasText: /Plötzlich ziemlich beste Freunde/ });
    await expect(card.getByTestId('unknown-count')).toHaveText(/^\d+ unknown words$/, { timeout: 30_000 });
    const inLibrary = await card.getByTestId('unknown-count').innerText();
    await openArticle(page, /Plötzlich ziemlich beste Freunde/);
    await waitForWords(page);
    await expect(page.locator('.article-meta')).toContainText(inLibrary);

    await page.getByRole('button', { name: 'Mark the rest as known' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Mark them' }).click();
    await expect(page.locator('.article-meta')).toContainText('0 unknown words');
    await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
    await expect(card.getByTestId('unknown-count')).toHaveText('0 unknown words');
  });

  test('clicking from word to word, each word starts afresh in the popover, which has the keys', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Schwimmbad');
    await glossary(page).getByRole('button', { name: 'Add a note' }).click();
    await glossary(page).getByLabel('Your note').fill('im Sommer fragen');

    // The note begun for Schwimmbad is not offered for Sommer, and the popover, not the word, has the focus.
    await openWord(page, 'Sommer');
    await expect(glossary(page).getByLabel('Your note')).toHaveCount(0);
    await expect(glossary(page).getByRole('button', { name: 'Add a note' })).toBeVisible();
    await expect(glossary(page)).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('den');
    await page.keyboard.press('Escape');
    await expect(word(page, 'den')).toBeFocused();
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

  test("a derived word's card names its base and says what its ending does, not that the ending is a gap", async ({ page }) => {
    await addOwnText(page, OWN_TITLE, 'Die Verteufelung der Radfahrer hilft niemandem, sagte die Ministerin.');
    await waitForWords(page);
    await openWord(page, 'Verteufelung');
    const parts = glossary(page).locator('.glossary-parts li');
    await expect(parts).toHaveCount(2);
    await expect(parts.nth(0)).toContainText('verteufeln');
    await expect(parts.nth(1)).toContainText('-ung — an affix: it makes a new word of the other part');
  });

  test("a nominalised adjective meant as people shows both articles, and a noun's plural spelt like one is that noun", async ({ page }) => {
    await addOwnText(page, OWN_TITLE, 'Nur Private dürfen hier bauen. Die Turnerin hob beide Arme.');
    await waitForWords(page);
    await openWord(page, 'Private');
    await expect(glossary(page).locator('.glossary-lemma')).toContainText('der/die Private');
    await screenshot(page, 'reader-popover-both-articles');
    await page.keyboard.press('Escape');
    // `Arme` is also das Arme (the poor one) to the lexicon; after `beide` it is the plural of der Arm.
    await openWord(page, 'Arme');
    await expect(page.getByTestId('glossary-lemma')).toHaveText('Arm');
    await expect(glossary(page).locator('.glossary-lemma')).toContainText('der Arm');
  });

  test("a name's card says it is a name, not a gap in the glossary", async ({ page }) => {
    await addOwnText(page, OWN_TITLE, 'Gestern besuchte Ole Brandtke die Stadt. Die Bürgermeisterin kündigte ein neues Schwimmbad an.');
    await waitForWords(page);
    await openWord(page, 'Brandtke');
    await expect(page.getByTestId('glossary-no-senses')).toHaveText('A name: the glossary does not translate names.');
  });

  test('a surname one paragraph gives with its first name is a name in the next too, one unknown word in the reader and the library', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, 'Ole Kohlhasen ist Bürgermeister von Nordland.\n\nAm Montag sagte Kohlhasen nichts.');
    await waitForWords(page);
    // Alone, the second paragraph's Kohlhasen reads as the plural of der Kohlhase, another word to learn.
    await word(page, 'Kohlhasen').nth(1).click();
    await expect(page.getByTestId('glossary-lemma')).toHaveText('Kohlhasen');
    await expect(page.getByTestId('glossary')).toContainText('Dictionary form: Kohlhasenname');
    await page.keyboard.press('Escape');
    const inReader = (await page.locator('.article-meta').innerText()).match(/\d+ unknown words?/)![0];
    await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
    await expect(page.locator('.article-card').filter({ hasText: OWN_TITLE }).getByTestId('unknown-count')).toHaveText(inReader, { timeout: 30_000 });
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
