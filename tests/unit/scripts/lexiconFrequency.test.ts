/**
 * The frequency prior between lemmas of one form (issue 14): what the lexicon build writes (scripts/lexicon/frequency.ts)
 * and what the loader reads back, on invented words.
 */
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/analysis/02-readings/lexicon';
import { readCounts, withFrequencies } from '../../../scripts/lexicon/frequency';

const LINES = [
  // `Blumor` is a neuter noun and the plural of the weak masculine `Blumo`, whose singular the verb `blumoren` shares.
  'N\tBlumor\tn\tBlumor\tBlumors',
  'N\tBlumo\tm\tBlumor\t',
  'V\tblumoren\t-\t-\tblumo blumort',
  // Every form of `Quast` is another noun's: nothing is known of how often it is met.
  'N\tQuasten\tf\tQuastens\tQuast',
  'N\tQuast\tm\tQuasten\t',
  // `trolt` is a form of both verbs; `tralen` is also the plural of a noun.
  'V\ttrolen\t-\t-\ttrolt trol',
  'V\tträlen\tab\t-\ttrolt tralen',
  'N\tTrale\tf\tTralen\t',
];
const COUNTS = readCounts('blumor 9000\nblumors 300\nquasten 500\ntrol 5000\ntrolt 800\ntralen 700\n');

describe('withFrequencies', () => {
  const { lines, classed } = withFrequencies(LINES, COUNTS);

  it('writes after the gender or particle how often a lemma sharing a form is met in forms no other word has', () => {
    // blumors (300: 2⁸ ≤ 300 < 2⁹) is Blumor's alone; the shared Blumor says nothing of either noun.
    expect(lines[0]).toBe('N\tBlumor\tn8\tBlumor\tBlumors');
    // Blumo's own form blumo is the verb's too, so it counts nothing: rare, as far as the list can tell.
    expect(lines[1]).toBe('N\tBlumo\tm0\tBlumor\t');
    expect(lines[5]).toBe('V\ttrolen\t-12\t-\ttrolt trol');
    // tralen is also the noun's plural: the verb's count is unknown but its own, so it is 0.
    expect(lines[6]).toBe('V\tträlen\tab0\t-\ttrolt tralen');
  });

  it('leaves other lines, and lemmas without forms of their own among their kind, as they were', () => {
    expect(lines[2]).toBe(LINES[2]);
    expect(lines[4]).toBe(LINES[4]);
    expect(lines[7]).toBe(LINES[7]);
    expect(classed).toBe(5);
  });

  it("reads back as the entries' frequency classes, with gender and particle unchanged", () => {
    const lex = parseLexicon(`#lesestoff-lexicon 1\n${lines.join('\n')}\n`);
    expect(lex.lookup('Blumor').map((e) => [e.lemma, e.gender, e.frequency])).toEqual([['Blumor', 'n', 8], ['Blumo', 'm', 0]]);
    expect(lex.lookup('trolt').map((e) => [e.lemma, e.particle, e.frequency])).toEqual([['trolen', undefined, 12], ['trälen', 'ab', 0]]);
    const quast = lex.lemma('Quast', 'N')!;
    expect([quast.gender, quast.frequency]).toEqual(['m', undefined]);
  });
});
