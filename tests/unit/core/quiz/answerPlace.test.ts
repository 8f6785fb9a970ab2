import { describe, expect, it } from 'vitest';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { ask } from './kinds/helpers';

/** Counts a town's report might give: every text is quizzed with the same seed, as `quiz FILE --seed 1` does. */
const COUNTS = [240, 37, 1200, 85, 64, 310, 19, 4500, 72, 156, 28, 930, 47, 2600, 113, 58, 820, 33, 670, 91];

describe('where the right answer stands among a question\'s options', () => {
  it('varies from text to text quizzed with one seed, so its place tells a student nothing', async () => {
    const places = [0, 0, 0, 0];
    for (const n of COUNTS) {
      const q = (await ask(numberGap, `Bürgermeisterin Mara Lind eröffnete die neue Brücke in Nordhafen. An der Brücke stehen ${n} Laternen.`))[0];
      expect(q?.options, `${n} Laternen`).toHaveLength(4);
      places[q!.options!.indexOf(String(n))]! += 1;
    }
    // 20 questions over 4 places: a place holding half of them, or none, is a pattern a student can learn.
    expect(Math.max(...places), places.join(' ')).toBeLessThanOrEqual(10);
    expect(Math.min(...places), places.join(' ')).toBeGreaterThan(0);
  });
});
