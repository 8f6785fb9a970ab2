/**
 * Number options the text itself rules out or makes right (issue 15, round k: `130` offered for the pupils among `103
 * Passagiere`; round i: two figures of one death toll offered for each other).
 */
import { describe, expect, it } from 'vitest';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { ask } from './kinds/helpers';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

async function optionsOf(text: string, answer: string, seed: number): Promise<string[]> {
  const q = (await ask(numberGap, text, seed)).find((x) => x.answer === answer);
  expect(q?.options?.length, `seed ${seed}`).toBeGreaterThanOrEqual(3);
  return q!.options!;
}

describe('number options and the text\'s other figures', () => {
  it('keeps a count of part of a group below the total another sentence gives of it', async () => {
    const text = 'An Bord der Fähre nach Südkamp waren 120 Passagiere und acht Crew-Mitglieder. Unter den Passagieren waren etwa 80 Schulkinder aus Nordhafen.';
    for (const seed of SEEDS) for (const o of await optionsOf(text, '80', seed)) expect(Number(o), `${o}, seed ${seed}`).toBeLessThan(120);
  });

  it('offers no other figure the text gives for the same fact (a first report and its correction)', async () => {
    const text = 'Die Polizei in Südkamp meldete am Montag zunächst, dass 15 Menschen bei dem Brand im Hafen starben. Eine Untersuchung ergab am Freitag, dass 24 Menschen bei dem Brand starben.';
    for (const seed of SEEDS) {
      expect(await optionsOf(text, '15', seed), `seed ${seed}`).not.toContain('24');
      expect(await optionsOf(text, '24', seed), `seed ${seed}`).not.toContain('15');
    }
  });

  it('offers no share over half where two sides have the same share, but does where one side has it', async () => {
    const both = 'Sowohl die Gegner als auch die Befürworter der Brücke in Südkamp kommen laut einer Umfrage des Nordkuriers auf 44 Prozent.';
    const one = 'Die Befürworter der Brücke in Südkamp kommen laut einer Umfrage des Nordkuriers auf 44 Prozent.';
    for (const seed of SEEDS) for (const o of await optionsOf(both, '44', seed)) expect(Number(o), `${o}, seed ${seed}`).toBeLessThanOrEqual(50);
    const over = await Promise.all(SEEDS.map(async (seed) => (await optionsOf(one, '44', seed)).some((o) => Number(o) > 50)));
    expect(over).toContain(true);
  });
});
