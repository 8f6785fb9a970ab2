import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { addOwnText, glossary, gotoScreen, OWN_TEXT, OWN_TITLE, openWord, waitForWords, word } from './pages/readerPages';

test.describe('backup and restore', () => {
  test('a backup exported in one profile restores in a fresh one: saved word, status, review schedule and quiz history', async ({ page, openProfile }) => {
    await addOwnText(page, OWN_TITLE, OWN_TEXT);
    await waitForWords(page);
    await openWord(page, 'Schwimmbad');
    await page.keyboard.press('s');
    await expect(glossary(page)).toContainText('In your vocabulary');
    await page.keyboard.press('Escape');
    await openWord(page, 'Haus');
    await page.keyboard.press('2');
    await expect(word(page, 'Häuser')).toHaveClass(/st-2/);
    await page.keyboard.press('Escape');

    // Reviewed once: the word's next review is in the future.
    await gotoScreen(page, /Library/);
    await page.getByRole('link', { name: 'Review now' }).click();
    await expect(page.getByTestId('review-card')).toContainText('das Schwimmbad');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('review-sense')).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByRole('heading', { name: 'Done for now' })).toBeVisible();

    // A finished quiz, stored as the quiz screen stores one (quiz.spec plays whole quizzes; here only its survival counts).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('lesestoff');
          open.onsuccess = () => {
            const tx = open.result.transaction('quizAttempts', 'readwrite');
            tx.objectStore('quizAttempts').add({ articleId: 'bundled:none', storyId: null, score: 3, total: 4, finishedAt: Date.now(), kind: 'article', answers: [] });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );

    await gotoScreen(page, /Settings/);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export a backup' }).click();
    const file = await (await download).path();
    expect((await download).suggestedFilename()).toMatch(/^lesestoff-backup-\d{4}-\d{2}-\d{2}\.json$/);

    const fresh = await openProfile();
    await gotoScreen(fresh, /Settings/);
    // A file that is not a backup first: a clear message, and nothing changes.
    await fresh.locator('#restore-backup-file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"lesestoff-pack"}') });
    await expect(fresh.getByTestId('backup-error')).toContainText('This is not a Lesestoff backup');
    await expect(fresh.getByTestId('backup-error')).toContainText('Nothing was changed.');

    await fresh.locator('#restore-backup-file').setInputFiles({ name: 'lesestoff-backup.json', mimeType: 'application/json', buffer: readFileSync(file) });
    const preview = fresh.getByTestId('backup-preview');
    await expect(preview).toContainText('Made on');
    await expect(preview.getByTestId('backup-count-vocabulary')).toHaveText('1 saved word');
    await expect(preview.getByTestId('backup-count-reviewCards')).toHaveText('1 word in the review schedule');
    await expect(preview.getByTestId('backup-count-quizAttempts')).toHaveText('1 quiz result');
    await expect(preview.getByTestId('backup-count-articles')).toHaveText('1 own or pack text');
    await preview.getByRole('radio', { name: /Replace/ }).check();
    await preview.scrollIntoViewIfNeeded();
    await screenshot(fresh, 'backup-preview');
    await preview.getByRole('button', { name: 'Replace with the backup' }).click();
    await expect(fresh.getByTestId('backup-restored')).toHaveText('The backup was restored: 1 saved word.');

    await gotoScreen(fresh, /Vocabulary/);
    await expect(fresh.getByTestId('vocab-list').locator('.vocab-row').filter({ hasText: 'das Schwimmbad' })).toHaveCount(1);
    // Reviewed today, so nothing is due: the schedule came along, not just the word.
    await gotoScreen(fresh, /Review/);
    await expect(fresh.getByTestId('review-due')).toHaveText('0 cards due');
    await gotoScreen(fresh, /Progress/);
    await expect(fresh.getByTestId('progress-quizzes')).toHaveText('1');
    await gotoScreen(fresh, /Library/);
    await fresh.getByRole('link', { name: OWN_TITLE }).first().click();
    await waitForWords(fresh);
    await expect(word(fresh, 'Häuser')).toHaveClass(/st-2/);
  });
});
