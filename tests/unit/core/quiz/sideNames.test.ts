/**
 * A name gap is not asked of a side person or place: one the text names once, outside the sentences that tell its
 * main news (issue 15: `abgesehen von ___` in an interview, the city of a summit in a Nato report), on an invented
 * report; a person it names again is still asked.
 */
import { describe, expect, it } from 'vitest';
import { nameCloze, placeCloze } from '../../../../src/core/quiz/kinds/nameCloze';
import { madeAndAsked } from './kinds/helpers';

const BRIDGE =
  'Nordhafen – Bürgermeisterin Mara Lind hat am Montag die neue Brücke über den Fluss in Nordhafen eröffnet. ' +
  'Lind sprach von einem großen Tag für die Brücke. Lind dankte allen Arbeitern.\n\n' +
  'Verkehrsminister Ole Brandt lobte den Bau der Brücke. Brandt will weitere Brücken im Land fördern.\n\n' +
  'Beim Fest am Abend sang auch Finanzminister Jan Berg ein Lied. Innenminister Tom Krug feierte mit.';

/** The answers the kinds make of `text` and those of them the chooser may ask. */
const names = (text: string): ReturnType<typeof madeAndAsked> => madeAndAsked([nameCloze, placeCloze], text);

describe('side names', () => {
  it('leaves out the gap of a person named once, beside the news', async () => {
    const { made, asked } = await names(BRIDGE);
    expect(made).toContain('Jan Berg');
    expect(asked).not.toContain('Jan Berg');
  });

  it('still asks a person the text names again', async () => {
    expect((await names(BRIDGE)).asked).toContain('Ole Brandt');
  });
});
