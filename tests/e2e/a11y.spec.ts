/**
 * Accessibility on every screen (issue 9): axe-core in both UI languages and both themes, and a Tab walk
 * that checks each stop shows where the focus is. Screens come from pages/screens.ts.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { focusIndicator, screens, setUiLanguage, uiLanguages, useSystemTheme } from './pages/screens';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Serious and critical violations, one readable line each (rule, impact, where). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? v.help}`));
}

for (const screen of screens) {
  for (const language of uiLanguages) {
    test(`${screen.name} (${language}): no serious or critical axe violations in the light and the dark theme`, async ({ page }) => {
      await setUiLanguage(page, language);
      await screen.open(page);
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
  });
}
