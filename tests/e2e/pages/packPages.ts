/** Lesson-pack steps (issue 8), so the pack spec reads like what a teacher and a student do. */
import { expect, type Download, type Page } from '@playwright/test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';

export async function turnOnTeacherMode(page: Page): Promise<void> {
  await page.locator('nav a[href="#/settings"]').click();
  await page.locator('#teacher-mode').check();
  await expect(page.locator('nav a[href="#/packs"]')).toBeVisible();
}

/** Scrolls so that `selector` is at the top of the window, for a screenshot of that part. */
export async function scrollToTop(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

/** Clicks `trigger` and returns the file the app saved, as bytes, with its suggested name. */
export async function download(page: Page, trigger: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file]: [Download, void] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Answers every question of the open pack: option `pick` (mod the number of options), or `typed` in text fields. */
export async function answerAll(page: Page, pick: number, typed: string): Promise<number> {
  await page.getByTestId('start-questions').click();
  let asked = 0;
  while (!(await page.getByTestId('pack-finished').isVisible())) {
    const runner = page.getByTestId('question-runner');
    await expect(runner.getByTestId('question-prompt')).toBeVisible();
    const radios = runner.getByRole('radio');
    const count = await radios.count();
    if (count > 0) await radios.nth(pick % count).check();
    else await runner.getByRole('textbox').fill(typed);
    await runner.getByTestId('submit-answer').click();
    await runner.getByTestId('next-question').click();
    asked++;
  }
  return asked;
}

/** A results file changed by hand after the app wrote it: its checksum no longer matches. */
export function editResults(bytes: Uint8Array, change: (manifest: Record<string, unknown>) => void): Buffer {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
  change(manifest);
  return Buffer.from(zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) }));
}

/** Drops a file on the page's file drop zone, as a file dragged from the desktop. */
export async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(data)], name));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  await page.getByTestId('file-drop').dispatchEvent('drop', { dataTransfer });
}

/**
 * The number of rows in every table of the app's IndexedDB: equal before and after, nothing was stored.
 * `quizCache` is left out: the app fills it in the background from the library, whatever the user does.
 */
export async function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('lesestoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames].filter((n) => n !== 'quizCache');
          const tx = db.transaction(names);
          const out: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (out[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
