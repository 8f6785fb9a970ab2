/**
 * Hostile packs through the UI (issue 20): each class of file that used to brick the app is opened
 * in the Open-a-pack screen, gets its message and stores nothing, and the library still works; what
 * an older version stored unchecked (a date in year 9999999, an id with a lone surrogate) no longer
 * blanks the library; a file over the size limit is refused before it is read; an honest pack with a
 * large manifest opens.
 */
import { strToU8 } from 'fflate';
import { writePack } from '../../src/core/packs/packFile';
import type { PackContent } from '../../src/core/packs/packSchema';
import { ZIP_LIMITS } from '../../src/core/packs/zipReader';
import { overlappingZip } from '../../scripts/hostilePacks';
import { editManifest } from '../unit/core/packs/fixtures';
import { expect, screenshot, test } from './fixtures';
import { libraryCards } from './pages/appPages';
import { storedCounts } from './pages/packPages';

const TEXT = 'Die Wahl in Musterstadt\n\nAm Sonntag wählten die Bürgerinnen und Bürger einen neuen Stadtrat. Die Beteiligung lag bei 61 Prozent.';
const pack = (over: Partial<PackContent> = {}): PackContent => ({
  id: 'wahl-musterstadt',
  version: 1,
  title: 'Wahl in Musterstadt',
  level: 'A2',
  instructions: '',
  createdAt: '2025-03-12T09:00:00.000Z',
  articles: [{ id: 'a1', title: 'Die Wahl in Musterstadt', outlet: 'Stadtblatt', date: '2025-03-10', text: TEXT }],
  notes: [],
  questions: [{ id: 'q1', type: 'true-false', prompt: 'Die Beteiligung lag bei 61 Prozent.', answer: true }],
  ...over,
});
const article = (m: Record<string, unknown>) => (m['articles'] as Record<string, unknown>[])[0] as Record<string, unknown>;
const valid = writePack(pack());

/** The former brick packs, one per class, each with the code the screen must show. */
const HOSTILE: [string, Uint8Array, string][] = [
  ['datum.lesestoff', editManifest(valid, (m) => (article(m)['date'] = '9999999-01-01')), 'invalid-manifest'],
  ['surrogat.lesestoff', editManifest(valid, (m) => (article(m)['id'] = 'a\ud800')), 'invalid-manifest'],
  ['kollision.lesestoff', editManifest(valid, (m) => (m['id'] = 'coll:y')), 'invalid-manifest'],
  ['steuerzeichen.lesestoff', editManifest(valid, (m) => (m['title'] = 'Wahl\u202e\u0000 in Musterstadt')), 'invalid-manifest'],
  ['ueberlappend.lesestoff', overlappingZip({ name: 'articles/1.txt', data: strToU8(TEXT.repeat(500)) }, ['articles/2.txt', 'articles/3.txt', 'articles/4.txt']), 'suspicious-compression'],
];

test('each former brick-pack class is refused with its message, stores nothing, and the library still works', async ({ page }) => {
  await page.getByTestId('open-pack-link').click();
  const before = await storedCounts(page);
  const error = page.getByTestId('pack-error');
  for (const [name, bytes, code] of HOSTILE) {
    await page.locator('#open-pack-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await expect(error, name).toHaveAttribute('data-code', code);
    await expect(error, name).toContainText(`“${name}” could not be opened.`);
    await expect(error, name).toContainText('Nothing in your library was changed.');
    expect(await storedCounts(page), name).toEqual(before);
  }

  // A file over the limit is refused as too large before it is read (made in the page: no 50 MB over the wire).
  await page.evaluate((size) => {
    const input = document.querySelector<HTMLInputElement>('#open-pack-file');
    if (!input) throw new Error('no file input');
    const files = new DataTransfer();
    files.items.add(new File([new Uint8Array(size)], 'riesig.lesestoff'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, ZIP_LIMITS.fileBytes + 1);
  await expect(error).toHaveAttribute('data-code', 'file-too-large');
  await expect(error).toContainText('The file is too large for a lesson pack.');

  // An honest pack whose manifest holds a long unknown field opens and is added.
  const large = editManifest(valid, (m) => (m['comment'] = 'x'.repeat(900 * 1024)));
  await page.locator('#open-pack-file').setInputFiles({ name: 'gross.lesestoff', mimeType: 'application/zip', buffer: Buffer.from(large) });
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText('Wahl in Musterstadt');
  await preview.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByTestId('pack-imported')).toBeVisible();

  await page.locator('nav a[href="#/library"]').click();
  await expect(libraryCards(page).first()).toBeVisible();
  await expect(page.getByTestId('pack-collection')).toHaveCount(1);
  await page.getByTestId('pack-collection').getByRole('link', { name: 'Die Wahl in Musterstadt' }).click();
  await expect(page.locator('main')).toContainText('Beteiligung lag bei 61 Prozent');
});

test('a pack an older version stored unchecked (date 9999999-01-01, ids with a lone surrogate) leaves the library working', async ({ page }) => {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const lone = String.fromCharCode(0xd800);
        const packId = `alt${lone}`;
        const recordId = `pack:${packId}:a${lone}`;
        const open = indexedDB.open('lesestoff');
        open.onsuccess = () => {
          // As the version-4 upgrade leaves such a record: the article, and its row in the library list.
          const tx = open.result.transaction(['articles', 'articleList', 'packs'], 'readwrite');
          const listed = { id: recordId, origin: 'pack', packId, title: 'Der alte Hafen', date: '9999999-01-01', outlet: 'Altblatt', wordCount: 6, readingMinutes: 1, contentHash: 'x', addedAt: 1, updatedAt: 1 };
          tx.objectStore('articles').put({ ...listed, text: 'Ein alter Text über den Hafen.' });
          tx.objectStore('articleList').put(listed);
          tx.objectStore('packs').put({ id: packId, packId, title: 'Altes Paket', importedAt: 1, updatedAt: 1, version: 1, level: '', instructions: '', createdAt: '2020-01-01T00:00:00.000Z', articles: [{ id: `a${lone}`, recordId }], notes: [], questions: [] });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.locator('nav a[href="#/library"]').click();
  await expect(page.getByTestId('pack-collection')).toContainText('Altes Paket');
  await expect(libraryCards(page).filter({ hasText: 'Der alte Hafen' })).toContainText('9999999-01-01');
  await expect(page.getByTestId('error-panel')).toHaveCount(0);
  await screenshot(page, 'library-old-bad-pack');
  // Its links work and lead somewhere, never to a blank window.
  await page.getByTestId('pack-collection').getByRole('link', { name: 'Der alte Hafen' }).click();
  await expect(page.locator('main')).not.toBeEmpty();
  await page.locator('nav a[href="#/library"]').click();
  await expect(libraryCards(page).first()).toBeVisible();
});
