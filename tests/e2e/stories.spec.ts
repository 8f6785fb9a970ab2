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
  // Columns are named by outlet where the text names one (`Seoul (Reuters) -`), by the report's title where none is named.
  const outlets = table.getByTestId('compare-outlet');
  const names = await outlets.locator('.compare-outlet').allInnerTexts();
  expect(names).toEqual(expect.arrayContaining(['Reuters', 'taz', 'AFP']));
  expect(names.filter((n) => n.length > 20)).toHaveLength(2);
  expect(names.every((n) => !/Artikel|Article \d/.test(n))).toBe(true);
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

test('long words in Compare outlets break at their compound joints: soft hyphens in the table only, and in long words only', async ({ page }) => {
  await page.getByTestId('story-card').getByRole('link', { name: 'Compare outlets' }).click();
  const table = page.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  const hyphenated = () => table.evaluate((t) => t.textContent?.match(/[\p{L}\u00AD]*\u00AD[\p{L}\u00AD]*/gu) ?? []);
  await expect.poll(async () => (await hyphenated()).length, { timeout: 30_000 }).toBeGreaterThan(0);
  for (const word of await hyphenated()) {
    expect(word.replaceAll('\u00AD', '').length).toBeGreaterThanOrEqual(14);
    // A joint is between parts of a word, never at its ends.
    expect(word).toMatch(/^\p{L}{2,}(\u00AD\p{L}{2,})+$/u);
  }
});

test('a story quiz mixes cross-outlet questions with questions from the reports', async ({ page }) => {
  await page.getByTestId('story-card').getByRole('link', { name: 'Story quiz' }).click();
  // One cross-outlet question per disagreement: the bundled story has one or more.
  await expect(page.locator('.quiz-start')).toContainText(/compares? the outlets/, { timeout: 30_000 });
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

/** A second report written for these tests on the bundled story's event, in its own words. */
const SECOND_REPORT_TITLE = 'Kim empfängt Putin mit Ehrengarde';
const SECOND_REPORT_TEXT = [
  'Nordkoreas Machthaber Kim Jong Un hat den russischen Präsidenten Wladimir Putin in Pjöngjang mit militärischen Ehren empfangen. Putin war in der Nacht zum Mittwoch in Nordkorea gelandet, zum ersten Mal seit 24 Jahren.',
  'Die beiden Staatschefs unterzeichneten ein Abkommen über eine umfassende strategische Partnerschaft. Kim sagte, Nordkorea unterstütze Russland in der Ukraine. Die Regierung in Seoul kritisierte den Vertrag scharf.',
  'Von Pjöngjang aus reiste Putin nach Vietnam weiter, wo er in Hanoi Gespräche über Handel und Energie führen wollte.',
].join('\n\n');

test('Compare with seven reports at 900 px: the table scrolls in its box, the page does not, and the fact column stays put', async ({ page }) => {
  await addOwnText(page, SAME_EVENT_TITLE, SAME_EVENT_TEXT);
  await addOwnText(page, SECOND_REPORT_TITLE, SECOND_REPORT_TEXT);
  await addOwnText(page, QUIZ_TITLE, QUIZ_TEXT);
  await page.setViewportSize({ width: 900, height: 800 });
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  const story = page.getByTestId('story-card');
  // Only the two reports of the event join; the tram text stays apart.
  await expect(story).toContainText('Story · 7 reports', { timeout: 60_000 });
  await expect(story).toHaveCount(1);
  await story.getByRole('link', { name: 'Compare outlets' }).click();
  await expect(page.getByTestId('compare-outlet')).toHaveCount(7, { timeout: 30_000 });
  const widths = () => page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
  const w = await widths();
  expect(w.page).toBeLessThanOrEqual(w.view);
  await expect(page.getByRole('link', { name: 'Story quiz' })).toBeInViewport();
  // The box scrolls sideways; the fact column does not move with it.
  const box = page.locator('.compare-scroll');
  const factCell = page.getByRole('rowheader').first();
  const before = (await factCell.boundingBox())!.x;
  await box.evaluate((el) => el.scrollBy({ left: 400 }));
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await factCell.boundingBox())!.x).toBe(before);
  // The filter shows disagreements only, then agreements only.
  const [differ, agree] = [page.locator('tbody tr[data-agree="false"]'), page.locator('tbody tr[data-agree="true"]')];
  const counts = { differ: await differ.count(), agree: await agree.count() };
  expect(Math.min(counts.differ, counts.agree)).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Disagreements', exact: true }).click();
  await expect(agree).toHaveCount(0);
  await expect(differ).toHaveCount(counts.differ);
  await page.getByRole('button', { name: 'Agreements', exact: true }).click();
  await expect(differ).toHaveCount(0);
  await expect(agree).toHaveCount(counts.agree);
  await page.getByRole('button', { name: 'All facts', exact: true }).click();
  await screenshot(page, 'compare-900-seven-en');
  await switchUiLanguage(page, 'de');
  await page.goBack();
  await expect(page.getByTestId('compare-outlet')).toHaveCount(7, { timeout: 30_000 });
  const de = await widths();
  expect(de.page).toBeLessThanOrEqual(de.view);
  await screenshot(page, 'compare-900-seven-de');
});

test('the learner takes a report out of a story and adds another text; the moves stay after a reload', async ({ page }) => {
  await addOwnText(page, SAME_EVENT_TITLE, SAME_EVENT_TEXT);
  await addOwnText(page, QUIZ_TITLE, QUIZ_TEXT);
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await expect(page.getByTestId('story-card')).toContainText('Story · 6 reports', { timeout: 60_000 });
  await page.getByTestId('story-card').getByRole('link', { name: 'Compare outlets' }).click();
  const headers = page.getByTestId('compare-outlet');
  await expect(headers).toHaveCount(6, { timeout: 30_000 });
  await page.getByRole('button', { name: `Take “${SAME_EVENT_TITLE}” out of this story` }).click();
  await expect(headers).toHaveCount(5, { timeout: 30_000 });
  await expect(headers.filter({ hasText: SAME_EVENT_TITLE })).toHaveCount(0);
  await page.getByLabel('Add a text that reports this event:').selectOption({ label: QUIZ_TITLE });
  await expect(headers).toHaveCount(6, { timeout: 30_000 });
  await expect(headers.filter({ hasText: QUIZ_TITLE })).toHaveCount(1);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await expect(headers).toHaveCount(6, { timeout: 30_000 });
  await expect(headers.filter({ hasText: QUIZ_TITLE })).toHaveCount(1);
  await expect(headers.filter({ hasText: SAME_EVENT_TITLE })).toHaveCount(0);
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
