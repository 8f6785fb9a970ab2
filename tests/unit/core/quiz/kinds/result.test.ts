import { describe, expect, it } from 'vitest';
import { result } from '../../../../../src/core/quiz/kinds/result';
import { ask, line, PEOPLE } from './helpers';

const asked = async (sentence: string): Promise<string[]> => (await ask(result, `${PEOPLE} ${sentence}`)).map(line);

describe('a match\'s result, asked in the quiz\'s own words', () => {
  it.each([
    ['after `mit`, the verb at the end', 'Der FC Nordstadt hat am Samstag gegen den SV Kiel mit 3:1 gewonnen.', ['Mit welchem Ergebnis hat der FC Nordstadt am Samstag gegen den SV Kiel gewonnen? → 3:1']],
    ['with the periods\' scores in brackets after it', 'Der FC Südhafen gewann am Samstag gegen Nordland mit 5:2 (2:1,2:1,1:0).', ['Mit welchem Ergebnis gewann der FC Südhafen am Samstag gegen Nordland? → 5:2']],
    ['before a second clause of the same subject', 'Die Kieler siegten am Samstag auswärts gegen Nordstadt mit 2:0, liegen aber weiter hinten.', ['Mit welchem Ergebnis siegten die Kieler am Samstag auswärts gegen Nordstadt? → 2:0']],
    ['standing alone after the beaten side', 'Der FC Nordstadt schlug Kiel 4:1.', ['Mit welchem Ergebnis schlug der FC Nordstadt Kiel? → 4:1']],
  ])('%s', async (_, sentence, expected) => {
    expect(await asked(sentence)).toEqual(expected);
  });

  it('offers scores of the same outcome, none the sentence gives', async () => {
    const [win] = await ask(result, `${PEOPLE} Der FC Südhafen gewann am Samstag gegen Nordland mit 5:2 (2:1,2:1,1:0).`);
    expect(win!.options).toHaveLength(4);
    for (const o of win!.options!.filter((x) => x !== '5:2')) {
      const [home, away] = o.split(':').map(Number);
      expect(home! > away!, o).toBe(true);
      expect(['2:1', '1:0']).not.toContain(o);
    }
    const [draw] = await ask(result, `${PEOPLE} Die Kieler trennten sich am Sonntag mit 1:1 von Nordstadt.`);
    expect(draw!.options!.every((o) => o.split(':')[0] === o.split(':')[1])).toBe(true);
  });

  it.each([
    ['a list of sets', 'Ole Brandt gewann im Achtelfinale mit 6:7, 6:7, 6:1 und 7:5.'],
    ['a verb that reports no result', 'Der FC Nordstadt führte zur Pause mit 2:0.'],
    ['a score inside a phrase', 'Der FC Nordstadt feierte am Samstag das 2:0 gegen den SV Kiel.'],
    // Round hh: `Mit welchem Ergebnis gewann der Aufsteiger …?` judged unclear, whose result the question does not say.
    ['a side named only by its standing in the contest', 'Der Aufsteiger gewann am Samstag gegen Nordland mit 5:2.'],
    ['the hosts named only as such', 'Die Gastgeber siegten am Samstag gegen Nordland mit 2:0.'],
  ])('asks none of %s', async (_, sentence) => {
    expect(await asked(`Der FC Nordstadt hat am Sonntag gegen den SV Kiel mit 3:1 gewonnen. ${sentence}`)).toEqual(['Mit welchem Ergebnis hat der FC Nordstadt am Sonntag gegen den SV Kiel gewonnen? → 3:1']);
  });
});
