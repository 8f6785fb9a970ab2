import { describe, expect, it } from 'vitest';
import { statementChoice } from '../../../../../src/core/quiz/kinds/statementChoice';
import { ask } from './helpers';

const TEXT = [
  'Die Stadt Nordhafen kaufte im Frühjahr 40 Busse für den Nahverkehr.',
  'Die Kläger fordern mehr als fünf Millionen Euro Schadenersatz.',
  'Am Ende blieben den Nutzern nur zwei Möglichkeiten.',
  'Über 100 Nutzer schlossen sich der Klage an.',
].join(' ');

describe('which-statement-is-true questions', () => {
  it.each([1, 2, 3])('seed %i: one sentence as written, two made false, each with its evidence', async (seed) => {
    const questions = await ask(statementChoice, TEXT, seed);
    expect(questions).toHaveLength(1);
    const q = questions[0]!;
    expect(q.prompt).toBe('Welche dieser Aussagen stimmt laut dem Text?');
    expect(q.options!.filter((o) => TEXT.includes(o))).toEqual([q.answer]);
    expect(q.options).toHaveLength(3);
    expect(q.evidence).toHaveLength(3);
  });

  it('asks nothing of a text with too few facts to make false', async () => {
    expect(await ask(statementChoice, 'Die Stadt Nordhafen kaufte 40 Busse. Alle fahren elektrisch.')).toEqual([]);
  });
});
