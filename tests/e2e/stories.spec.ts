/** Stories and Compare outlets (issue 7): the bundled reports form one story; their facts side by side. */
import { expect, host, screenshot, test } from './fixtures';
import { addOwnText, switchUiLanguage } from './pages/readerPages';
import { answerCurrent, highlightedText, highlightInView, playQuiz, QUIZ_TEXT, QUIZ_TITLE, SAME_EVENT_TEXT, SAME_EVENT_TITLE, shownScore, startQuiz } from './pages/quizPages';

test('Compare outlets for the bundled story shows a disagreement with both outlets’ sentences, each linking to its text', async ({ page }) => {
  const story = page.getByTestId('story-card');
  await expect(story).toHaveCount(1, { timeout: 30_000 });
  await expect(story).toContainText('Story · 5 reports');
  await story.getByRole('link', { name: 'Compare outlets' }).click();

  const table = page.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader')).toHaveCount(6);
  // Columns are named by outlet where the text names one (`Seoul (Reuters) -`), and always carry the report's full title.
  const outlets = table.getByTestId('compare-outlet');
  const names = await outlets.locator('.compare-outlet').allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(['Reuters', 'taz', 'AFP']));
  // A text that names no outlet says so instead of passing its title off as one.
  const titles = await outlets.locator('.compare-title').allInnerTexts();
  names.forEach((name, i) => expect(titles[i]!.startsWith(name.replace(/ …$/, '')), name).toBe(false));
  const differ = table.locator('tbody tr[data-agree="false"]').first();
  await expect(differ.getByRole('rowheader')).toContainText('Outlets differ');
  const sentences = differ.locator('.compare-sentence');
  expect(await sentences.count()).toBeGreaterThanOrEqual(2);
  const texts = (await sentences.allInnerTexts()).map((s) => s.trim());
  expect(texts.every((s) => s.length > 20)).toBe(true);
  const wordings = new Set((await differ.locator('.compare-wording').allInnerTexts()).map((s) => s.trim()));
  expect(wordings.size).toBeGreaterThanOrEqual(2);

  // A cell leads to its sentence in the reader and back.
  const sentence = texts[0]!.replace(/ …$/, '');
  await differ.getByRole('link', { name: /In context/ }).first().click();
  await expect(page.getByTestId('evidence-banner')).toBeVisible();
  await expect.poll(async () => (await highlightedText(page)).replace(/\s+/g, ' '), { timeout: 30_000 }).toContain(sentence.slice(0, 40));
  await expect.poll(() => highlightInView(page)).toBe(true);
  await page.getByRole('link', { name: /Back to the question/ }).click();
  await expect(page.getByRole('table')).toBeVisible();
});

test('a story quiz mixes cross-outlet questions with questions from the reports', async ({ page }) => {
  await page.getByTestId('story-card').getByRole('link', { name: 'Story quiz' }).click();
  await expect(page.locator('.quiz-start')).toContainText(/compare the outlets/, { timeout: 30_000 });
  await startQuiz(page);
  const types = new Set<string>();
  for (let i = 0; i < 16; i++) {
    types.add((await page.getByTestId('quiz-question').getAttribute('data-type')) ?? '');
    await answerCurrent(page, () => ({ key: '1' }));
    await page.keyboard.press('Enter');
    if (await page.getByTestId('quiz-result').isVisible()) break;
  }
  expect(types.has('cross-source')).toBe(true);
  expect(types.size).toBeGreaterThanOrEqual(3);
});

test('a pasted report on the same event joins the story and an unrelated text does not; the story card shows the story quiz’s scores after a reload', async ({ page }) => {
  await addOwnText(page, SAME_EVENT_TITLE, SAME_EVENT_TEXT);
  await addOwnText(page, QUIZ_TITLE, QUIZ_TEXT);
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  const story = page.getByTestId('story-card');
  await expect(story).toContainText('Story · 6 reports', { timeout: 30_000 });
  await expect(story).toHaveCount(1);
  await expect(story.locator('.story-outlets')).toContainText('Your text');

  await story.getByRole('link', { name: 'Compare outlets' }).click();
  const headers = page.getByTestId('compare-outlet');
  await expect(headers).toHaveCount(6, { timeout: 30_000 });
  await expect(headers.filter({ hasText: SAME_EVENT_TITLE })).toContainText('Your text');
  await expect(headers.filter({ hasText: QUIZ_TITLE })).toHaveCount(0);
  // The pasted report takes part in the comparison: at least one of its cells quotes it.
  const column = (await headers.allInnerTexts()).findIndex((h) => h.includes(SAME_EVENT_TITLE)) + 2;
  const quoted = page.locator(`tbody tr td:nth-child(${column}) .compare-sentence`);
  expect(await quoted.count()).toBeGreaterThan(0);
  for (const q of await quoted.allInnerTexts()) expect(SAME_EVENT_TEXT.replace(/\s+/g, ' ')).toContain(q.replace(/^“|”$|\s…”?$/g, '').trim().slice(0, 30));

  await page.getByRole('link', { name: 'Story quiz' }).click();
  await startQuiz(page);
  const played = await playQuiz(page, (_p, options, n) => ({ key: String((n % options.length) + 1) }));
  const right = played.filter((q) => q.correct).length;
  expect(await shownScore(page)).toEqual({ score: right, total: played.length });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.goto(page.url().replace(/#.*$/, '#/library'));
  await expect(page.getByTestId('story-card').getByTestId('best-score')).toHaveText(`Best ${right}/${played.length}`, { timeout: 30_000 });
  await expect(page.getByTestId('story-card').getByTestId('last-attempt')).toContainText(`Last ${right}/${played.length}`);
});

for (const lang of ['en', 'de'] as const) {
  test(`screenshot of Compare outlets and the library's story (${lang})`, async ({ page }) => {
    if (lang === 'de') await switchUiLanguage(page, 'de');
    await page.getByRole('navigation').getByRole('link', { name: /Library|Bibliothek/ }).click();
    await expect(page.getByTestId('story-card')).toBeVisible({ timeout: 30_000 });
    await screenshot(page, `library-story-${lang}`);
    await page.getByTestId('story-card').getByRole('link', { name: /Compare outlets|Medien vergleichen/ }).click();
    await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
    await screenshot(page, `compare-${lang}`);
    await page.screenshot({ path: `tests/e2e/screenshots/${host}-compare-full-${lang}.png`, fullPage: true });
  });
}
