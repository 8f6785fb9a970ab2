import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { libraryCards } from './pages/appPages';
import { addOwnText, countRows, glossary, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, waitForWords, word } from './pages/readerPages';

/** The form's own notices (the shell has an alert region of its own for failed saves). */
const notice = (page: Page) => page.locator('form').getByRole('alert');

test.describe('own texts', () => {
  test('a pasted text opens in the reader with lemma, gender, plural and senses', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(OWN_TITLE);
    await waitForWords(page);

    await openWord(page, 'Schwimmbad');
    await expect(page.getByTestId('glossary-lemma')).toHaveText('Schwimmbad');
    await expect(glossary(page)).toContainText('das');
    await expect(page.getByTestId('glossary-grammar')).toContainText('Schwimmbäder');
    await expect(page.getByTestId('glossary-senses')).toContainText('swimming pool');
    await expect(glossary(page)).toContainText('Die Bürgermeisterin kündigte am Montag ein neues Schwimmbad an.');
  });

  test("a compound's first part says what it means in compounds, its head what it means alone", async ({ page }) => {
    await addOwnText(page, OWN_TITLE, 'Der Bürgermeister traf am Montag seinen Hauptrivalen im Rathaus. Beide wollen die Wahl im Herbst gewinnen.');
    await waitForWords(page);
    await openWord(page, 'Hauptrivalen');
    const parts = glossary(page).getByRole('region', { name: 'Compound parts' });
    await expect(parts).toContainText('Haupt- — main');
    await expect(parts).toContainText('Rivale — rival');
    await screenshot(page, 'compound-first-part');
  });

  test('both halves of a separable verb show the joined lemma and are highlighted together', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'kündigte');
    await expect(page.getByTestId('glossary-lemma')).toHaveText('ankündigen');
    await expect(glossary(page).getByRole('heading', { level: 2 })).toHaveText('kündigte … an');
    await expect(word(page, 'kündigte')).toHaveClass(/\bsel\b/);
    await expect(word(page, 'an')).toHaveClass(/\bsel\b/);
    await page.keyboard.press('Escape');
    await word(page, 'an').click();
    await expect(page.getByTestId('glossary-lemma')).toHaveText('ankündigen');
  });

  test('an empty text is refused, a non-German one needs confirming, an oversized one is refused', async ({ page }) => {
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await expect(notice(page)).toContainText('There is no text to add yet');

    await page.getByRole('textbox', { name: /^Text$/ }).fill('The mayor announced a new swimming pool on Monday. Children are looking forward to the summer.');
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await expect(notice(page)).toContainText('does not look like German');
    await page.getByRole('button', { name: 'Add anyway' }).click();
    await waitForWords(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('The mayor announced');

    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    await page.getByRole('textbox', { name: /^Text$/ }).fill('Das ist ein langer Satz. '.repeat(45_000));
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await expect(notice(page)).toContainText('texts up to 1 MB');
  });

  test('a 5 MB paste is refused as too large at once, and a deeply nested HTML file is read in the worker', async ({ page }) => {
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    const box = page.getByRole('textbox', { name: /^Text$/ });
    await box.evaluate((el, chars) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Das ist ein Satz. '.repeat(Math.ceil(chars / 18)));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 5_000_000);
    await expect(notice(page)).toContainText('texts up to 1 MB');
    await expect(notice(page)).not.toContainText('German');
    await expect(box).toHaveValue('');

    const html = `${'<div><span>'.repeat(50_000)}<p>Am Wochenende fahren wir an den See.</p>${'</span></div>'.repeat(50_000)}`;
    await page.getByTestId('file-input').setInputFiles({ name: 'tief.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    await expect(box).toHaveValue('Am Wochenende fahren wir an den See.');
    await expect(page.getByText('7 words')).toBeVisible();
  });

  test('a pasted run of 400,000 combining marks is cut before it can hang the page, and the text reads', async ({ page }) => {
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    const box = page.getByRole('textbox', { name: /^Text$/ });
    await box.evaluate((el, marks) => {
      const data = new DataTransfer();
      data.setData('text/plain', `Wir gehen heute ins B${'\u0301'.repeat(marks)}ad. Das Wasser ist warm.`);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 400_000);
    await expect(box).toHaveValue(/^Wir gehen heute ins B\u0301{1,8}ad\. Das Wasser ist warm\.$/);
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await waitForWords(page);
    await expect(word(page, 'Wasser')).toBeVisible();
  });

  test('after pasting 20,000 lines of em-spaces the box stays editable and the word count follows', async ({ page }) => {
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    const box = page.getByRole('textbox', { name: /^Text$/ });
    await box.focus();
    await box.evaluate((el, lines) => {
      const data = new DataTransfer();
      data.setData('text/plain', `Das Wasser ist kalt.\n${'\u2003'.repeat(10).concat('\n').repeat(lines)}`);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, 20_000);
    await expect(page.getByText('4 words')).toBeVisible();
    await box.pressSequentially(' Heute scheint die Sonne');
    await expect(page.getByText('8 words')).toBeVisible();
  });

  test('an HTML file is sanitised down to its text', async ({ page }) => {
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    const html =
      '<html><head><title>Ein Tag am See</title><style>p{color:red}</style><script>document.title="x"</script></head>' +
      '<body><h1>Ein Tag am See</h1><p>Am Wochenende fahren wir an den <b>See</b>.</p><img src=x onerror="alert(1)"><p>Das Wasser ist kalt.</p></body></html>';
    await page.getByTestId('file-input').setInputFiles({ name: 'see.html', mimeType: 'text/html', buffer: Buffer.from(html) });
    const box = page.getByRole('textbox', { name: /^Text$/ });
    await expect(box).toHaveValue(/Am Wochenende fahren wir an den See\.\n\nDas Wasser ist kalt\./);
    await expect(box).not.toHaveValue(/color|script|alert|<p>/);
    await expect(page.getByLabel(/Title/)).toHaveValue('Ein Tag am See');
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await waitForWords(page);
    await expect(word(page, 'Wasser')).toBeVisible();
  });

  test('a file of another format is refused with the formats that open and what to do instead', async ({ page }) => {
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Add a text' }).click();
    await page.getByTestId('file-input').setInputFiles({ name: 'Nordland.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await expect(notice(page)).toContainText('“Nordland.pdf” cannot be opened');
    // The hint under the button offers books too, so the refusal names them; and it says how to get the text in anyway.
    await expect(notice(page)).toContainText('.epub');
    await expect(notice(page)).toContainText('copy the text and paste it');
  });

  test('deleting an own text can be undone, and its vocabulary stays', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Schwimmbad');
    await page.keyboard.press('s');
    await expect(glossary(page)).toContainText('In your vocabulary');
    await gotoScreen(page, /Library/);
    await expect(libraryCards(page)).toHaveCount(6);
    await page.getByRole('button', { name: `Delete “${OWN_TITLE}”` }).click();
    await expect(libraryCards(page)).toHaveCount(5);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(libraryCards(page)).toHaveCount(6);
    await page.getByRole('button', { name: `Delete “${OWN_TITLE}”` }).click();
    await expect(libraryCards(page)).toHaveCount(5);
    expect(await countRows(page, 'vocabulary')).toBe(1);
  });
});
