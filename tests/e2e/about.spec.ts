/** The About screen credits the app's licence, the bundled data, the articles' outlets and the libraries (issue 9). */
import { expect, screenshot, test } from './fixtures';
import { openNav, setUiLanguage } from './pages/screens';

test.describe('about', () => {
  test('names the version, the GPL, every bundled data set with its licence and the outlets of the articles', async ({ page }) => {
    await openNav(page, '#/about');
    const about = page.locator('section.about');
    await expect(about.getByRole('heading', { level: 1 })).toHaveText('About Lesestoff');
    await expect(about).toContainText(/Version \d+\.\d+\.\d+/);
    await expect(about).toContainText('GPL-3.0-or-later');
    for (const [data, licence] of [
      ['Ding', 'GPL-2+'],
      ['FreeDict deu-tur', 'GPL-2+'],
      ['FreeDict deu-rus', 'CC-BY-SA-3.0'],
      ['german-pos-dict', 'CC-BY-SA-4.0'],
    ]) {
      await expect(about.getByRole('row').filter({ hasText: data! })).toContainText(licence!);
    }
    await expect(about).toContainText('LanguageTool');
    await expect(about).toContainText('RosaeNLG');
    const outlets = about.locator('section[aria-labelledby="about-articles"] tbody tr');
    await expect(outlets).toHaveCount(5);
    await expect(outlets.filter({ hasText: 'Reuters' })).toHaveCount(1);
    await expect(about.getByRole('row').filter({ hasText: 'dompurify' })).toContainText('(MPL-2.0 OR Apache-2.0)');
    await screenshot(page, 'about');
    await page.locator('#about-articles').scrollIntoViewIfNeeded();
    await screenshot(page, 'about-articles');
  });

  test('reads in German when the interface is German', async ({ page }) => {
    await setUiLanguage(page, 'de');
    await openNav(page, '#/about');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über Lesestoff');
    await expect(page.locator('section.about')).toContainText('Mitgelieferte Daten');
    await expect(page.locator('section.about')).toContainText('Quelle unbekannt');
  });
});
