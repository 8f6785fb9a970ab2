/**
 * A gap prompt cut where its clause does not stand on its own (issue 15, round gg, judged unclear): before its own
 * clause's place (`Rund ___ Flüchtlinge halten sich nach Angaben der Regierung …`, `in Athen auf` cut off), at a relative
 * pronoun whose antecedent was cut off (`… die in einer Auflage von ___ Stück … vertrieben wurde`), or inside a
 * subordinate clause that goes on into a main clause whose subject was cut off (`… auch wenn er sich bedeckt hält,
 * rechnete mit …`). Such a gap is not asked; the same sentence that keeps what it leans on is.
 */
import { describe, expect, it } from 'vitest';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import { ask, PEOPLE } from './kinds/helpers';

const prompts = async (sentence: string, answer: string): Promise<string[]> =>
  (await ask(numberGap, `${PEOPLE} ${sentence}`)).filter((q) => q.answer === answer).map((q) => q.prompt);

describe('a gap prompt cut where its clause leans on what was cut', () => {
  it('is not asked when its own clause goes on after an inserted relative clause (`…, in den Baracken … auf`)', async () => {
    const goesOn = 'Rund 3.000 Erntehelfer halten sich nach Angaben des Landwirtschaftsamtes, das nun rasch mehr Unterkünfte bereitstellen will, in den Baracken am Stadtrand von Südkamp auf.';
    const ends = 'Rund 3.000 Erntehelfer arbeiten nach Angaben des Landwirtschaftsamtes in den Baracken am Stadtrand von Südkamp, das nun rasch mehr Unterkünfte bereitstellen will.';
    expect(await prompts(goesOn, '3.000')).toEqual([]);
    expect(await prompts(ends, '3.000')).toHaveLength(1);
  });

  it('is not asked when it opens with a relative pronoun whose antecedent was cut off', async () => {
    const sentence = 'Neben den hohen Kosten und der schlechten Planung des Umbaus kritisiert der Rechnungshof auch eine Zeitung der Stadt Südkamp, die in einer Auflage von 40.000 Stück über die Post verschickt wurde.';
    const demonstrative = 'Neben den hohen Kosten und der schlechten Planung des Umbaus kritisiert der Rechnungshof auch die Zeitung der Stadt Südkamp, die sei in einer Auflage von 40.000 Stück über die Post verschickt worden.';
    expect(await prompts(sentence, '40.000')).toEqual([]);
    expect(await prompts(demonstrative, '40.000')).toHaveLength(1);
  });

  it('is not asked when it runs from a subordinate clause into a main clause whose subject was cut off', async () => {
    const cut = 'Bürgermeisterin Mara Lind, die im Hintergrund die Fäden zieht, auch wenn sie sich in der Sache bedeckt hält, rechnete mit Minister Brandt am Montag vor, dass für den Beschluss im Stadtrat rund 12 Stimmen fehlen.';
    const named = 'Im Hintergrund zieht die Bürgermeisterin die Fäden, und auch wenn sie sich in der Sache bedeckt hält, rechnete Mara Lind mit Minister Brandt am Montag vor, dass für den Beschluss im Stadtrat rund 12 Stimmen fehlen.';
    expect(await prompts(cut, '12')).toEqual([]);
    expect(await prompts(named, '12')).toHaveLength(1);
  });
});
