/**
 * A teaser without a dateline after it (issue 15): a first sentence without a finite verb, or one part of it beside a
 * dash, is a headline fragment, and nothing is asked from it; its figure is asked where the body states it. A real lead,
 * a sentence, keeps its questions. Invented reports.
 */
import { describe, expect, it } from 'vitest';
import { defaultLanguage } from '../../../../src/core/languages';
import { generateQuiz, type QuizArticle } from '../../../../src/core/quiz';
import { teaserOf } from '../../../../src/core/quiz/choose';
import { engine } from '../engineFixture';

const BODY = [
  'Der Stadtrat von Nordhafen hat am Dienstag über die Sanierung der alten Hafenbrücke beraten.',
  'Für die Sanierung der Hafenbrücke verlangt die Bauverwaltung von Nordhafen 43 Millionen Euro aus dem Landeshaushalt.',
  'Bürgermeisterin Mara Lind sprach nach der Sitzung von einer schwierigen Entscheidung für die Stadt.',
  'Die Brücke wurde vor 86 Jahren gebaut und trägt heute an jedem Werktag rund 12.000 Autos.',
  '„Wir können die Brücke nicht länger so lassen“, sagte Lind am Abend.',
].join(' ');

async function article(text: string): Promise<QuizArticle> {
  return { id: 'a.txt', text, analysis: (await engine).analyze(text) };
}

const teaserText = async (text: string): Promise<string | undefined> => {
  const a = await article(text);
  const t = teaserOf(a, defaultLanguage);
  return t && text.slice(t.start, t.end).trim();
};

describe('teaserOf: a first sentence without a finite verb', () => {
  it.each([
    ['a fragment ending in a participle', 'Mehr als 43 Millionen Euro für die Sanierung gefordert.'],
    ['a fragment without a verb', 'Sorgen um die alte Hafenbrücke in Nordhafen.'],
    ['a fragment beside a dash', 'Sanierung der alten Hafenbrücke – Stadtrat berät über die Kosten.'],
  ])('takes %s for a teaser', async (_, first) => {
    expect(await teaserText(`${first} ${BODY}`)).toBe(first);
  });

  it.each([
    ['a lead with its finite verb', 'Die Stadt Nordhafen muss ihre alte Hafenbrücke für 43 Millionen Euro sanieren.'],
    ['a lead whose plural verb is spelt as its infinitive', 'Die Bürger von Nordhafen fürchten um ihre alte Hafenbrücke.'],
    ['a lead whose verb opens with the letters of a participle', 'Die Sanierung der alten Hafenbrücke gelingt der Stadt nur langsam.'],
    ['a lead after its dateline', 'Nordhafen – Die Stadt hat am Dienstag die Sanierung ihrer Hafenbrücke beschlossen.'],
    ['a lead with an aside between dashes', 'Die Hafenbrücke – seit 86 Jahren im Dienst – muss saniert werden.'],
  ])('keeps %s', async (_, first) => {
    expect(await teaserText(`${first} ${BODY}`)).toBeUndefined();
  });
});

describe('generateQuiz: a teaser fragment', () => {
  const quiz = async (text: string) => generateQuiz([await article(text)], { seed: 1, max: 60 }, defaultLanguage).questions;

  it('asks nothing from it, and asks its figure where the body states it', async () => {
    const first = 'Mehr als 43 Millionen Euro für die Sanierung gefordert.';
    const text = `${first} ${BODY}`;
    const qs = await quiz(text);
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) expect(q.evidence[0]!.start, q.prompt).toBeGreaterThanOrEqual(first.length);
    const figure = qs.find((q) => q.answer.includes('43'));
    expect(figure, 'the figure is asked').toBeDefined();
    expect(figure!.evidence[0]!.text).toContain('Bauverwaltung');
  });

  it('asks from a real lead that opens the text', async () => {
    const lead = 'Die Stadt Nordhafen muss ihre alte Hafenbrücke für 43 Millionen Euro sanieren.';
    const text = `${lead} ${BODY.replace('43 Millionen', 'die nötigen Mittel')}`;
    const qs = await quiz(text);
    expect(qs.some((q) => q.evidence[0]!.start < lead.length && q.answer.includes('43'))).toBe(true);
  });
});
