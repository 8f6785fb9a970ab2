/** Stories and Compare outlets (issue 7): the bundled reports form one story; their facts side by side. */
import { expect, screenshot, test } from './fixtures';
import { switchUiLanguage } from './pages/readerPages';
import { answerCurrent, highlightedText, startQuiz } from './pages/quizPages';

test('Compare outlets for the bundled story shows a disagreement with both outlets’ sentences, each linking to its text', async ({ page }) => {
  const story = page.getByTestId('story-card');
  await expect(story).toHaveCount(1, { timeout: 30_000 });
  await expect(story).toContainText('Story · 5 reports');
  await story.getByRole('link', { name: 'Compare outlets' }).click();

  const table = page.getByRole('table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(table.getByRole('columnheader')).toHaveCount(6);
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

for (const lang of ['en', 'de'] as const) {
  test(`screenshot of Compare outlets and the library's story (${lang})`, async ({ page }) => {
    if (lang === 'de') await switchUiLanguage(page, 'de');
    await page.getByRole('navigation').getByRole('link', { name: /Library|Bibliothek/ }).click();
    await expect(page.getByTestId('story-card')).toBeVisible({ timeout: 30_000 });
    await screenshot(page, `library-story-${lang}`);
    await page.getByTestId('story-card').getByRole('link', { name: /Compare outlets|Medien vergleichen/ }).click();
    await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
    await screenshot(page, `compare-${lang}`);
  });
}
