/** Date options on the answer's side of the report's own year (issue 15: `mindestens bis 2014` offered in a report of 2016, judged impossible). */
import { describe, expect, it } from 'vitest';
import { factsOf, type QuizContext } from '../../../../src/core/quiz';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { engine } from '../engineFixture';
import { lang } from './kinds/helpers';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The years among the options of the date gap on `answer`, in a report of 18 June 2016. */
async function optionYears(body: string, answer: string, seed: number): Promise<number[]> {
  const text = `Neues aus Nordhafen\n\n${body}`;
  const article = { id: 'a.txt', text, analysis: (await engine).analyze(text), outlet: null, date: '2016-06-18' };
  const facts = factsOf([article], lang);
  const ctx: QuizContext = { article, facts: facts.articles[0]!, lang, rand: mulberry32(seed), story: facts.articles[0]!.facts };
  const q = dateGap.ask(ctx).find((x) => x.answer === answer);
  expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
  return q!.options!.map((o) => Number(/\d{4}/.exec(o)?.[0]));
}

describe('date options and the report\'s own year', () => {
  it.each([
    ['a plan beyond it', 'Der FC Nordhafen will mit Trainer Ole Brandt mindestens bis 2017 zusammenarbeiten.', 'bis 2017', (y: number) => y > 2016],
    ['a past event', 'Der FC Nordhafen stieg im Jahr 2014 unter Trainer Ole Brandt in die erste Liga auf.', 'im Jahr 2014', (y: number) => y < 2016],
  ])('keeps the options of %s on its side', async (_, body, answer, side) => {
    for (const seed of SEEDS) for (const y of await optionYears(body, answer, seed)) expect(side(y), `${y}, seed ${seed}`).toBe(true);
  });
});
