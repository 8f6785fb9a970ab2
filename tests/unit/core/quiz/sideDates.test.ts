/**
 * A month or year alone is not asked where its clause names nothing of the story, nor a month without its year
 * wherever it stands (issue 15: the judges' `side detail` and `trivia` notes on dates), on an invented report: the month
 * of a side event and a month of the story's own clause go, a day's date, a span's start (`seit`) and a year of the
 * story's own clause stay.
 */
import { describe, expect, it } from 'vitest';
import { backgroundDateGap, dateGap } from '../../../../src/core/quiz/kinds/date';
import { madeAndAsked } from './kinds/helpers';

/** Its lead, then paragraphs of their own: the lead's words are the story's. */
const FARES =
  'Nordhafen – Die Stadtwerke Nordhafen erhöhen am 1. Juli 2025 die Preise für Fernwärme um zwölf Prozent. ' +
  'Die Stadtwerke begründen die höheren Preise für Fernwärme mit den Kosten für Gas.\n\n' +
  'Im Februar besuchte eine Delegation aus Südland die Hafenanlagen am Kai.\n\n' +
  'Seit Januar gilt in der Altstadt ein Tempolimit für Lastwagen. ' +
  'Am 3. Juni eröffnet in der Altstadt ein neues Museum für Schifffahrt. ' +
  'Im Oktober will der Stadtrat über die Preise der Stadtwerke für Fernwärme beraten. ' +
  'Im Jahr 2026 wollen die Stadtwerke ein neues Heizwerk für Fernwärme bauen.';

/** The answers the kinds make of `text` and those of them the chooser may ask. */
const dates = (text: string): ReturnType<typeof madeAndAsked> => madeAndAsked([dateGap, backgroundDateGap], text);

describe('side dates', () => {
  it('leaves out a month alone whose clause names nothing of the story', async () => {
    const { made, asked } = await dates(FARES);
    expect(made).toContain('Im Februar');
    expect(asked).not.toContain('Im Februar');
  });

  it('leaves out a month without its year, even in a clause of the story: one step of its chronology', async () => {
    const { made, asked } = await dates(FARES);
    expect(made).toContain('Im Oktober');
    expect(asked).not.toContain('Im Oktober');
  });

  it.each([
    ['the news\'s own day', 'am 1. Juli 2025'],
    ['a side event\'s day', 'Am 3. Juni'],
    ['a span\'s start', 'Seit Januar'],
    ['a year of the story\'s own clause', 'Im Jahr 2026'],
  ])('still asks %s (%s)', async (_, answer) => {
    expect((await dates(FARES)).asked).toContain(answer);
  });
});
