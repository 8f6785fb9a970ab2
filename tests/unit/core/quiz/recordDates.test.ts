/** The date a record is measured from is no fact to ask (issue 15, round m: `sank … erstmals seit ___`, judged not worth asking). */
import { describe, expect, it } from 'vitest';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { ask, PEOPLE } from './kinds/helpers';

const dates = async (sentence: string): Promise<string[]> => (await ask(dateGap, `${PEOPLE} ${sentence}`)).map((q) => q.answer);

describe('dates of a record', () => {
  it.each([
    ['Im Vorjahr sank die Zahl der Gäste in Nordhafen erstmals seit 2010.', 'seit 2010'],
    ['Die Einlagen der Banken in Nordland sind auf den niedrigsten Stand seit Ende 2003 gesunken.', '2003'],
    ['Die Arbeitslosigkeit in Südkamp stieg zum ersten Mal seit August 2014.', 'seit August 2014'],
    ['Nordland erlebte am Montag das schwerste Erdbeben seit 1985.', 'seit 1985'],
  ])('asks not %s', async (sentence, date) => {
    expect(await dates(sentence)).not.toContain(date);
  });

  it.each([
    ['Ole Brandt leitet die Werft in Nordhafen seit 2010.', 'seit 2010'],
    ['Die Fähre nach Südkamp fährt seit August 2014 zweimal am Tag.', 'seit August 2014'],
  ])('asks the start of a state, no record: %s', async (sentence, date) => {
    expect(await dates(sentence)).toContain(date);
  });
});
