/** EPUB import (issue 18): a book's chapters become texts of the library; a DRM-protected book is refused clearly. */
import { expect, test } from './fixtures';
import { makeEpub } from '../fixtures/makeEpub';
import { gotoScreen } from './pages/readerPages';

test('an EPUB with two chapters becomes two texts in the library; a DRM-protected one adds nothing and says why', async ({ page }) => {
  await gotoScreen(page, /Library/);
  await page.getByRole('link', { name: 'Add a text' }).click();
  const drm = makeEpub({ 'META-INF/encryption.xml': '<encryption><EncryptedData><EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></EncryptedData></encryption>' });
  await page.getByTestId('file-input').setInputFiles({ name: 'geschützt.epub', mimeType: 'application/epub+zip', buffer: Buffer.from(drm) });
  await expect(page.locator('form').getByRole('alert')).toContainText('“geschützt.epub” is protected by DRM');

  await page.getByTestId('file-input').setInputFiles({ name: 'see.epub', mimeType: 'application/epub+zip', buffer: Buffer.from(makeEpub()) });
  await expect(page).toHaveURL(/#\/library/);
  const cards = page.locator('.article-card');
  await expect(cards.filter({ hasText: 'Der Frühling' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Der Sommer' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'geschützt' })).toHaveCount(0);
  await cards.filter({ hasText: 'Der Sommer' }).locator('a.article-link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Der Sommer');
  await expect(page.locator('.article-body')).toContainText('Im Sommer schwimmen die Kinder');
  await expect(page.locator('.article-body')).not.toContainText('alert');
});
