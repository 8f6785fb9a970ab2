/** Page helpers so specs read like user steps (Excalidraw's UI helpers). */
import type { Page } from '@playwright/test';

export function libraryCards(page: Page) {
  return page.locator('.article-card');
}

export async function openLibrary(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: /Library|Bibliothek/ }).click();
}

export async function openArticle(page: Page, title: RegExp | string): Promise<void> {
  await page.locator('.article-card').filter({ hasText: title }).first().locator('a.article-link').click();
}

/** Counts rows straight from IndexedDB, the way a duplicate would show up. */
export async function countStoredArticles(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('lesestoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('articles').objectStore('articles').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );
}
