/**
 * The frequency prior between nouns of one form (issue 14): what the lexicon build writes (scripts/lexicon/frequency.ts)
 * and what the loader reads back, on invented words.
 */
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/analysis/02-readings/lexicon';
import { readCounts, withNounFrequencies } from '../../../scripts/lexicon/frequency';

// `Blumor` is a neuter noun and the plural of the weak masculine `Blumo`, whose singular the verb `blumoren` shares.
const LINES = [
  'N\tBlumor\tn\tBlumor\tBlumors',
  'N\tBlumo\tm\tBlumor\t',
  'V\tblumoren\t-\t-\tblumo blumort',
  // Every form of `Quast` is another noun's: nothing is known of how often it is met.
  'N\tQuasten\tf\tQuastens\tQuast',
  'N\tQuast\tm\tQuasten\t',
];
const COUNTS = readCounts('blumor 9000\nblumors 300\nquasten 500\n');

describe('withNounFrequencies', () => {
  const { lines, classed } = withNounFrequencies(LINES, COUNTS);

  it('writes after the gender what a noun sharing a form is met at least and at most in forms of its own', () => {
    // blumors (300, 2⁸ ≤ 300 < 2⁹) is Blumor's alone; the shared Blumor says nothing of either noun.
    expect(lines[0]).toBe('N\tBlumor\tn8:8\tBlumor\tBlumors');
    // blumo is the verb's too, so no lower bound; not in the list, so rare.
    expect(lines[1]).toBe('N\tBlumo\tm:0\tBlumor\t');
  });

  it('leaves other lines and nouns without forms of their own as they were', () => {
    expect(lines[2]).toBe(LINES[2]);
    expect(lines[4]).toBe(LINES[4]);
    expect(classed).toBe(3);
  });

  it('reads back as the entries\' frequency classes, with the gender unchanged', () => {
    const lex = parseLexicon(`#lesestoff-lexicon 1\n${lines.join('\n')}\n`);
    expect(lex.lookup('Blumor').map((e) => [e.lemma, e.gender, e.frequency, e.frequencyAtMost])).toEqual([
      ['Blumor', 'n', 8, 8],
      ['Blumo', 'm', undefined, 0],
    ]);
    const quast = lex.lemma('Quast', 'N')!;
    expect([quast.gender, quast.frequency, quast.frequencyAtMost]).toEqual(['m', undefined, undefined]);
  });
});
