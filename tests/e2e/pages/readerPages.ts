/** Reader, own-text, vocabulary and review steps, so the specs read like what a learner does. */
import { expect, type Page } from '@playwright/test';

/** A German text written for these tests: not one of the bundled articles. */
export const OWN_TITLE = 'Neues Schwimmbad für die Stadt';
export const OWN_TEXT =
  'Die Bürgermeisterin kündigte am Montag ein neues Schwimmbad an. Das alte Haus am Markt wird abgerissen. ' +
  'Viele Häuser in der Altstadt stehen leer. Die Kinder freuen sich schon auf den Sommer.';

export async function gotoScreen(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

/** Fills in the add-a-text form and presses Add; the text may still be refused or need confirming. */
export async function submitOwnText(page: Page, title: string, text: string): Promise<void> {
  await gotoScreen(page, /Library|Bibliothek/);
  await page.getByRole('link', { name: /Add a text|Text hinzufügen/ }).click();
  await page.getByLabel(/Title|Titel/).fill(title);
  await page.getByRole('textbox', { name: /^Text$/ }).fill(text);
  await page.getByRole('button', { name: /Add to the library|Zur Bibliothek hinzufügen/ }).click();
}

/** Adds a text and waits until the reader shows it: moving on earlier would race the save on a busy machine. */
export async function addOwnText(page: Page, title: string, text: string): Promise<void> {
  await submitOwnText(page, title, text);
  await expectReaderOn(page, title);
}

export async function expectReaderOn(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title, { timeout: 30_000 });
}

/** Waits until the analysis is done and the words are interactive. */
export async function waitForWords(page: Page): Promise<void> {
  await page.locator('.article-body.tokenised').waitFor({ timeout: 30_000 });
}

export function word(page: Page, text: string) {
  return page.locator('.article-body .w').filter({ hasText: new RegExp(`^${text}$`) });
}

export function glossary(page: Page) {
  return page.getByRole('dialog');
}

export async function openWord(page: Page, text: string): Promise<void> {
  await word(page, text).first().click();
  await expect(glossary(page)).toBeVisible();
  await expect(glossary(page).getByRole('heading', { level: 2 })).toContainText(text);
}

/** Asks an IndexedDB table, the way the app stores it: its row count, or one row's `value`. */
async function askTable(page: Page, table: string, ask: { count: true } | { key: string }): Promise<unknown> {
  return page.evaluate(
    ({ name, q }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('lesestoff');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction(name).objectStore(name);
          const req = 'key' in q ? store.get(q.key) : store.count();
          req.onsuccess = () => {
            resolve('key' in q ? (req.result as { value?: unknown } | undefined)?.value : req.result);
            open.result.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    { name: table, q: ask },
  );
}

export async function countRows(page: Page, table: string): Promise<number> {
  return (await askTable(page, table, { count: true })) as number;
}

/** A stored setting's value: a test waits for it before a reload, as the UI shows a choice before its save ends. */
export async function storedSetting(page: Page, key: string): Promise<unknown> {
  return askTable(page, 'settings', { key });
}

export async function switchUiLanguage(page: Page, lang: 'en' | 'de'): Promise<void> {
  await gotoScreen(page, /Settings|Einstellungen/);
  await page.locator('#ui-language').selectOption(lang);
}
