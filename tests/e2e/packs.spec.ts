/**
 * Lesson packs end to end (issue 8): a teacher builds a pack with two articles, a note and an edited
 * question and exports it; a student in a fresh profile opens it, answers and exports results; the
 * teacher imports the class's results files and sees the overview. Files travel the way users move
 * them: downloads saved by the app, handed to a file input.
 */
import { strToU8, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { readPackFile, writePack } from '../../src/core/packs/packFile';
import type { PackContent } from '../../src/core/packs/packSchema';
import { writeResults } from '../../src/core/packs/resultsFile';
import { expect, screenshot, test } from './fixtures';
import { answerAll, download, dropFile, editResults, scrollToTop, storedCounts, turnOnTeacherMode } from './pages/packPages';
import { glossary, waitForWords, word } from './pages/readerPages';
import { setUiLanguage } from './pages/screens';

const TITLE = 'Putin in Pjöngjang';
const NOTE = 'Hier: ein Wort, das wir in der Stunde besprechen.';
const EDITED_PROMPT = 'Von der Lehrerin bearbeitet: Wer traf sich in Pjöngjang?';

test('a teacher builds and exports a pack, three students answer it, and the teacher sees the class overview', async ({ page, openProfile }) => {
  test.setTimeout(240_000);

  // Teacher: teacher mode on, a new pack with details and two articles.
  await turnOnTeacherMode(page);
  await page.locator('nav a[href="#/packs"]').click();
  await page.getByTestId('new-pack').click();
  await page.locator('#pack-title-input').fill(TITLE);
  await page.locator('#pack-level-input').fill('B1');
  await page.locator('#pack-instructions-input').fill('Lies beide Artikel und beantworte dann die Fragen.');
  await page.locator('.library-choices li button').first().click();
  await page.locator('.library-choices li button').first().click();
  await expect(page.locator('.chosen-article')).toHaveCount(2);

  // A note on a word of the first article, typed (the keyboard way to pick words).
  const source = (await page.getByTestId('note-source').textContent()) ?? '';
  const noteWord = /(?<![\p{L}-])\p{Lu}\p{Ll}{7,}(?![\p{L}-])/u.exec(source.slice(200))?.[0] ?? '';
  expect(noteWord).not.toBe('');
  await page.getByTestId('note-words').fill(noteWord);
  await page.getByTestId('note-text').fill(NOTE);
  await page.getByTestId('add-note').click();
  await expect(page.locator('.note-list li')).toHaveCount(1);

  // Generated questions, one of them edited, one of the teacher's own, reordered; a delete undone.
  await page.getByTestId('generate-questions').click();
  await expect(page.getByTestId('generate-status')).toHaveText(/Added \d+ new question/, { timeout: 90_000 });
  const cards = page.getByTestId('question-card');
  const generated = await cards.count();
  expect(generated).toBeGreaterThan(0);
  await cards.first().getByRole('button', { name: 'Edit question 1' }).click();
  await page.getByTestId('question-form').getByRole('textbox').first().fill(EDITED_PROMPT);
  await page.getByTestId('save-question').click();
  await expect(cards.first().getByTestId('question-prompt-text')).toHaveText(EDITED_PROMPT);
  await page.locator('#new-question-type').selectOption('cloze');
  await page.getByTestId('add-question').click();
  const form = page.getByTestId('question-form');
  await form.getByLabel('Question', { exact: true }).fill('Putin reiste nach ___.');
  await form.getByLabel('Answer (the word in the gap)').fill('Pjöngjang');
  await page.getByTestId('save-question').click();
  await expect(cards).toHaveCount(generated + 1);
  await page.getByRole('button', { name: 'Move question 1 down' }).click();
  await expect(cards.nth(1).getByTestId('question-prompt-text')).toHaveText(EDITED_PROMPT);
  await page.getByRole('button', { name: `Delete question ${generated + 1}` }).click();
  await expect(cards).toHaveCount(generated);
  await page.locator('.undo-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(cards).toHaveCount(generated + 1);
  const questions = generated + 1;

  // Ready: the problems list is empty. Preview as a student, then export the pack and the LMS files.
  await expect(page.getByTestId('pack-ready')).toBeVisible();
  await page.getByTestId('preview-toggle').click();
  await expect(page.getByTestId('student-preview')).toContainText(NOTE);
  await page.getByTestId('preview-toggle').click();
  await screenshot(page, 'pack-editor');
  await scrollToTop(page, '#questions-title');
  await screenshot(page, 'pack-editor-questions');
  const pack = await download(page, () => page.getByTestId('export-pack').click());
  expect(pack.name).toBe(`${TITLE}.lesestoff`);
  const moodle = await download(page, () => page.getByTestId('export-moodle').click());
  expect(moodle.bytes.toString('utf8')).toContain(EDITED_PROMPT);
  const gift = await download(page, () => page.getByTestId('export-gift').click());
  expect(gift.bytes.toString('utf8')).toContain('Putin reiste nach');

  // Student, in a fresh profile: open the pack, see the preview, add it to the library.
  const student = await openProfile();
  await student.getByTestId('open-pack-link').click();
  await student.locator('#open-pack-file').setInputFiles({ name: pack.name, mimeType: 'application/zip', buffer: pack.bytes });
  const preview = student.getByTestId('pack-preview');
  await expect(preview).toContainText(TITLE);
  await expect(preview).toContainText('2 articles');
  await expect(preview).toContainText(`${questions} questions`);
  await preview.getByRole('button', { name: 'Add to library' }).click();
  await expect(student.getByTestId('pack-imported')).toBeVisible();

  // The pack is its own collection in the library; the teacher's note shows in the word's popover.
  await student.locator('nav a[href="#/library"]').click();
  const collection = student.getByTestId('pack-collection');
  await expect(collection).toContainText(TITLE);
  await collection.locator('.collection-articles a').first().click();
  await waitForWords(student);
  await word(student, noteWord).first().click();
  await expect(glossary(student).getByTestId('teacher-note')).toContainText(NOTE);
  await student.keyboard.press('Escape');

  // Three students work through it on this computer, one after the other, and export their results.
  await student.locator('nav a[href="#/library"]').click();
  await student.getByTestId('pack-collection').getByRole('link', { name: 'Work through the pack' }).click();
  const results = [];
  for (const [i, name] of ['Anna', 'Ben', 'Cem'].entries()) {
    expect(await answerAll(student, i, i === 0 ? 'Pjöngjang' : 'weiß nicht')).toBe(questions);
    await student.locator('#student-name').fill(name);
    results.push(await download(student, () => student.getByTestId('export-results').click()));
    await student.getByRole('button', { name: 'Start again' }).click();
  }
  expect(results.map((r) => r.name)).toEqual([`Anna - ${TITLE}.lesestoff-results`, `Ben - ${TITLE}.lesestoff-results`, `Cem - ${TITLE}.lesestoff-results`]);

  // Teacher: imports the three files, a copy of one under another name, and one edited by hand.
  const [anna, ben, cem] = results as [(typeof results)[0], (typeof results)[0], (typeof results)[0]];
  // A better score written in by hand; a lower one where the student had all right (her picks follow the options' order).
  const edited = editResults(anna.bytes, (m) => {
    m['score'] = m['score'] === m['total'] ? 0 : m['total'];
  });
  await page.getByRole('link', { name: 'Class overview' }).click();
  await expect(page.locator('main h1')).toHaveText(TITLE);
  await page.locator('#results-files').setInputFiles([
    { name: anna.name, mimeType: 'application/zip', buffer: anna.bytes },
    { name: ben.name, mimeType: 'application/zip', buffer: ben.bytes },
    { name: cem.name, mimeType: 'application/zip', buffer: cem.bytes },
    { name: 'Ben (copy).lesestoff-results', mimeType: 'application/zip', buffer: ben.bytes },
    { name: 'Anna - edited.lesestoff-results', mimeType: 'application/zip', buffer: edited },
  ]);
  const report = page.getByTestId('import-report');
  await expect(report.locator('[data-status]')).toHaveCount(5);
  await expect(report.locator('[data-status="added"]')).toHaveCount(3);
  await expect(report.locator('[data-status="duplicate"]')).toHaveCount(1);
  await expect(report.locator('[data-status="flagged"]')).toHaveCount(1);
  await expect(report.locator('[data-status="flagged"]')).toContainText('Anna - edited');

  // The overview: one row per student (the edited copy of Anna's attempt counts once), every question, the lookups.
  const studentsTable = page.getByTestId('students-table');
  await expect(studentsTable.locator('tbody tr')).toHaveCount(3);
  await expect(studentsTable.locator('tbody th')).toContainText(['Anna', 'Ben', 'Cem']);
  await expect(page.getByTestId('questions-table').locator('tbody tr')).toHaveCount(questions);
  await expect(page.getByTestId('lookups-table').locator('tbody tr')).not.toHaveCount(0);
  await expect(page.getByTestId('edited-notice')).toContainText('Anna: an edited copy of this attempt was also sent');
  await screenshot(page, 'class-overview');
  await scrollToTop(page, '#questions-overview-title');
  await screenshot(page, 'class-overview-questions');

  const csv = await download(page, () => page.getByTestId('export-csv').click());
  const text = csv.bytes.toString('utf8');
  expect(text).toContain('student,score,total,percent');
  expect(text).toMatch(/\r\nBen,/);

  // A whole class at once: 30 more files in one pick, each a different student of this pack.
  const read = readPackFile(pack.bytes);
  if (!read.ok || read.kind !== 'pack') throw new Error('the exported pack does not read back');
  const classFiles = Array.from({ length: 30 }, (_, i) => {
    // Honest files: right answers are the key's own, the rest skipped, so the overview flags none of them.
    const answers = read.pack.questions.map((q, j) => ((i + j) % 3 === 0 ? { questionId: q.id, given: q.answer, correct: true, ms: 1000 + j } : { questionId: q.id, given: null, correct: false, ms: 1000 + j }));
    const student = `Schüler ${String(i + 1).padStart(2, '0')}`;
    const bytes = writeResults({
      packId: read.pack.id,
      packVersion: read.pack.version,
      packTitle: read.pack.title,
      student,
      answers,
      score: answers.filter((a) => a.correct).length,
      total: answers.length,
      startedAt: '2025-03-12T09:00:00.000Z',
      finishedAt: `2025-03-12T09:${String(10 + i).padStart(2, '0')}:00.000Z`,
      lookups: [{ lemma: 'Besuch', count: 1 + (i % 4) }],
    });
    return { name: `${student}.lesestoff-results`, mimeType: 'application/zip', buffer: Buffer.from(bytes) };
  });
  await page.locator('#results-files').setInputFiles(classFiles);
  await expect(report.locator('[data-status="added"]')).toHaveCount(30);
  await expect(report).toContainText('30 files read: 30 added, 0 already imported, 0 edited, 0 rejected.');
  await expect(studentsTable.locator('tbody tr')).toHaveCount(33);
  await expect(page.locator('main header')).toContainText('33 students');
  await expect(page.getByTestId('self-reported')).toContainText('Results files are self-reported');
  await expect(page.getByTestId('edited-notice').locator('li')).toHaveCount(1);

  // Both screens in German.
  await setUiLanguage(page, 'de');
  await page.locator('nav a[href="#/packs"]').click();
  await page.getByRole('link', { name: 'Klassenübersicht' }).first().click();
  await expect(page.getByTestId('students-table')).toBeVisible();
  await screenshot(page, 'class-overview-de');
  await page.getByRole('link', { name: 'Zurück zum Paket' }).click();
  await expect(page.locator('#pack-title-input')).toHaveValue(TITLE);
  await screenshot(page, 'pack-editor-de');
  await scrollToTop(page, '#questions-title');
  await screenshot(page, 'pack-editor-questions-de');
});

const MB = 1024 * 1024;
const EN_ERRORS = (JSON.parse(readFileSync('src/renderer/i18n/locales/en/packs.json', 'utf8')) as { errors: Record<string, string> }).errors;
const HTML = '<img src=x onerror="window.__injected=1">';

/** A small pack with markup in every text a student sees: it must show as typed, never as HTML. */
function htmlPack(): PackContent {
  const text = `Ein Bericht mit ${HTML} und <script>window.__injected=2</script> im Text.\n\nDer Senat tagte am Mittwoch.`;
  const at = text.indexOf('Senat');
  return {
    id: '0d7c1b2a-1111-4222-8333-444455556666',
    version: 1,
    title: `Paket ${HTML}`,
    level: 'B1',
    instructions: `Bitte <b>genau</b> lesen ${HTML}`,
    createdAt: '2025-03-12T08:00:00.000Z',
    articles: [{ id: 'a1', title: `Bericht <i>kursiv</i>`, outlet: null, date: null, text }],
    notes: [{ articleId: 'a1', start: at, end: at + 'Senat'.length, text: 'Senat', note: `Regierung ${HTML}` }],
    questions: [{ id: 'q1', type: 'true-false', prompt: `Tagte der Senat? ${HTML}`, answer: true }],
  };
}

test('a student who presses Export before typing a name is told to type it, the name field gets the focus, and a name typed key by key arrives whole', async ({ page }) => {
  await page.getByTestId('open-pack-link').click();
  await page.locator('#open-pack-file').setInputFiles({ name: 'Paket.lesestoff', mimeType: 'application/zip', buffer: Buffer.from(writePack(htmlPack())) });
  await page.getByTestId('pack-preview').getByRole('button', { name: 'Add to library' }).click();
  await page.getByTestId('pack-imported').getByRole('link', { name: 'Open the pack' }).click();
  await answerAll(page, 0, '');
  const told = page.getByTestId('pack-finished').getByRole('alert');
  await page.getByTestId('export-results').click();
  await expect(told).toContainText('Type your name first');
  await expect(page.getByLabel('Your name')).toBeFocused();
  // Typed key by key, as a student does: every letter reaches the field.
  await page.keyboard.type('Ole Brandt');
  await expect(page.getByLabel('Your name')).toHaveValue('Ole Brandt');
  await expect(told).toHaveCount(0);
  const saved = await download(page, () => page.getByTestId('export-results').click());
  expect(saved.name).toContain('Ole Brandt');
});

test('in German, the editor’s add buttons stay on one line beside long titles', async ({ page }) => {
  await setUiLanguage(page, 'de');
  await turnOnTeacherMode(page);
  await page.locator('nav a[href="#/packs"]').click();
  await page.getByTestId('new-pack').click();
  const buttons = page.locator('.library-choices li > button');
  await expect(buttons.first()).toBeVisible();
  // One line each: all as tall as the first, whatever the length of the title beside them.
  const heights = await buttons.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().height)));
  expect(new Set(heights).size, `heights ${heights.join(', ')}`).toBe(1);
});

test('bad files each get a specific message and change nothing; markup shows as text; re-import asks update or keep both', async ({ page }) => {
  const valid = writePack(htmlPack());
  const bad: [string, Uint8Array, string][] = [
    ['Hausaufgabe.lesestoff', strToU8('Das ist nur Text, kein Paket.'), 'not-a-zip'],
    ['abgebrochen.lesestoff', valid.slice(0, valid.length - 30), 'truncated'],
    ['neu.lesestoff', zipSync({ 'manifest.json': strToU8(JSON.stringify({ format: 'lesestoff-pack', schemaVersion: 99 })) }), 'newer-version'],
    ['ohne-inhalt.lesestoff', zipSync({ 'articles/1.txt': strToU8('Text') }), 'missing-manifest'],
    ['kaputt.lesestoff', zipSync({ 'manifest.json': strToU8('{"format": "lesestoff-pack", ') }), 'invalid-manifest'],
    ['pfad.lesestoff', zipSync({ '../../autostart.sh': strToU8('echo') }), 'unsafe-path'],
    ['bombe.lesestoff', zipSync({ 'manifest.json': new Uint8Array(4 * MB) }), 'suspicious-compression'],
    ['Anna.lesestoff-results', writeResults({ packId: 'p', packVersion: 1, student: 'Anna', answers: [], score: 0, total: 0, startedAt: '2025-03-12T09:00:00.000Z', finishedAt: '2025-03-12T09:01:00.000Z', lookups: [] }), 'wrong-format'],
  ];
  await page.getByTestId('open-pack-link').click();
  const before = await storedCounts(page);
  const error = page.getByTestId('pack-error');
  for (const [name, bytes, code] of bad) {
    await page.locator('#open-pack-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
    await expect(error, name).toHaveAttribute('data-code', code);
    await expect(error, name).toContainText(`“${name}” could not be opened.`);
    await expect(error, name).toContainText(EN_ERRORS[code] ?? '');
    await expect(error, name).toContainText('Nothing in your library was changed.');
    await expect(page.getByTestId('pack-preview')).toHaveCount(0);
    expect(await storedCounts(page), name).toEqual(before);
  }
  await error.getByText('Technical details').click();
  await expect(page.getByTestId('pack-error-detail')).toContainText('This is a results file, not a lesson pack');

  // Dragged from the desktop: a pack whose texts are full of markup. The preview shows it as typed.
  await dropFile(page, 'Paket.lesestoff', valid);
  const preview = page.getByTestId('pack-preview');
  await expect(preview).toContainText(`Paket ${HTML}`);
  await expect(preview).toContainText(`Bitte <b>genau</b> lesen ${HTML}`);
  await expect(preview).toContainText('Bericht <i>kursiv</i>');
  expect(await storedCounts(page)).toEqual(before);
  await preview.getByRole('button', { name: 'Add to library' }).click();
  await page.getByTestId('pack-imported').getByRole('link', { name: 'Open the pack' }).click();
  await expect(page.locator('main h1')).toContainText(`Paket ${HTML}`);
  await expect(page.locator('main')).toContainText(`Regierung ${HTML}`);
  await page.getByTestId('start-questions').click();
  await expect(page.getByTestId('question-prompt')).toHaveText(`Tagte der Senat? ${HTML}`);
  await expect(page.locator('main img, main b, main i, main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

  // The same pack again: the student chooses. Keep both adds a copy; update replaces the first one.
  const expectCollections = async (count: number) => {
    await page.locator('nav a[href="#/library"]').click();
    await expect(page.getByTestId('pack-collection')).toHaveCount(count);
  };
  await expectCollections(1);
  for (const [choice, button, done, expected] of [
    ['Keep both: add this one as a copy', 'Keep both', 'was added next to the earlier copy', 2],
    ['Update it to version 1', 'Update', 'was updated', 2],
  ] as const) {
    await page.getByTestId('open-pack-link').click();
    await page.locator('#open-pack-file').setInputFiles({ name: 'Paket.lesestoff', mimeType: 'application/zip', buffer: Buffer.from(valid) });
    await expect(preview).toContainText('You already have');
    await preview.getByLabel(choice, { exact: false }).check();
    await preview.getByRole('button', { name: button, exact: true }).click();
    await expect(page.getByTestId('pack-imported')).toContainText(done);
    await expectCollections(expected);
  }
});

/** A pack of two questions, each pointing to the sentence that answers it. */
function evidencePack(): PackContent {
  const text = 'Ole Brandt leitet den Fischereiverband in Nordland.\n\nDer Verband tagt jeden Montag im Hafen.';
  const sentence = (s: string) => ({ article: 'a1', start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  return {
    id: '5a1e2b3c-2222-4333-8444-555566667777',
    version: 1,
    title: 'Der Fischereiverband',
    level: 'A2',
    instructions: '',
    createdAt: '2025-03-12T08:00:00.000Z',
    articles: [{ id: 'a1', title: 'Fischer in Nordland', outlet: null, date: null, text }],
    notes: [],
    questions: [
      { id: 'q1', type: 'multiple-choice', prompt: 'Wer leitet den Fischereiverband?', options: ['Ole Brandt', 'Nordland'], answer: 'Ole Brandt', evidence: [sentence('Ole Brandt leitet den Fischereiverband in Nordland.')] },
      { id: 'q2', type: 'true-false', prompt: 'Der Verband tagt jeden Montag.', answer: true, evidence: [sentence('Der Verband tagt jeden Montag im Hafen.')] },
    ],
  };
}

for (const lang of ['en', 'de'] as const)
  test(`after a wrong answer a student sees at once that it was wrong, the right answer and its sentence, and the progress counts it (${lang})`, async ({ page }) => {
    if (lang === 'de') await setUiLanguage(page, 'de');
    await page.locator('nav a[href="#/library"]').click();
    await page.getByTestId('open-pack-link').click();
    await dropFile(page, 'Fischer.lesestoff', writePack(evidencePack()));
    await page.getByTestId('pack-preview').getByRole('button', { name: lang === 'en' ? 'Add to library' : 'Zur Bibliothek hinzufügen' }).click();
    await page.getByTestId('pack-imported').getByRole('link', { name: lang === 'en' ? 'Open the pack' : 'Paket öffnen' }).click();
    await page.getByTestId('start-questions').click();
    const bar = page.getByTestId('runner-bar');
    await expect(bar).toHaveAttribute('value', '0');
    await page.getByRole('radio', { name: 'Nordland' }).check();
    await page.getByTestId('submit-answer').click();
    const feedback = page.getByTestId('feedback');
    await expect(feedback).toContainText(lang === 'en' ? 'Not quite. The answer: Ole Brandt' : 'Nicht ganz. Die Antwort: Ole Brandt');
    await expect(feedback.getByTestId('feedback-evidence')).toContainText('Ole Brandt leitet den Fischereiverband in Nordland.');
    await expect(bar).toHaveAttribute('value', '1');
    await screenshot(page, `pack-runner-wrong-${lang}`);
    await page.getByTestId('next-question').click();
    await expect(bar).toHaveAttribute('value', '1');
    await page.getByRole('radio', { name: lang === 'en' ? 'True' : 'Richtig' }).check();
    await page.getByTestId('submit-answer').click();
    await expect(page.getByTestId('feedback-evidence')).toContainText('Der Verband tagt jeden Montag im Hafen.');
    await expect(bar).toHaveAttribute('value', '2');
  });
