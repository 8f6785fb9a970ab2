/**
 * A smaller count of a thing the text counted before is not asked (issue 15, round hh: a smuggler's six refugees after
 * the report's 2,000 stranded, a protest's sign-ups after its 12,000): the report's own figure of that thing is asked
 * instead. On an invented report of stranded commuters.
 */
import { describe, expect, it } from 'vitest';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { madeAndAsked } from './kinds/helpers';

const LEAD = 'Nordhafen – Wegen eines Streiks der Fahrer sitzen in Nordhafen seit Montag insgesamt 3000 Pendler fest. Die Stadt Nordhafen richtete am Bahnhof eine Halle für die Pendler ein.';

const numbers = (text: string): ReturnType<typeof madeAndAsked> => madeAndAsked([numberGap], text);

describe('lesserFigure', () => {
  it('asks the report\'s count, not a smaller count of the same thing told after it', async () => {
    const text = `${LEAD} Die Busse der Firma Nordbus fahren seit dem Streik nicht mehr. Am Abend stoppte die Polizei in Südstadt einen Kleinbus mit zwölf Pendlern ohne Fahrschein.`;
    const { made, asked } = await numbers(text);
    expect(made).toEqual(expect.arrayContaining(['3000', 'zwölf']));
    expect(asked).toContain('3000');
    expect(asked).not.toContain('zwölf');
  });

  it('asks a smaller count of another thing, and one of the same thing told first', async () => {
    const other = `${LEAD} Die Busse der Firma Nordbus fahren seit dem Streik nicht mehr. Am Abend stoppte die Polizei in Südstadt einen Kleinbus mit zwölf Fahrern ohne Fahrschein.`;
    expect((await numbers(other)).asked).toContain('zwölf');
    const first = `Nordhafen – Wegen eines Streiks der Fahrer sitzen in Nordhafen seit Montag zwölf Pendler fest. Die Stadt Nordhafen richtete am Bahnhof eine Halle für die Pendler ein. Die Busse der Firma Nordbus fahren seit dem Streik nicht mehr. Im Umland warten weitere 3000 Pendler auf die Busse der Firma Nordbus.`;
    expect((await numbers(first)).asked).toContain('zwölf');
  });

  it('asks a change or a rate after a larger count: it is another quantity', async () => {
    const text = `${LEAD} Die Busse der Firma Nordbus fahren seit dem Streik nicht mehr. Seit Dienstag wuchs die Schlange am Bahnhof von Nordhafen um 40 Pendler.`;
    const { made, asked } = await numbers(text);
    expect(made).toContain('40');
    expect(asked).toContain('40');
  });
});
