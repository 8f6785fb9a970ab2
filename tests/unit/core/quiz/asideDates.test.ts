/**
 * A date set off in a clause without a verb (an apposition: `Keller, seit März 2024 Direktorin der Werft, sagte …`) is
 * not asked (issue 15: it dates a person's post or a thing, not what the report tells), on an invented report; the
 * same date in a clause of its own is still asked.
 */
import { describe, expect, it } from 'vitest';
import { backgroundDateGap, dateGap } from '../../../../src/core/quiz/kinds/date';
import { madeAndAsked } from './kinds/helpers';

const LEAD = 'Nordhafen – Die Werft Nordhafen baut ab dem 1. Juli 2025 zwei Fähren für die Inseln. Die Werft erhält für die Fähren 40 Millionen Euro.\n\n';

/** The answers the kinds make of `text` and those of them the chooser may ask. */
const dates = (text: string): ReturnType<typeof madeAndAsked> => madeAndAsked([dateGap, backgroundDateGap], text);

describe('dates in an aside', () => {
  it('leaves out a date in an apposition without a verb', async () => {
    const { made, asked } = await dates(`${LEAD}Anna Keller, seit März 2024 Direktorin der Werft für die Fähren, sagte, die Werft brauche 50 neue Fachkräfte.`);
    expect(made).toContain('seit März 2024');
    expect(asked).not.toContain('seit März 2024');
  });

  it('still asks the same date where its clause has a verb', async () => {
    const { asked } = await dates(`${LEAD}Anna Keller leitet seit März 2024 die Werft für die Fähren, sie sagte, die Werft brauche 50 neue Fachkräfte.`);
    expect(asked).toContain('seit März 2024');
  });
});
