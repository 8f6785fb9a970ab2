/**
 * Figures a teacher would not hand out (issue 15, rounds j, l and m): a year counted as `seine Firma`, a digit of a file
 * number, one line of an inventory, `1 Millionen` among the options, and a figure among options all rounder than it.
 */
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../../src/core/facts/09-numbers';
import { numberVariants } from '../../../../src/core/quiz/distractors';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { engine } from '../engineFixture';
import { ask, chooserAsks, lang, PEOPLE } from './kinds/helpers';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('what a figure counts', () => {
  it.each([
    ['Bis zum Jahr 1893 lieferte seine Firma Brandt & Co 69 Fahrzeuge aus.', '69 Fahrzeuge'],
    ['Im Jahr 1871 gründeten seine Söhne 14 Werkstätten in Nordland.', '14 Werkstätten'],
  ])('counts no noun past a verb after the number: %s', async (sentence, counted) => {
    const figures = extractNumbers(sentence, (await engine).analyze(sentence), lang.facts).map((f) => `${f.numberText} ${f.counted}`);
    expect(figures).toEqual([counted]);
  });
});

describe('figures not worth asking', () => {
  it.each([
    ['a digit of a file number', 'Das Urteil mit dem Aktenzeichen S 73 KR 1635/10 des Sozialgerichts Nordhafen gab Ole Brandt recht.', '73'],
    ['the year of a file number', 'Das Urteil mit dem Aktenzeichen S 73 KR 1635/10 des Sozialgerichts Nordhafen gab Ole Brandt recht.', '10'],
  ])('asks not %s', async (_, sentence, answer) => {
    expect(await chooserAsks(numberGap, sentence, answer)).toBe(false);
  });

  it.each([
    'Genehmigt wurden 2.105 Granaten, 379 Granatwerfer und 636 Maschinenpistolen für die Armee von Südland.',
    'Genehmigt wurden 2.105 Stück Granaten, 379 Granatwerfer, 636 Maschinenpistolen sowie 81 Gewehre für Südland.',
  ])('asks no line of an inventory: %s', async (sentence) => {
    expect((await ask(numberGap, `${PEOPLE} ${sentence}`)).map((q) => q.answer)).toEqual([]);
  });

  it('asks a figure of an event\'s toll, a run of counts by their role', async () => {
    const sentence = 'Nach dem Sturm über Nordland gab es 14 Tote, 53 Verletzte und 6 Vermisste.';
    expect((await ask(numberGap, `${PEOPLE} ${sentence}`)).map((q) => q.answer)).not.toEqual([]);
  });
});

describe('options of the answer\'s form', () => {
  it('offers no `1 Millionen` beside `2 Millionen`', () => {
    for (const seed of SEEDS) expect(numberVariants('2 Millionen', lang, mulberry32(seed)), `seed ${seed}`).not.toContain('1 Millionen');
  });

  it.each([['69'], ['347'], ['1.234']])('offers none rounder than %s', (answer) => {
    for (const seed of SEEDS) for (const o of numberVariants(answer, lang, mulberry32(seed))) expect(o, `seed ${seed}`).not.toMatch(/0$/);
  });
});
