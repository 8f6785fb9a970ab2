/**
 * Quizzes in the app (issue 7): a bundled article and a pasted text, answered right and wrong by keys
 * and mouse, "show in text" and back, the result, and the score in the library after a reload.
 */
import { expect, screenshot, test } from './fixtures';
import { addOwnText, expectReaderOn, openWord, submitOwnText, switchUiLanguage, waitForWords } from './pages/readerPages';
import { answerCurrent, highlightedText, highlightInView, nextQuestion, openArticleQuiz, playQuiz, QUIZ_TEXT, QUIZ_TITLE, question, shownScore, startQuiz } from './pages/quizPages';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('a quiz on a bundled article: right and wrong answers, show in text, result, and the best score in the library after a reload', async ({ page }) => {
  await openArticleQuiz(page, /Putin/);
  await startQuiz(page);
  await expect(page.getByTestId('quiz-position')).toContainText(/Question 1 of \d+/);

  // First round: keys and mouse in turn; the score is the number of "right" feedbacks.
  const first = await playQuiz(page, (_p, options, n) => (n % 2 === 0 ? { key: String((n % options.length) + 1) } : { option: options[options.length - 1]! }));
  const firstRight = first.filter((q) => q.correct).length;
  expect(await shownScore(page)).toEqual({ score: firstRight, total: first.length });
  const answers = new Map(first.map((q) => [q.prompt, q.answer]));

  // Second round, knowing the answers from the feedback: the first one wrong on purpose, the rest right.
  await page.getByRole('button', { name: 'Take the quiz again' }).click();
  await startQuiz(page);
  const wrong = await answerCurrent(page, (prompt, options) => ({ option: options.find((o) => o !== answers.get(prompt))! }));
  expect(wrong.correct).toBe(false);
  await expect(page.getByTestId('quiz-feedback')).toContainText('Not quite.');

  // "Show in text": the reader highlights the evidence sentence, then goes back to the same question.
  const evidence = norm(await page.locator('.quiz-evidence blockquote').first().innerText());
  await page.getByRole('link', { name: /Show in/ }).first().click();
  await expect(page.getByTestId('evidence-banner')).toBeVisible();
  await expect.poll(async () => norm(await highlightedText(page)), { timeout: 30_000 }).toBe(evidence);
  await expect.poll(() => highlightInView(page)).toBe(true);
  await page.getByRole('link', { name: /Back to the question/ }).click();
  await expect(page.getByTestId('quiz-position')).toContainText('Question 1 of');
  await expect(page.getByTestId('quiz-feedback')).toHaveAttribute('data-correct', 'false');

  let state = await nextQuestion(page);
  let n = 1;
  while (state === 'question') {
    const played = await answerCurrent(page, (prompt, options) => ({ key: String(options.indexOf(answers.get(prompt)!) + 1) }));
    expect(played.correct, played.prompt).toBe(true);
    n++;
    state = await nextQuestion(page);
  }
  expect(await shownScore(page)).toEqual({ score: n - 1, total: n });
  await expect(page.getByTestId('quiz-result').locator('.quiz-review-item')).toHaveCount(1);
  await expect(page.getByTestId('quiz-result').locator('.quiz-review-item blockquote').first()).toHaveText(evidence);

  // Retry the wrong one: a one-question quiz.
  await page.getByRole('button', { name: 'Retry the wrong one' }).click();
  await expect(page.getByTestId('quiz-position')).toContainText('Question 1 of 1');
  await answerCurrent(page, (prompt, options) => ({ key: String(options.indexOf(answers.get(prompt)!) + 1) }));
  await nextQuestion(page);
  expect(await shownScore(page)).toEqual({ score: 1, total: 1 });

  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.goto(page.url().replace(/#.*$/, '#/library'));
  const card = page.locator('.article-card').filter({ hasText: /Putin/ }).first();
  // Best of the full quizzes (the retry does not count), and the retry as the last attempt.
  const best = Math.max(firstRight, n - 1);
  await expect(card.getByTestId('best-score')).toHaveText(`Best ${best}/${first.length}`);
  await expect(card.getByTestId('last-attempt')).toContainText('Last 1/1');

  // The progress chart has a point per attempt: two full quizzes and the retry.
  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByTestId('progress-quizzes')).toHaveText('3');
  const chart = page.getByRole('img', { name: /Chart of 3 quizzes/ });
  await expect(chart.locator('circle')).toHaveCount(3);
  await expect(chart.locator('circle.retry')).toHaveCount(1);
});

test('a quiz on a pasted text: answered by keys and mouse, score after a reload', async ({ page }) => {
  await addOwnText(page, QUIZ_TITLE, QUIZ_TEXT);
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await openArticleQuiz(page, QUIZ_TITLE);
  await startQuiz(page);
  await expect(question(page).locator('.quiz-prompt')).toHaveAttribute('lang', 'de');
  // Arrow keys move the selection in the radiogroup; Enter answers the selected option.
  await page.keyboard.press('ArrowDown');
  await expect(question(page).getByRole('radio').nth(1)).toBeFocused();
  await expect(question(page).getByRole('radio').nth(1)).toHaveAttribute('aria-checked', 'true');
  const firstAnswer = await answerCurrent(page, () => ({ key: 'Enter' }));
  const played = [firstAnswer];
  if ((await nextQuestion(page)) === 'question') played.push(...(await playQuiz(page, (_p, options, n) => (n % 2 ? { option: options[0]! } : { key: String(options.length) }))));
  const right = played.filter((q) => q.correct).length;
  // A 200-word text carries three or four questions worth asking (the chooser's budget is one per 50 words, fewer when
  // fewer clear its floor): enough to answer by Enter, by mouse and by number key.
  expect(played.length).toBeGreaterThanOrEqual(3);
  expect(await shownScore(page)).toEqual({ score: right, total: played.length });
  if (right < played.length) await expect(page.locator('.quiz-review-item')).toHaveCount(played.length - right);

  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await page.goto(page.url().replace(/#.*$/, '#/library'));
  const card = page.locator('.article-card').filter({ hasText: QUIZ_TITLE });
  await expect(card.getByTestId('last-attempt')).toContainText(`Last ${right}/${played.length}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Progress' }).click();
  await expect(page.getByTestId('progress-quizzes')).toHaveText('1');
  await expect(page.getByRole('img', { name: /Chart of one quiz/ })).toBeVisible();
});

test('saved words can be mixed into a quiz: a gap in the saved sentence or the sense, with the sentence as evidence', async ({ page }) => {
  await addOwnText(page, QUIZ_TITLE, QUIZ_TEXT);
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await openArticleQuiz(page, QUIZ_TITLE);
  const toggle = page.getByRole('checkbox', { name: 'Mix in my saved words' });
  await expect(toggle).toBeDisabled({ timeout: 30_000 });
  await expect(page.locator('.quiz-vocab-toggle')).toContainText('Save at least 3 words');

  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await page.locator('.article-card').filter({ hasText: QUIZ_TITLE }).locator('.article-link').click();
  await waitForWords(page);
  const saved = ['Gemeinderat', 'Haltestellen', 'Anwohnern', 'Lärm'];
  for (const w of saved) {
    await openWord(page, w);
    await page.keyboard.press('s');
    await expect(page.getByRole('dialog')).toContainText('In your vocabulary');
    await page.keyboard.press('Escape');
  }

  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await openArticleQuiz(page, QUIZ_TITLE);
  await expect(toggle).toBeEnabled({ timeout: 30_000 });
  await expect(page.locator('.quiz-vocab-toggle')).toContainText('your 4 saved words');
  await toggle.check();
  await startQuiz(page);
  const vocab: { type: string; prompt: string }[] = [];
  for (let n = 0; n < 60; n++) {
    const type = (await question(page).getAttribute('data-type')) ?? '';
    const played = await answerCurrent(page, () => ({ key: '1' }));
    if (type.startsWith('vocab-')) {
      vocab.push({ type, prompt: played.prompt });
      // The evidence is the sentence the word was saved with, and it leads to the text.
      const quote = norm(await page.getByTestId('quiz-feedback').locator('blockquote').first().innerText());
      expect(saved.some((w) => quote.includes(w))).toBe(true);
      expect(norm(QUIZ_TEXT)).toContain(quote);
      await expect(page.getByTestId('quiz-feedback').getByRole('link', { name: /Show in text/ })).toBeVisible();
      if (type === 'vocab-cloze') expect(saved.some((w) => played.prompt.includes(w))).toBe(false);
    }
    if ((await nextQuestion(page)) === 'result') break;
  }
  expect(vocab.length).toBeGreaterThanOrEqual(2);
});

test('a text without facts gives the empty state with the engine’s reason', async ({ page }) => {
  await submitOwnText(page, 'Weekend notes', 'The weather was nice and we walked to the park. Then we had lunch with friends and went home.');
  await page.getByRole('button', { name: 'Add anyway' }).click();
  await expectReaderOn(page, 'Weekend notes');
  await page.getByRole('navigation').getByRole('link', { name: 'Library' }).click();
  await openArticleQuiz(page, 'Weekend notes');
  await expect(page.getByTestId('quiz-empty')).toContainText('No questions could be made from this text');
  await expect(page.getByTestId('quiz-empty').locator('.quiz-reasons li')).not.toHaveCount(0);
});

for (const lang of ['en', 'de'] as const) {
  test(`screenshots of a question, the feedback and the result (${lang})`, async ({ page }) => {
    if (lang === 'de') await switchUiLanguage(page, 'de');
    await page.getByRole('navigation').getByRole('link', { name: /Library|Bibliothek/ }).click();
    await openArticleQuiz(page, /Putin/);
    await startQuiz(page);
    await screenshot(page, `quiz-question-${lang}`);
    await answerCurrent(page, () => ({ key: '1' }));
    await screenshot(page, `quiz-feedback-${lang}`);
    let state = await nextQuestion(page);
    while (state === 'question') {
      await answerCurrent(page, (_p, options) => ({ key: String(options.length) }));
      state = await nextQuestion(page);
    }
    await screenshot(page, `quiz-result-${lang}`);
    await page.getByRole('navigation').getByRole('link', { name: /Progress|Fortschritt/ }).click();
    await screenshot(page, `progress-${lang}`);
  });
}
