/**
 * The class overview shows each student's answers and lets the teacher mark free text (issue 15):
 * a pack with a free-text question is opened, two students' results files are imported, the
 * teacher reads the answers and marks one right; the score follows, and the mark survives a reload.
 */
import { writePack } from '../../src/core/packs/packFile';
import type { PackContent } from '../../src/core/packs/packSchema';
import { writeResults } from '../../src/core/packs/resultsFile';
import { expect, screenshot, test } from './fixtures';

const TEXT = 'Die Fähre nach Sandholm\n\nSeit Montag fährt eine neue Fähre zwischen Nordhafen und der Insel Sandholm. Sie bietet Platz für 240 Fahrgäste.';
const PACK: PackContent = {
  id: 'faehre-sandholm',
  version: 1,
  title: 'Die Fähre nach Sandholm',
  level: 'A2',
  instructions: '',
  createdAt: '2025-03-12T09:00:00.000Z',
  articles: [{ id: 'a1', title: 'Die Fähre nach Sandholm', outlet: 'Inselblatt', date: '2025-03-10', text: TEXT }],
  notes: [],
  questions: [
    { id: 'q1', type: 'multiple-choice', prompt: 'Wie viele Fahrgäste passen auf die Fähre?', options: ['240', '120', '480'], answer: '240' },
    { id: 'q2', type: 'free-text', prompt: 'Warum ist die Fähre für die Insel wichtig?', answer: 'Sie verbindet die Insel mit Nordhafen.' },
  ],
};

const results = (student: string, free: string, minute: number) => {
  const answers = [
    { questionId: 'q1', given: '240', correct: true, ms: 3000 },
    { questionId: 'q2', given: free, correct: false, ms: 30_000 },
  ];
  const bytes = writeResults({
    packId: PACK.id,
    packVersion: PACK.version,
    packTitle: PACK.title,
    student,
    answers,
    score: 1,
    total: 2,
    startedAt: '2025-03-12T09:00:00.000Z',
    finishedAt: `2025-03-12T09:${String(minute).padStart(2, '0')}:00.000Z`,
    lookups: [],
  });
  return { name: `${student} - ${PACK.title}.lesestoff-results`, mimeType: 'application/zip', buffer: Buffer.from(bytes) };
};

test('the teacher reads every answer, marks a free-text answer right, and the score follows and stays', async ({ page }) => {
  await page.getByTestId('open-pack-link').click();
  await page.locator('#open-pack-file').setInputFiles({ name: 'faehre.lesestoff', mimeType: 'application/zip', buffer: Buffer.from(writePack(PACK)) });
  await page.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByRole('button', { name: 'Add to library' })).toBeHidden();

  await page.evaluate((id) => (window.location.hash = `#/packs/overview/${id}`), PACK.id);
  await page.locator('#results-files').setInputFiles([
    results('Anna', 'Weil die Leute auf der Insel sonst nur schwer nach Nordhafen kommen.', 10),
    results('Ben', 'weiß nicht', 12),
  ]);
  await expect(page.getByTestId('import-report').locator('[data-status="added"]')).toHaveCount(2);

  const students = page.getByTestId('students-table');
  const free = page.locator('[data-testid="answers-table"][data-question="q2"]');
  const anna = free.locator('tr[data-student="Anna"]');
  // Free text is shown as the student wrote it.
  await expect(anna).toContainText('Weil die Leute auf der Insel sonst nur schwer nach Nordhafen kommen.');
  await expect(students.locator('tbody tr', { hasText: 'Anna' })).toContainText('1');
  // "10:00" is how long Anna took, not when she finished: the column says so.
  await expect(students.locator('thead')).toContainText('Time taken');
  await expect(students.locator('tbody tr', { hasText: 'Anna' })).toContainText('10:00');

  await anna.getByRole('button', { name: 'Mark Anna’s answer right' }).click();
  await expect(anna.getByRole('button', { name: 'Mark Anna’s answer right' })).toHaveAttribute('aria-pressed', 'true');
  await expect(anna).toContainText('marked by you');
  await expect(students.locator('tbody tr', { hasText: 'Anna' })).toContainText('100');
  await expect(students.locator('tbody tr', { hasText: 'Ben' })).toContainText('50');
  await free.scrollIntoViewIfNeeded();
  await screenshot(page, 'class-overview-answers');

  // Stored: after a reload the mark and the score are still there.
  await page.reload();
  await expect(page.locator('[data-testid="answers-table"][data-question="q2"] tr[data-student="Anna"]')).toContainText('marked by you');
  await expect(page.getByTestId('students-table').locator('tbody tr', { hasText: 'Anna' })).toContainText('100');

  // Clicking the mark again takes it back: the answer key decides again.
  const again = page.locator('[data-testid="answers-table"][data-question="q2"] tr[data-student="Anna"]');
  await again.getByRole('button', { name: 'Mark Anna’s answer right' }).click();
  await expect(again).not.toContainText('marked by you');
  await expect(page.getByTestId('students-table').locator('tbody tr', { hasText: 'Anna' })).toContainText('50');
});
