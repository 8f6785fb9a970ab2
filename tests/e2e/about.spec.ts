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
    // Each bundled article is credited with the outlet the library names for it (or that the text names none).
    await openNav(page, '#/library');
    const cards = page.locator('.article-card');
    // The library lists its articles once its query has answered: `all()` does not wait (0 cards on a busy machine).
    await expect(cards.first()).toBeVisible();
    const library: { title: string; outlet: string }[] = [];
    for (const card of await cards.all())
      library.push({ title: (await card.locator('.article-title').innerText()).trim(), outlet: (await card.locator('.outlet').innerText()).trim() });
    expect(library.length).toBeGreaterThan(0);
    await openNav(page, '#/about');
    const outlets = about.locator('section[aria-labelledby="about-articles"] tbody tr');
    await expect(outlets).toHaveCount(library.length);
    await expect(about.locator('section[aria-labelledby="about-articles"]')).toContainText(`${library.length} bundled article`);
    for (const { title, outlet } of library) {
      const row = outlets.filter({ has: page.locator('td', { hasText: title.replace(/…$/, '') }) });
      await expect(row).toHaveCount(1);
      await expect(row.locator('th')).toHaveText(outlet === 'Outlet not named' ? 'Not named in the text' : outlet);
    }
    await expect(about.getByRole('row').filter({ hasText: 'dexie-react-hooks' })).toContainText('Apache-2.0');
    await screenshot(page, 'about');
    await page.locator('#about-articles').scrollIntoViewIfNeeded();
    await screenshot(page, 'about-articles');
  });

  test('reads in German when the interface is German', async ({ page }) => {
    await setUiLanguage(page, 'de');
    await openNav(page, '#/about');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Über Lesestoff');
    await expect(page.locator('section.about')).toContainText('Mitgelieferte Daten');
    await expect(page.locator('section.about')).toContainText('Nachrichtenartikel');
    await expect(page.locator('section.about')).toContainText('Lizenz');
  });
});
