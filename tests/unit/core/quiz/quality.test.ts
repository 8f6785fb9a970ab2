/**
 * The chooser orders and keeps questions by the acceptability model learnt from the teachers' judgements (issue 15,
 * src/core/quiz/quality.ts), on invented texts: the story's main event before a side detail, and a thin text gets
 * fewer questions rather than bad ones.
 */
import { describe, expect, it } from 'vitest';
import { chooseQuestions, scoreCandidates } from '../../../../src/core/quiz/choose';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { articleOf, ask, lang } from './kinds/helpers';

const BRIDGE =
  'Die Stadt Nordhafen baut für 45 Millionen Euro eine neue Brücke über den Sundbach. Bürgermeisterin Mara Lind stellte den Plan am Montag im Rat vor.\n\n' +
  'Die Brücke soll täglich 12.000 Autos tragen. Lind sprach von einem großen Tag für die Stadt.\n\n' +
  'Beim Fest am Abend spielten 3 Kapellen 14 Lieder vor 250 Gästen, der Eintritt kostete 5 Euro.';
const FEST = 'Beim Fest am Abend spielten 3 Kapellen 14 Lieder vor 250 Gästen. Der Eintritt kostete 5 Euro, Kinder zahlten 2 Euro. Am Stand gab es 4 Sorten Kuchen für 3 Euro.';

async function candidates(text: string) {
  return (await ask(numberGap, text)).map((question) => ({ question, kind: numberGap }));
}

describe('the acceptability model', () => {
  it("ranks a side detail of the article below its lead's event", async () => {
    const cands = await candidates(BRIDGE);
    const scored = scoreCandidates(cands, await articleOf(BRIDGE), lang);
    const chance = (answer: string): number => scored.find((s) => s.q.answer === answer)!.acceptable;
    expect(scored.map((s) => s.q.answer)).toEqual(expect.arrayContaining(['45 Millionen', '14', '250']));
    expect(chance('45 Millionen')).toBeGreaterThan(chance('14'));
    expect(chance('45 Millionen')).toBeGreaterThan(chance('250'));
    const chosen = chooseQuestions(cands, await articleOf(BRIDGE), lang, 3, () => true).map((q) => q.answer);
    expect(chosen[0]).toBe('45 Millionen');
    expect(chosen).not.toContain('14');
    expect(chosen).not.toContain('250');
  });

  it('gives a thin text fewer questions rather than bad ones, and asks what is worth asking where the text has it', async () => {
    const thin = await candidates(FEST);
    expect(thin.length, 'the kind offers the figures').toBeGreaterThanOrEqual(3);
    const thinChosen = chooseQuestions(thin, await articleOf(FEST), lang, 3, () => true);
    const richChosen = chooseQuestions(await candidates(BRIDGE), await articleOf(BRIDGE), lang, 3, () => true);
    expect(richChosen.length).toBeGreaterThanOrEqual(1);
    // None of the thin text's figures clears the floor, so it gets at most its best two just under it (`askable`), not
    // its budget (the model retrained on round q puts `Der Eintritt kostete 5 Euro` at 0.498, the rich text's second at 0.66).
    expect(thinChosen.length).toBeLessThanOrEqual(2);
    expect(thinChosen.length).toBeLessThan(thin.length);
  });

  it('asks no figure of a sentence another question shows with its gap', async () => {
    const text =
      'Die Nordwerft AG hat 2023 ihren Umsatz stark gesteigert. Der Werftchef Ole Brandt stellte die Zahlen am Montag in Nordhafen vor.\n\n' +
      'Die Nordwerft AG baut seit 1950 Fähren in Portugal und zahlt pro Jahr 12 Millionen Euro an Steuern. Der Jahresumsatz liegt bei 420 Millionen Euro.';
    const cands = await candidates(text);
    const owned = cands.find((c) => c.question.answer === '420 Millionen')!.question;
    expect(owned.prompt, 'the turnover gap shows the sentence naming its owner').toContain('12 Millionen Euro an Steuern');
    expect(cands.map((c) => c.question.answer)).toContain('12 Millionen');
    const chosen = chooseQuestions(cands, await articleOf(text), lang, 5, () => true).map((q) => q.answer);
    expect(chosen.filter((x) => x === '12 Millionen' || x === '420 Millionen')).toHaveLength(1);
  });
});
