import { expect, screenshot, test } from './fixtures';
import { addOwnText, glossary, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, switchUiLanguage, waitForWords } from './pages/readerPages';

test.describe('review', () => {
  test('a saved word is due on the home screen, is reviewed by keys, and the schedule survives a reload', async ({ page }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Schwimmbad');
    await page.keyboard.press('s');
    await expect(glossary(page)).toContainText('In your vocabulary');

    await gotoScreen(page, /Library/);
    await expect(page.getByTestId('due-count')).toHaveText(/1 card due/);
    await page.getByRole('link', { name: 'Review now' }).click();
    const card = page.getByTestId('review-card');
    await expect(card).toContainText('das Schwimmbad');
    await expect(card).toContainText('What does this word mean?');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-sense')).toContainText('pool');
    await screenshot(page, 'review');
    await page.keyboard.press('3');
    await expect(page.getByRole('heading', { name: 'Done for now' })).toBeVisible();
    // One full stop, not the abbreviation's dot and then the sentence's ("due in 10 min..").
    await expect(page.getByText(/^The next card is due in \d+ minutes?\.$/)).toBeVisible();

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await expect(page.getByTestId('review-due')).toHaveText('0 cards due');
    await gotoScreen(page, /Library/);
    await expect(page.getByTestId('due-count')).toHaveText('No vocabulary due for review.');
  });

  test('a review card in German', async ({ page }) => {
    await switchUiLanguage(page, 'de');
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Bürgermeisterin');
    await page.keyboard.press('s');
    await expect(glossary(page)).toContainText('Im Wortschatz');
    await gotoScreen(page, /Wiederholen/);
    await expect(page.getByTestId('review-card')).toContainText('die Bürgermeisterin');
    await page.getByRole('button', { name: /Antwort zeigen/ }).click();
    await expect(page.getByRole('group', { name: 'Wie gut wusstest du es?' })).toBeVisible();
    await screenshot(page, 'review-de');
  });
});
