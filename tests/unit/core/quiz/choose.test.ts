import { describe, expect, it } from 'vitest';
import { trustedEntities } from '../../../../src/core/quiz/build';
import { fitQuestion } from '../../../../src/core/quiz/fit';
import { dateGap } from '../../../../src/core/quiz/kinds/date';
import { numberGap } from '../../../../src/core/quiz/kinds/number';
import type { EntityFact } from '../../../../src/core/facts/types';
import { articleOf, ask, chooserAsks, lang, PEOPLE } from './kinds/helpers';
import type { QuestionKind } from '../../../../src/core/quiz';

const asked = (kind: QuestionKind, sentence: string, answer: string): Promise<boolean> => chooserAsks(kind, sentence, answer, true);

describe('questions the chooser leaves out', () => {
  it('asks no date whose clause leans on a pronoun for its subject (`treten sie … an`), but asks one with its subject named', async () => {
    expect(await asked(dateGap, 'Am 9. Oktober 2024 treten sie mit dem Chor in Südstadt an.', 'Am 9. Oktober 2024')).toBe(false);
    expect(await asked(dateGap, 'Am 9. Oktober 2024 tritt der Chor der Schule in Südstadt an.', 'Am 9. Oktober 2024')).toBe(true);
  });

  it('asks a number of a sentence that opens with `Er` only with the sentence before, which names who is meant', async () => {
    const sentence = 'Er spendete am Abend 240 Laternen für die Brücke.';
    expect(await asked(numberGap, sentence, '240')).toBe(true);
    expect((await ask(numberGap, `${PEOPLE} ${sentence}`)).find((q) => q.answer === '240')?.prompt).toContain('Ole Brandt lobte den Bau. Er spendete');
    // Of another paragraph, the sentence before is not shown: who is meant stands elsewhere.
    expect((await ask(numberGap, `${PEOPLE}\n\n${sentence}`)).filter((q) => q.answer === '240')).toEqual([]);
    expect(await asked(numberGap, 'Die Firma Nordlicht spendete am Abend 240 Laternen für die Brücke.', '240')).toBe(true);
  });
});

describe('sentences the chooser does not show', () => {
  it('asks nothing of a sentence cut inside a bracket (`Schulstufe), für die …`), as a splitter leaves one after `4.`', async () => {
    const whole = `${PEOPLE} Im Mai traten an den Schulen von Nordhafen 75.297 Kinder zum Test an.`;
    const q = (await ask(numberGap, whole)).find((x) => x.answer === '75.297')!;
    expect(fitQuestion(q, await articleOf(whole), lang)).not.toBeNull();
    const cut = `${PEOPLE} Getestet wurde die vierte Stufe (4. Schulstufe), für die im Mai 75.297 Kinder an den Schulen von Nordhafen antraten.`;
    const article = await articleOf(cut);
    const inBracket = (await ask(numberGap, cut)).find((x) => x.answer === '75.297')!;
    const sentence = article.analysis.sentences.find((s) => s.start <= inBracket.evidence[0]!.start && inBracket.evidence[0]!.start < s.end)!;
    expect(article.text.slice(sentence.start, sentence.end)).toMatch(/^Schulstufe\)/);
    expect(fitQuestion(inBracket, article, lang)).toBeNull();
  });
});

describe('people a question may name', () => {
  it('takes no name that ends in a known place for a person (`Trainer Red Bull Salzburg` is a club)', () => {
    const span = { start: 0, end: 1, text: 'x' };
    const person = (name: string): EntityFact => ({ id: name, kind: 'person', name, role: { ...span, text: 'Trainer' }, mentions: [], span, evidence: span, sentence: 0 });
    expect(trustedEntities([person('Red Bull Salzburg'), person('Peter Zeidler')], 'person', lang).map((e) => e.name)).toEqual(['Peter Zeidler']);
  });

  it('takes no fragment of a longer name for a body (`RB` of `RB Nordhafen`, `SC` of `Hafen SC`), but a name beside an article', () => {
    const body = (name: string, sentence: string): EntityFact => {
      const start = sentence.indexOf(name);
      const evidence = { start: 0, end: sentence.length, text: sentence };
      return { id: name, kind: 'organisation', name, role: null, mentions: [], span: { start, end: start + name.length, text: name }, evidence, sentence: 0 };
    };
    const bodies = [body('RB', 'Am Ende siegte RB Nordhafen klar.'), body('SC', 'Der Hafen SC verlor.'), body('BVB', 'Der BVB gewann in Südstadt.')];
    expect(trustedEntities(bodies, 'organisation', lang).map((e) => e.name)).toEqual(['BVB']);
  });

  it('takes no name with an acronym glued on for a person (`Lea Sommer von ADRA`)', () => {
    const span = { start: 0, end: 1, text: 'x' };
    const person = (name: string): EntityFact => ({ id: name, kind: 'person', name, role: { ...span, text: 'Sprecherin' }, mentions: [], span, evidence: span, sentence: 0 });
    expect(trustedEntities([person('Lea Sommer von ADRA'), person('Lea Sommer')], 'person', lang).map((e) => e.name)).toEqual(['Lea Sommer']);
  });
});
