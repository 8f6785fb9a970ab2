/**
 * A phrase whose article takes its noun in another case than the nominative is no subject (issue 15: `Der UNO fehlt das
 * Geld` was read with the UN as its subject, and a main-news question of it would ask `Wer fehlt das Geld?`, not `Wem`).
 */
import { describe, expect, it } from 'vitest';
import { mainClauses } from '../../../../src/core/quiz/clause';
import { factsOf, type QuizContext } from '../../../../src/core/quiz';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { articleOf, lang } from './kinds/helpers';

/** The subjects the clause parser reads in `sentence`, after a sentence naming the bank. */
async function subjects(sentence: string): Promise<string[]> {
  const a = await articleOf(`Ministerin Mia Lind leitet die Nordbank. ${sentence} Direktor Paul Ott lobte den Plan.`);
  const facts = factsOf([a], lang);
  const ctx: QuizContext = { article: a, facts: facts.articles[0]!, lang, rand: mulberry32(1), story: facts.articles[0]!.facts };
  return mainClauses(ctx).filter((c) => c.sentence === 2).map((c) => c.tokens.slice(c.subject.from, c.subject.to).map((t) => t.text).join(' '));
}

describe('a subject by its article and its noun’s gender', () => {
  it.each([
    'Der Nordbank fehlt das Geld für neue Filialen.',
    'Am Montag fehlte der Nordbank das Geld für neue Filialen.',
  ])('a feminine after `der` is its dative, no subject: %s', async (sentence) => {
    expect(await subjects(sentence)).toEqual([]);
  });

  it.each([
    ['Der Angestellte lobte den Plan.', 'Der Angestellte'],
    ['Eine Angestellte reiste nach Kiel.', 'Eine Angestellte'],
    ['Am Montag reiste der Direktor nach Kiel.', 'der Direktor'],
  ])('an article that agrees, or a noun of either gender, still is: %s', async (sentence, subject) => {
    expect(await subjects(sentence)).toEqual([subject]);
  });
});
