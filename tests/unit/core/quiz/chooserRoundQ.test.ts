/** What the chooser asks of a report (issue 15, round q: side figures, courtesies and the unasked news), on invented texts. */
import { describe, expect, it } from 'vitest';
import { articleView, chooseQuestions, questionFeatures, scoreCandidates } from '../../../../src/core/quiz/choose';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { whoSaid } from '../../../../src/core/quiz/kinds/whoSaid';
import { QUALITY_MODEL } from '../../../../src/core/quiz/qualityModel';
import { articleOf, ask, lang } from './kinds/helpers';

const SPEAKERS =
  'Bürgermeisterin Mia Lind sagte, die neue Brücke über den Sund werde im Mai fertig. ' +
  'Professor Jan Berg sagte, die Pläne für die Brücke seien gut durchdacht und sicher.';

describe('who said a courtesy', () => {
  /** The who-said prompts the kind makes of a quote of Ole Brandt's and those the chooser may ask. */
  async function whoSaidOf(quote: string): Promise<{ made: string[]; askable: string[] }> {
    const text = `„${quote}“, sagte Verkehrsminister Ole Brandt. ${SPEAKERS}`;
    const questions = await ask(whoSaid, text);
    const scored = scoreCandidates(questions.map((question) => ({ question, kind: whoSaid })), await articleOf(text), lang);
    const brandt = (prompts: string[]): string[] => prompts.filter((p) => p.includes(quote));
    return { made: brandt(questions.map((q) => q.prompt)), askable: brandt(scored.map((x) => x.q.prompt)) };
  }

  it.each([
    ['an honour', 'Es ist mir eine große Ehre, in Nordland zu sein'],
    ['thanks', 'Ich danke allen Helfern in Nordland von Herzen'],
    ['congratulations', 'Ich gratuliere der Stadt Nordhafen zu ihrer Brücke'],
  ])('is not asked: %s', async (_, quote) => {
    const { made, askable } = await whoSaidOf(quote);
    expect(made).toHaveLength(1);
    expect(askable).toEqual([]);
  });

  it('is asked where the quote tells what happens besides (`Ich danke …, doch die Maut steigt …`)', async () => {
    const { askable } = await whoSaidOf('Ich danke den Bürgern, doch die Maut für die neue Brücke steigt im Mai auf zehn Euro');
    expect(askable).toHaveLength(1);
  });
});

describe('a figure of a side detail', () => {
  const QUAKE =
    'Ein Erdbeben hat am Montag die Stadt Nordhafen erschüttert. Das Erdbeben zerstörte nach Angaben der Feuerwehr 40 Häuser in Nordhafen. ' +
    'Die Feuerwehr war mit allen Kräften im Einsatz. Ihr Kommandant Ole Brandt, der im Schnitt 80 Einsätze pro Jahr leitet, lobte die Helfer.';

  it('is told from one of the story by its own clause: `40 Häuser in Nordhafen`, not `im Schnitt 80 Einsätze pro Jahr`', async () => {
    const a = await articleOf(QUAKE);
    const view = articleView(a, lang);
    const features = new Map((await ask(numberGap, QUAKE)).map((q) => [q.answer, questionFeatures(q, view)]));
    expect(features.get('40')?.figureOfStory).toBe(1);
    expect(features.get('80')?.figureOfStory).toBe(0);
  });
});

describe('the main news first', () => {
  const BRIDGE =
    'Die neue Brücke von Nordhafen ist nach 4 Jahren Bauzeit fertig. Bürgermeisterin Mia Lind sprach von einem großen Tag.\n\n' +
    'Die Brücke kostete 45 Millionen Euro. Täglich sollen 12.000 Autos über die Brücke fahren.';

  it('asks the figure of the news sentence where it clears the floor, though a later figure rates higher', async () => {
    const a = await articleOf(BRIDGE);
    const candidates = (await ask(numberGap, BRIDGE)).map((question) => ({ question, kind: numberGap }));
    const scored = scoreCandidates(candidates, a, lang);
    const chance = (answer: string): number => scored.find((x) => x.q.answer === answer)!.acceptable;
    expect(chance('4')).toBeGreaterThanOrEqual(QUALITY_MODEL.threshold);
    expect(chance('4')).toBeLessThan(chance('45 Millionen'));
    expect(chooseQuestions(candidates, a, lang, 1, () => true).map((q) => q.answer)).toEqual(['4']);
  });
});
