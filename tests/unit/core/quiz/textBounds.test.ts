/**
 * Number options within the bounds the text's own qualified figures set (issue 15, round l: `Mehr als 20 Tote` in the
 * headline, the body's `24` asked among 15 and 18).
 */
import { describe, expect, it } from 'vitest';
import { factsOf, type QuizContext } from '../../../../src/core/quiz';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { engine } from '../engineFixture';
import { lang } from './kinds/helpers';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** The options of the number gap on `answer` in an article under `headline`. */
async function optionsOf(headline: string, body: string, answer: string, seed: number): Promise<number[]> {
  const text = `${headline}\n\n${body}`;
  const article = { id: 'a.txt', text, analysis: (await engine).analyze(text), outlet: null };
  const facts = factsOf([article], lang);
  const ctx: QuizContext = { article, facts: facts.articles[0]!, lang, rand: mulberry32(seed), story: facts.articles[0]!.facts };
  const q = numberGap.ask(ctx).find((x) => x.answer === answer);
  expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
  return q!.options!.map((o) => Number(o.replace('.', '')));
}

describe('number options and the bounds the text sets', () => {
  it.each([
    ['a lower bound in the headline', 'Mehr als 20 Tote bei Brand in Südkamp', 'Bei dem Brand im Hafen von Südkamp starben nach Angaben der Feuerwehr 24 Menschen.', '24', (x: number) => x > 20],
    ['an upper bound in the headline', 'Bis zu 50 Verletzte bei Zugunglück in Nordland', 'Bei dem Unglück nahe Südkamp wurden nach Angaben der Polizei 38 Menschen verletzt.', '38', (x: number) => x < 50],
    ['a bound in the body, of the same thing in other words', 'Zugunglück in Nordland', 'Bei dem Unglück nahe Südkamp wurden mehr als 250 Menschen verletzt. Die Polizei zählte am Abend 280 Verletzte.', '280', (x: number) => x > 250],
    ['the other step of a sequence', 'Brand in Südkamp', 'Die Feuerwehr meldete zunächst 120 Verletzte. Am Abend sprach die Polizei in Südkamp von 190 Verletzten.', '190', (x: number) => x > 120],
    ['the other step of a sequence, asked of the first', 'Brand in Südkamp', 'Die Feuerwehr meldete zunächst 120 Verletzte. Am Abend zählte die Polizei in Südkamp 190 Verletzte.', '120', (x: number) => x < 190],
  ])('keeps options within %s', async (_, headline, body, answer, within) => {
    for (const seed of SEEDS) for (const o of await optionsOf(headline, body, answer, seed)) expect(within(o), `${o}, seed ${seed}`).toBe(true);
  });

  it('takes no bound from a share of another thing (a share says what it measures only with a role word)', async () => {
    const headline = 'Neue Tarife bei der Nordbahn';
    const body = 'Im vergangenen Jahr lag die Auslastung der Züge im Schnitt bei 80 Prozent. Rund 70 Prozent der Tickets werden inzwischen online verkauft.';
    const wide = await Promise.all(SEEDS.map(async (seed) => (await optionsOf(headline, body, '80', seed)).some((o) => o < 59 || o > 81)));
    expect(wide).toContain(true);
  });
});
