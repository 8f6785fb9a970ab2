/**
 * Gap prompts of a report's lead that were dropped though they ask its main news (issue 15): a prompt cut past the
 * dateline (`Graz – `), which says where the report was filed, not what its figure is of; and a long clause whose words
 * around the gap lose its verb (`… für die Zeitung Nordkurier auf ___ Prozent`), shown whole where it fits a prompt.
 */
import { describe, expect, it } from 'vitest';
import { fitQuestion } from '../../../../src/core/quiz/fit';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { articleOf, ask, lang, PEOPLE } from './kinds/helpers';

const fitted = async (text: string, answer: string): Promise<string | null> => {
  const q = (await ask(numberGap, text)).find((x) => x.answer === answer);
  return q ? (fitQuestion(q, await articleOf(text), lang)?.prompt ?? null) : null;
};

describe('a lead sentence after its dateline', () => {
  it('asks the figure of a prompt cut past the dateline, but not one whose cut leaves out the place the figure is of', async () => {
    const lead = 'Graz – Ende vergangener Woche tauchte die Forderung der Partei im Stadtrat auf, auch jenen 12.000 Bewohnern das Wahlrecht für die Wahl des Gemeinderats einzuräumen, die keinen Pass besitzen.';
    const prompt = await fitted(`${lead} ${PEOPLE}`, '12.000');
    expect(prompt).not.toContain('Graz');
    expect(prompt).toContain('auch jenen ___ Bewohnern');
    const inClause = 'Ende vergangener Woche tauchte die Forderung der Partei im Stadtrat von Graz auf, auch jenen 12.000 Bewohnern das Wahlrecht für die Wahl des Gemeinderats einzuräumen, die keinen Pass besitzen.';
    expect(await fitted(`${inClause} ${PEOPLE}`, '12.000')).toBeNull();
  });
});

describe('a long clause whose gap stands far into it', () => {
  it('is shown whole where the words around the gap lose its verb', async () => {
    const poll = 'Sowohl die Gegner als auch die Befürworter des Brückenbaus kommen derzeit laut einer am Mittwoch veröffentlichten Umfrage für die Zeitung Nordkurier auf 41 Prozent.';
    expect(await fitted(`${PEOPLE} ${poll}`, '41')).toBe(`Welche Zahl fehlt im Satz? „${poll.replace('41', '___')}“`);
  });
});
