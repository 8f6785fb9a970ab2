/**
 * Dates of what came before the news are not asked (issue 15: the judges' `background` notes on rejected dates, rounds
 * v–z), on an invented report: a clause in the past perfect, a year more than one before the latest the text tells of;
 * a span reaching the news (`seit`) and the news's own dates are still asked, and a plan's target year is no latest year.
 */
import { describe, expect, it } from 'vitest';
import { latestYear, scoreCandidates } from '../../../../src/core/quiz/choose';
import { backgroundDateGap, dateGap } from '../../../../src/core/quiz/kinds/date';
import { articleOf, ask, lang } from './kinds/helpers';

const BRIDGE =
  'Nordhafen – Die Stadt Nordhafen eröffnet am 3. Mai 2024 ihre neue Brücke über den Sundbach. Bürgermeisterin Mara Lind sprach von einem großen Tag für die Brücke. ' +
  'Im Jahr 2023 begann der Bau der Brücke am Sundbach. Seit 2019 fahren täglich 40.000 Autos über die alte Brücke am Sundbach. ' +
  'Bereits im September war die alte Brücke Ziel eines Anschlags gewesen. Die alte Brücke am Sundbach baute die Stadt Nordhafen im Jahr 1998.';

/** The dates the chooser may ask of `text` (every date candidate it scores). */
async function askedDates(text: string): Promise<string[]> {
  const a = await articleOf(text);
  const kinds = [dateGap, backgroundDateGap];
  const cands = (await Promise.all(kinds.map(async (kind) => (await ask(kind, text)).map((question) => ({ question, kind }))))).flat();
  expect(cands.length).toBeGreaterThan(0);
  return scoreCandidates(cands, a, lang).map((x) => x.q.answer);
}

describe('earlier dates', () => {
  it('asks the news date, the year before it and a span reaching the news', async () => {
    const asked = await askedDates(BRIDGE);
    expect(asked).toEqual(expect.arrayContaining(['am 3. Mai 2024', 'Im Jahr 2023', 'Seit 2019']));
  });

  it.each([
    ['a clause in the past perfect, its participle an auxiliary', 'im September'],
    ['a year more than one before the latest the text tells of', 'im Jahr 1998'],
  ])('leaves out %s (%s)', async (_, answer) => {
    const made = [...(await ask(dateGap, BRIDGE)), ...(await ask(backgroundDateGap, BRIDGE))].map((q) => q.answer);
    expect(made).toContain(answer);
    expect(await askedDates(BRIDGE)).not.toContain(answer);
  });

  it('takes no target year for the text\'s latest: a date of the report stays asked beside `bis 2035`', async () => {
    const ahead = `${BRIDGE} Bis 2035 soll eine zweite Brücke über den Sundbach folgen.`;
    expect(await askedDates(ahead)).toContain('Im Jahr 2023');
    expect(latestYear(ahead, lang)).toBe(2024);
    expect(latestYear('Ab dem Jahr 2030 gilt die Regel, die 2021 beschlossen wurde.', lang)).toBe(2021);
    expect(latestYear('Keine Jahreszahl.', lang)).toBeNull();
  });
});
