/**
 * Accessibility on every screen (issue 9): axe-core in both UI languages and both themes, and a Tab walk
 * that checks each stop shows where the focus is. Screens come from pages/screens.ts.
 */
import { expect, test } from './fixtures';
import { parseRoute } from '../../src/renderer/domain/route';
import { seriousViolations } from './pages/axe';
import { allRoutes, expectPopoverPattern, focusIndicator, openFirstArticle, screens, setUiLanguage, uiLanguages, useSystemTheme } from './pages/screens';

for (const screen of screens) {
  for (const language of uiLanguages) {
    test(`${screen.name} (${language}): no serious or critical axe violations in the light and the dark theme`, async ({ page }) => {
      await setUiLanguage(page, language);
      await screen.open(page);
      expect(parseRoute(new URL(page.url()).hash).screen, 'the screen opened').toBe(screen.route);
      for (const theme of ['light', 'dark'] as const) {
        await useSystemTheme(page, theme);
        expect(await seriousViolations(page), `${screen.name}, ${language}, ${theme}`).toEqual([]);
      }
    });
  }

  test(`${screen.name}: every Tab stop shows a visible focus indicator`, async ({ page }) => {
    await screen.open(page);
    await page.locator('main').focus();
    const seen = new Set<string>();
    const missing: string[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const focus = await focusIndicator(page);
      if (!focus || seen.has(focus.element)) break; // Left the page or wrapped around.
      seen.add(focus.element);
      if (!focus.indicator) missing.push(focus.element);
    }
    expect(seen.size, 'Tab reaches something').toBeGreaterThan(0);
    expect(missing, 'focused without a visible outline or shadow').toEqual([]);

    // Fonts differ between machines: with the tightest line boxes a font can give (line-height 1) and narrow
    // glyphs, every control still offers a 24 × 24 px target (WCAG 2.5.8), so no size rests on font metrics.
    await page.addStyleTag({ content: '*, *::before, *::after { line-height: 1 !important; letter-spacing: -0.06em !important; }' });
    expect(await seriousViolations(page, ['target-size']), `${screen.name} with compact font metrics`).toEqual([]);
  });
}

test('every route of the app is among the checked screens', () => {
  expect(allRoutes.filter((route) => !screens.some((s) => s.route === route))).toEqual([]);
});

for (const language of uiLanguages) {
  test(`the glossary popover is a non-modal dialog, opened by keyboard or mouse (${language})`, async ({ page }) => {
    await setUiLanguage(page, language);
    await openFirstArticle(page);
    await page.locator('.article-body.tokenised').waitFor({ timeout: 30_000 });
    const words = page.locator('.article-body .w');
    const popover = page.getByRole('dialog');

    const byKeyboard = words.nth(3);
    await byKeyboard.focus();
    await page.keyboard.press('Enter');
    await expectPopoverPattern(page, popover, byKeyboard, (await byKeyboard.textContent())!.trim());

    // Opened with the mouse; Escape still works after Tab moved focus onto a control inside the dialog.
    const byMouse = words.nth(7);
    await byMouse.click();
    await expect(popover).toBeVisible();
    await page.keyboard.press('Tab');
    expect(await popover.evaluate((el) => el.contains(document.activeElement) && el !== document.activeElement), 'Tab moves to a control in the dialog').toBe(true);
    await expectPopoverPattern(page, popover, byMouse, (await byMouse.textContent())!.trim());
  });
}
