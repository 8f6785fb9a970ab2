/** Quiz steps (issue 7), so the specs read like what a learner does. Right answers come only from what the UI shows after answering. */
import { expect, type Page } from '@playwright/test';

/** A German text written for these tests (≥ 150 words): numbers, a quote with its speaker, a role apposition. */
export const QUIZ_TITLE = 'Neue Straßenbahn für Freiburg';
export const QUIZ_TEXT = [
  'Die Stadt Freiburg baut eine neue Straßenbahnlinie in den Westen. Am Dienstag hat der Gemeinderat den Plan mit 38 von 48 Stimmen beschlossen. Die Linie soll 2028 fertig sein und rund 120 Millionen Euro kosten.',
  'Der Oberbürgermeister Martin Horn sprach von einem großen Tag für die Stadt. „Diese Bahn verbindet die neuen Wohngebiete endlich mit der Innenstadt“, sagte Horn nach der Sitzung. Die Strecke ist 4,5 Kilometer lang und hat neun Haltestellen.',
  'Die Verkehrsplanerin Anna Keller, Leiterin des Garten- und Tiefbauamts, erklärte, dass die Bahn alle sieben Minuten fahren werde. Nach ihren Angaben nutzen schon heute mehr als 80.000 Menschen täglich die Straßenbahn in Freiburg.',
  'Kritik kam von den Anwohnern im Stadtteil Weingarten. Sie fürchten Lärm während der Bauzeit, die drei Jahre dauern soll. Die Stadt will deshalb nachts nicht bauen und die Anwohner jeden Monat informieren.',
  'Das Land Baden-Württemberg übernimmt 60 Prozent der Kosten. Verkehrsminister Winfried Hermann sagte am Mittwoch in Stuttgart: „Freiburg zeigt, wie moderner Nahverkehr in einer wachsenden Stadt aussehen kann.“ Der Bau beginnt im Frühjahr 2025.',
].join('\n\n');

/**
 * A report written for these tests on the event the bundled articles cover (Putin in Pjöngjang, June 2024),
 * in its own words: it should join their story. QUIZ_TEXT is about something else and should not.
 */
export const SAME_EVENT_TITLE = 'Putin und Kim schließen Beistandspakt';
export const SAME_EVENT_TEXT = [
  'Der russische Präsident Wladimir Putin hat am Mittwoch in Pjöngjang den nordkoreanischen Machthaber Kim Jong Un getroffen. Es war sein erster Besuch in Nordkorea seit 24 Jahren. Beide Politiker unterzeichneten ein Abkommen über eine umfassende strategische Partnerschaft.',
  'Das Abkommen sieht gegenseitigen Beistand vor, falls eines der beiden Länder angegriffen wird. „Das ist ein wirklich bahnbrechendes Dokument“, sagte Putin nach dem Treffen. Kim Jong Un sprach von einer neuen Phase der Beziehungen zwischen Nordkorea und Russland.',
  'Die USA und Südkorea verfolgen die Annäherung mit Sorge. Nach Angaben aus Washington hat Nordkorea Russland Millionen Artilleriegranaten für den Krieg gegen die Ukraine geliefert. Moskau und Pjöngjang bestreiten die Waffengeschäfte.',
  'Nach dem Besuch in Nordkorea reiste Putin weiter nach Vietnam. Dort wollte er am Donnerstag mit der Staatsführung in Hanoi über Handel und Energie sprechen.',
].join('\n\n');

export interface PlayedQuestion {
  prompt: string;
  correct: boolean;
  /** The right answer, as the feedback shows it. */
  answer: string;
}

export const question = (page: Page) => page.getByTestId('quiz-question');

export async function startQuiz(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Start the quiz|Quiz starten/ }).click({ timeout: 30_000 });
  await expect(question(page)).toBeVisible();
}

export async function openArticleQuiz(page: Page, title: RegExp | string): Promise<void> {
  await page.locator('.article-card').filter({ hasText: title }).first().locator('.quiz-card-link').click();
}

/**
 * Answers the current question: by key (`1`–`6`) or by clicking the option `pick` returns, then reads
 * the feedback. `pick` sees the prompt and the options (and may use answers learned earlier).
 */
export async function answerCurrent(page: Page, pick: (prompt: string, options: string[]) => { key: string } | { option: string }): Promise<PlayedQuestion> {
  const q = question(page);
  const prompt = (await q.locator('.quiz-prompt').innerText()).trim();
  const options = (await q.locator('.quiz-option-text').allInnerTexts()).map((o) => o.trim());
  // The key hint names the keys this question has (1–3 for three options), not the six a question can have.
  await expect(q.locator('.quiz-keys')).toContainText(`1–${options.length}`);
  const choice = pick(prompt, options);
  let given: string;
  if ('key' in choice && choice.key === 'Enter') {
    // Enter answers the option the arrow keys selected.
    given = (await q.locator('.quiz-option[aria-checked="true"] .quiz-option-text').innerText()).trim();
    await page.keyboard.press('Enter');
  } else if ('key' in choice) {
    await page.keyboard.press(choice.key);
    given = options[Number(choice.key) - 1]!;
  } else {
    await q.locator('.quiz-option').filter({ has: page.locator('.quiz-option-text', { hasText: new RegExp(`^${escapeRe(choice.option)}$`) }) }).first().click();
    given = choice.option;
  }
  const feedback = page.getByTestId('quiz-feedback');
  await expect(feedback).toBeVisible();
  const correct = (await feedback.getAttribute('data-correct')) === 'true';
  const answer = correct ? given : (await feedback.locator('.quiz-verdict strong').innerText()).trim();
  return { prompt, correct, answer };
}

export async function nextQuestion(page: Page): Promise<'question' | 'result'> {
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('quiz-question').or(page.getByTestId('quiz-result'))).toBeVisible();
  return (await page.getByTestId('quiz-result').isVisible()) ? 'result' : 'question';
}

/** Plays the whole quiz; returns every answer. */
export async function playQuiz(page: Page, pick: (prompt: string, options: string[], n: number) => { key: string } | { option: string }): Promise<PlayedQuestion[]> {
  const played: PlayedQuestion[] = [];
  for (let n = 0; n < 60; n++) {
    played.push(await answerCurrent(page, (p, o) => pick(p, o, n)));
    if ((await nextQuestion(page)) === 'result') return played;
  }
  throw new Error('quiz did not end');
}

export async function shownScore(page: Page): Promise<{ score: number; total: number }> {
  const el = page.getByTestId('quiz-score');
  return { score: Number(await el.getAttribute('data-score')), total: Number(await el.getAttribute('data-total')) };
}

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text the reader marks for "show in text" (`<mark class="evidence">`, drawn from the question's offsets). */
export async function highlightedText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.article-body mark.evidence')].map((m) => m.textContent).join(' '));
}

/** Whether the highlighted evidence lies inside the reader's visible area (it was scrolled to). */
export async function highlightInView(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const mark = document.querySelector('.article-body mark.evidence');
    if (!mark) return false;
    const r = mark.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}
