/**
 * Never blank, never silent (issue 20): a full disk, a database that cannot open, a broken record and a
 * database upgraded elsewhere each show the learner what happened and a way out.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { seriousViolations } from './pages/axe';
import { openArticleQuiz, playQuiz, QUIZ_TEXT, QUIZ_TITLE, startQuiz } from './pages/quizPages';
import { addOwnText, countRows, glossary, gotoScreen, openWord, OWN_TEXT, OWN_TITLE, switchUiLanguage, waitForWords } from './pages/readerPages';
import { useSystemTheme } from './pages/screens';

/** From now on every IndexedDB write throws what Chromium throws on a full disk, until `freeDisk`. */
async function fillDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { diskFull?: boolean };
    w.diskFull = true;
    for (const method of ['put', 'add', 'delete'] as const) {
      const original = IDBObjectStore.prototype[method] as (...args: unknown[]) => IDBRequest;
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (w.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      } as never;
    }
  });
}

async function freeDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { diskFull?: boolean }).diskFull = false;
  });
}

const saveErrors = (page: Page) => page.getByTestId('save-errors');

/** Error screens are screens too (issue 9): no serious axe violations in either theme. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    await useSystemTheme(page, theme);
    expect(await seriousViolations(page), `${what}, ${theme}`).toEqual([]);
  }
}

test('on a full disk "Save to vocabulary" says the word was not saved, shows nothing as saved, and Retry saves it later', async ({ page }) => {
  await addOwnText(page, OWN_TITLE, OWN_TEXT);
  await waitForWords(page);
  await openWord(page, 'Schwimmbad');
  await fillDisk(page);
  await glossary(page).getByRole('button', { name: 'Save to vocabulary' }).click();

  await expect(saveErrors(page)).toContainText('A word was not saved to your vocabulary.');
  await expect(saveErrors(page)).toContainText('The disk is full');
  await expect(glossary(page)).not.toContainText('In your vocabulary');
  expect(await countRows(page, 'vocabulary')).toBe(0);
  // Saving a word would mark it as learning; a word that was not saved keeps its status.
  expect(await countRows(page, 'wordStatus')).toBe(0);
  await screenshot(page, 'save-error');
  await expectAccessible(page, 'save alert');

  await freeDisk(page);
  await saveErrors(page).getByRole('button', { name: 'Retry' }).click();
  await expect(glossary(page)).toContainText('In your vocabulary');
  await expect(saveErrors(page)).toBeEmpty();
  expect(await countRows(page, 'vocabulary')).toBe(1);
});

test('a quiz result that cannot be saved is shown as not saved with Retry, and is stored once on Retry', async ({ page }) => {
  await addOwnText(page, QUIZ_TITLE, QUIZ_TEXT);
  await gotoScreen(page, /Library/);
  await openArticleQuiz(page, QUIZ_TITLE);
  await startQuiz(page);
  await fillDisk(page);
  await playQuiz(page, () => ({ key: '1' }));

  const state = page.getByTestId('attempt-save-state');
  await expect(state).toHaveAttribute('data-state', 'failed');
  await expect(state).toContainText('Your result was not saved.');
  await expect(page.getByText('Result saved.')).toHaveCount(0);
  expect(await countRows(page, 'quizAttempts')).toBe(0);

  await freeDisk(page);
  await state.getByRole('button', { name: 'Retry saving' }).click();
  await expect(state).toHaveAttribute('data-state', 'saved');
  await expect(state).toContainText('Result saved.');
  await expect(saveErrors(page)).toBeEmpty();
  expect(await countRows(page, 'quizAttempts')).toBe(1);
});

test('when IndexedDB cannot open, a startup screen in the UI language says so with Try again, not a blank page', async ({ page }) => {
  await switchUiLanguage(page, 'de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // What a second instance or a private window gets: the browser refuses to open the database.
  await page.context().addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
  });
  await page.reload();

  await expect(page.getByRole('heading', { name: 'Lesestoff konnte nicht starten' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Schließe andere Lesestoff-Fenster');
  await expect(page.getByRole('alert')).toContainText('Internal error opening backing store');
  await expect(page.getByRole('button', { name: 'Erneut versuchen' })).toBeFocused();
  // The data cannot be read, so no backup is offered; the report can still be copied.
  await expect(page.getByRole('button', { name: 'Sicherung exportieren' })).toHaveCount(0);
  await page.getByText('Bericht anzeigen').click();
  await expect(page.getByRole('textbox', { name: 'Bericht' })).toHaveValue(/UnknownError: Internal error opening backing store/);
  await screenshot(page, 'startup-error');
  await expectAccessible(page, 'startup screen');
});

test('a broken record takes down only its screen: the fallback says so, the rest of the app works, and a backup can be saved', async ({ page }) => {
  // A stored article whose title is not text (a damaged row): React cannot render it.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesestoff');
        open.onsuccess = () => {
          const tx = open.result.transaction('articles', 'readwrite');
          tx.objectStore('articles').put({ id: 'user:broken', origin: 'user', text: 'Ein Text.', title: { damaged: true }, date: null, outlet: null, wordCount: 2, readingMinutes: 1, contentHash: 'x', addedAt: 1, updatedAt: 1 });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.evaluate(() => (window.location.hash = '#/read/user%3Abroken'));

  const fallback = page.getByTestId('error-panel');
  await expect(fallback.getByRole('heading', { name: 'This screen could not be shown' })).toBeVisible();
  // The cause is named, whichever part of the screen first trips over the damaged title.
  await expect(fallback).toContainText(/What went wrong: \S/);
  await expect(page.getByRole('navigation')).toBeVisible();
  await screenshot(page, 'screen-error');
  await expectAccessible(page, 'screen fallback');

  const download = page.waitForEvent('download');
  await fallback.getByRole('button', { name: 'Export a backup' }).click();
  const backup = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { format: string; tables: Record<string, { id: string }[]> };
  expect(backup.format).toBe('lesestoff-backup');
  expect(backup.tables['articles']?.map((a) => a.id)).toContain('user:broken');

  // Another screen works, and coming back to the broken one shows the fallback again, not a blank window.
  await gotoScreen(page, /Settings/);
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(fallback).toHaveCount(0);
  await page.goBack();
  await expect(fallback.getByRole('link', { name: 'Back to the library' })).toBeVisible();
});

test('when another window upgrades the database, this one says so with Reload instead of failing later', async ({ page }) => {
  // Another connection asks for a newer version, as a newer Lesestoff in another tab would.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lesestoff', 1000);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const banner = page.getByTestId('changed-elsewhere');
  await expect(banner).toContainText('Lesestoff was updated in another window. Reload this one to go on with the new version.');
  await screenshot(page, 'changed-elsewhere');
  await expectAccessible(page, 'changed-elsewhere banner');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await page.waitForSelector('body[data-ready="true"]');
  await expect(page.locator('.article-card').first()).toBeVisible();
});
