/**
 * Every screen of the app, as the accessibility, focus and language checks open it (issue 9).
 * A new screen adds one row here and is then checked with axe in both UI languages and both themes,
 * and tabbed through for visible focus. `open` starts from any screen, uses no text (works in both
 * languages) and resolves once the screen is ready to be checked.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { writePack } from '../../../src/core/packs';
import type { Route } from '../../../src/renderer/domain/route';
import { OWN_TEXT, OWN_TITLE } from './readerPages';

export interface Screen {
  name: string;
  /** The route the screen ends on (checked): every route of route.ts has a row, see `allRoutes`. */
  route: Route['screen'];
  open: (page: Page) => Promise<void>;
}

/** Every route of the app. Typed as a record, so a route added to route.ts and not here fails the typecheck. */
const routeTable: Record<Route['screen'], true> = {
  library: true, reader: true, settings: true, about: true, vocabulary: true, review: true, addText: true, quiz: true,
  compare: true, progress: true, packs: true, packEditor: true, classOverview: true, pack: true, notFound: true,
};
export const allRoutes = Object.keys(routeTable) as Route['screen'][];

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
  { name: 'library', route: 'library', open: (page) => openNav(page, '#/library') },
  { name: 'reader', route: 'reader', open: openFirstArticle },
  // The popover after saving: everything it shows unsaved, plus the saved mark (one screen, to keep the run short).
  { name: 'reader with glossary (word saved)', route: 'reader', open: openSavedGlossary },
  { name: 'reader showing quiz evidence', route: 'reader', open: openQuizEvidence },
  { name: 'add text', route: 'addText', open: openAddText },
  { name: 'vocabulary', route: 'vocabulary', open: (page) => openNav(page, '#/vocabulary') },
  { name: 'vocabulary with a word', route: 'vocabulary', open: async (page) => (await openSavedGlossary(page), openNav(page, '#/vocabulary')) },
  { name: 'review', route: 'review', open: (page) => openNav(page, '#/review') },
  { name: 'review with the answer shown', route: 'review', open: openReviewAnswer },
  { name: 'quiz question', route: 'quiz', open: openQuizQuestion },
  { name: 'quiz answered', route: 'quiz', open: openQuizAnswered },
  { name: 'quiz result', route: 'quiz', open: openQuizResult },
  { name: 'compare outlets', route: 'compare', open: openCompareOutlets },
  { name: 'progress', route: 'progress', open: (page) => openNav(page, '#/progress') },
  { name: 'settings', route: 'settings', open: (page) => openNav(page, '#/settings') },
  { name: 'lesson packs', route: 'packs', open: openPacks },
  { name: 'pack editor', route: 'packEditor', open: openPackEditor },
  {
    name: 'class overview',
    route: 'classOverview',
    open: async (page) => {
      await openPackEditor(page);
      await page.locator('main a[href^="#/packs/overview/"]').click();
      await expect(page.locator('#results-files')).toBeAttached();
    },
  },
  { name: 'student pack view', route: 'pack', open: openStudentPack },
  {
    name: 'student pack question',
    route: 'pack',
    open: async (page) => {
      await openStudentPack(page);
      await page.getByTestId('start-questions').click();
      await expect(page.getByTestId('question-prompt')).toBeVisible();
    },
  },
  { name: 'about', route: 'about', open: (page) => openNav(page, '#/about') },
  {
    name: 'unknown address',
    route: 'notFound',
    open: async (page) => {
      await page.evaluate(() => (window.location.hash = '#/no/such/screen'));
      await expect(page.locator('main a[href="#/library"]')).toBeVisible();
    },
  },
];

/** The glossary popover after saving its word with the keyboard: the saved mark shows. */
export async function openSavedGlossary(page: Page): Promise<void> {
  await openGlossary(page);
  await page.keyboard.press('s');
  await expect(page.getByRole('dialog').locator('.saved-mark')).toBeVisible();
}

/** A quiz question answered (option 1): the feedback and the right/wrong marks show. */
export async function openQuizAnswered(page: Page): Promise<void> {
  await openQuizQuestion(page);
  await page.keyboard.press('1');
  await expect(page.getByTestId('quiz-feedback')).toBeVisible();
}

/** "Show in text" from an answered question: the reader with the evidence highlighted and a way back. */
export async function openQuizEvidence(page: Page): Promise<void> {
  await openQuizAnswered(page);
  await page.locator('.quiz-show-in-text').first().click();
  await expect(page.getByTestId('evidence-banner')).toBeVisible({ timeout: 30_000 });
}

/** A saved word is due at once: the review card with its answer and the grade buttons. */
export async function openReviewAnswer(page: Page): Promise<void> {
  await openSavedGlossary(page);
  await page.keyboard.press('Escape');
  await openNav(page, '#/review');
  await page.locator('.review-show').click();
  await expect(page.locator('.review-grades')).toBeVisible();
}

/** A lesson pack, written the way the app writes one, about a text made for the tests (not a bundled article). */
export function examplePack(): Buffer {
  return Buffer.from(
    writePack({
      id: 'a11y-pack',
      version: 1,
      title: 'Schwimmbad',
      level: 'A2',
      instructions: 'Lies den Text und beantworte die Frage.',
      createdAt: '2024-06-20T08:00:00.000Z',
      notes: [],
      questions: [{ id: 'q1', type: 'multiple-choice', prompt: 'Was baut die Stadt?', options: ['Ein Schwimmbad', 'Eine Schule'], answer: 'Ein Schwimmbad' }],
      articles: [{ id: 'a1', title: OWN_TITLE, outlet: null, date: null, text: OWN_TEXT }],
    }),
  );
}

/** A student opens a pack file, adds it to the library and starts working through it. */
export async function openStudentPack(page: Page): Promise<void> {
  await openNav(page, '#/library');
  await page.getByTestId('open-pack-link').click();
  await page.locator('#open-pack-file').setInputFiles({ name: 'Schwimmbad.lesestoff', mimeType: 'application/zip', buffer: examplePack() });
  await page.getByTestId('pack-preview').locator('.button-row button').first().click();
  await expect(page.getByTestId('pack-imported')).toBeVisible();
  await openNav(page, '#/library');
  await page.getByTestId('pack-collection').locator('a.button-link[href^="#/pack/"]').click();
  await expect(page.getByTestId('start-questions')).toBeVisible();
}

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
 * A popover (the glossary) follows the WAI-ARIA non-modal dialog or tooltip pattern. Dialog: that role, not
 * aria-modal, named by a visible element (aria-labelledby) that shows `name`, focus inside it once open;
 * tooltip: the trigger is described by it. Both: Escape closes it and focus is back on the trigger.
 */
export async function expectPopoverPattern(page: Page, popover: Locator, trigger: Locator, name: string): Promise<void> {
  await expect(popover).toBeVisible();
  const role = await popover.getAttribute('role');
  expect(['dialog', 'tooltip'], `popover role ${role}`).toContain(role);
  if (role === 'dialog') {
    await expect(popover).not.toHaveAttribute('aria-modal', 'true');
    const labelledBy = await popover.getAttribute('aria-labelledby');
    expect(labelledBy, 'the dialog is named by aria-labelledby').toBeTruthy();
    const label = popover.locator(`[id="${labelledBy}"]`);
    await expect(label).toBeVisible();
    await expect(label).toContainText(name);
    await expect(popover).toHaveAccessibleName((await label.textContent())!.trim());
    expect(await popover.evaluate((el) => el.contains(document.activeElement)), 'focus moved into the dialog').toBe(true);
  } else {
    const id = await popover.getAttribute('id');
    await expect(trigger).toHaveAttribute('aria-describedby', new RegExp(`\\b${id}\\b`));
  }
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(trigger).toBeFocused();
}
