/**
 * Every screen of the app, as the accessibility, focus and language checks open it (issue 9).
 * A new screen adds one row here and is then checked with axe in both UI languages and both themes,
 * and tabbed through for visible focus. `open` starts from any screen, uses no text (works in both
 * languages) and resolves once the screen is ready to be checked.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface Screen {
  name: string;
  open: (page: Page) => Promise<void>;
}

/** Follows the sidebar link to a route, the way a user would; hrefs do not change with the language. */
export async function openNav(page: Page, hash: string): Promise<void> {
  await page.locator(`nav a[href="${hash}"]`).click();
  await expect(page.locator('main h1').first()).toBeVisible();
}

export async function openFirstArticle(page: Page): Promise<void> {
  await openNav(page, '#/library');
  await page.locator('.article-card a').first().click();
  await expect(page.locator('article.reader h1')).toBeVisible();
}

/** Issue 7: the first article's quiz, started (no text used: the buttons are found by class). */
export async function openQuizQuestion(page: Page): Promise<void> {
  await openNav(page, '#/library');
  await page.locator('.article-card .quiz-card-link').first().click();
  await page.locator('.quiz-start .quiz-primary').click({ timeout: 30_000 });
  await expect(page.getByTestId('quiz-question')).toBeVisible();
}

export async function openQuizResult(page: Page): Promise<void> {
  await openQuizQuestion(page);
  for (let i = 0; i < 40 && !(await page.getByTestId('quiz-result').isVisible()); i++) {
    await page.keyboard.press('1');
    await expect(page.getByTestId('quiz-feedback')).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('quiz-question').or(page.getByTestId('quiz-result'))).toBeVisible();
  }
  await expect(page.getByTestId('quiz-result')).toBeVisible();
}

export async function openCompareOutlets(page: Page): Promise<void> {
  await openNav(page, '#/library');
  await page.locator('[data-testid="story-card"] a[href$="/compare"]').first().click({ timeout: 30_000 });
  await expect(page.locator('.compare-table')).toBeVisible({ timeout: 30_000 });
}

/** Issue 5: the reader with a word's glossary popover open (opened with the keyboard). */
export async function openGlossary(page: Page): Promise<void> {
  await openFirstArticle(page);
  await page.locator('.article-body.tokenised').waitFor({ timeout: 30_000 });
  await page.locator('.article-body .w').nth(3).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
}

export async function openAddText(page: Page): Promise<void> {
  await openNav(page, '#/library');
  await page.locator('main a[href="#/add"]').first().click();
  await expect(page).toHaveURL(/#\/add$/);
  await expect(page.locator('main h1').first()).toBeVisible();
}

export const screens: Screen[] = [
  { name: 'library', open: (page) => openNav(page, '#/library') },
  { name: 'reader', open: openFirstArticle },
  { name: 'reader with glossary', open: openGlossary },
  // Still to add: the reader with an open glossary popover (check it with expectPopoverPattern too), and the
  // lesson-pack screens (behind teacher mode in settings).
  { name: 'add text', open: openAddText },
  { name: 'vocabulary', open: (page) => openNav(page, '#/vocabulary') },
  { name: 'review', open: (page) => openNav(page, '#/review') },
  { name: 'quiz question', open: openQuizQuestion },
  { name: 'quiz result', open: openQuizResult },
  { name: 'compare outlets', open: openCompareOutlets },
  { name: 'progress', open: (page) => openNav(page, '#/progress') },
  { name: 'settings', open: (page) => openNav(page, '#/settings') },
  { name: 'lesson packs', open: openPacks },
  { name: 'pack editor', open: openPackEditor },
  {
    name: 'class overview',
    open: async (page) => {
      await openPackEditor(page);
      await page.locator('main a[href^="#/packs/overview/"]').click();
      await expect(page.locator('#results-files')).toBeAttached();
    },
  },
  { name: 'about', open: (page) => openNav(page, '#/about') },
];

/** Lesson packs (issue 8) with teacher mode on: drafts, "Open a pack" and opened packs. */
export async function openPacks(page: Page): Promise<void> {
  await openNav(page, '#/settings');
  await page.locator('#teacher-mode').check();
  await openNav(page, '#/packs');
}

/** A new, empty pack in the editor. */
export async function openPackEditor(page: Page): Promise<void> {
  await openPacks(page);
  await page.getByTestId('new-pack').click();
  await expect(page.locator('#pack-title-input')).toBeVisible();
}

export const uiLanguages = ['en', 'de'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Switches the interface language through the settings screen, as a user does. */
export async function setUiLanguage(page: Page, language: UiLanguage): Promise<void> {
  await openNav(page, '#/settings');
  await page.locator('#ui-language').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/** With the theme on "system" (the default), the OS colour scheme decides; emulate it. */
export async function useSystemTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Presses Tab (never the mouse) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reachable with ${max} presses of Tab`).toBeFocused({ timeout: 1 });
}

/** How the focused element shows focus: an outline or a box-shadow wider than nothing, or null. */
export async function focusIndicator(page: Page): Promise<{ element: string; indicator: string | null } | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? `outline ${style.outlineWidth} ${style.outlineStyle}` : null;
    const shadow = style.boxShadow !== 'none' ? `box-shadow ${style.boxShadow}` : null;
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
    return { element: label, indicator: outline ?? shadow };
  });
}

/**
 * A popover (the glossary) follows the WAI-ARIA non-modal dialog or tooltip pattern: it has that role and a
 * name, is not aria-modal, closes on Escape, and gives focus back to the element that opened it.
 */
export async function expectPopoverPattern(page: Page, popover: Locator, trigger: Locator): Promise<void> {
  await expect(popover).toBeVisible();
  const role = await popover.getAttribute('role');
  expect(['dialog', 'tooltip'], `popover role ${role}`).toContain(role);
  if (role === 'dialog') {
    await expect(popover).not.toHaveAttribute('aria-modal', 'true');
    expect(await popover.evaluate((el) => Boolean(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))), 'dialog has a name').toBe(true);
  } else {
    const id = await popover.getAttribute('id');
    await expect(trigger).toHaveAttribute('aria-describedby', new RegExp(`\\b${id}\\b`));
  }
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(trigger).toBeFocused();
}
