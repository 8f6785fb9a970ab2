/**
 * Subjects the clause parser reads in more of their shapes (issue 15: the main news of a lead whose subject carries a
 * preposition's phrase before its noun, or two titles before a name, was read as no clause, so nothing of it was asked).
 */
import { describe, expect, it } from 'vitest';
import { mainClauses } from '../../../../src/core/quiz/clause';
import { factsOf, type QuizContext } from '../../../../src/core/quiz';
import { event } from '../../../../src/core/quiz/kinds/event';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { articleOf, ask, lang, line } from './kinds/helpers';

const STORY = 'Ministerin Eva Holm besuchte am Montag den Hafen von Nordstadt. Direktorin Lea Sommer zeigte ihr die neuen Kräne.';

/** The subjects (and their named person) the clause parser reads in `sentence`, after two sentences naming others. */
async function subjects(sentence: string): Promise<string[]> {
  const a = await articleOf(`${STORY} ${sentence}`);
  const facts = factsOf([a], lang);
  const ctx: QuizContext = { article: a, facts: facts.articles[0]!, lang, rand: mulberry32(1), story: facts.articles[0]!.facts };
  return mainClauses(ctx)
    .filter((c) => c.sentence === 3)
    .map((c) => `${c.tokens.slice(c.subject.from, c.subject.to).map((t) => t.text).join(' ')} / ${c.actor?.entity.name ?? '-'}`);
}

describe('a subject with a preposition’s phrase before its noun', () => {
  it.each([
    ['Die aus der Fernsehserie Nordwache bekannte Sängerin Anna Berg hat einen Schlaganfall erlitten.', 'Die aus der Fernsehserie Nordwache bekannte Sängerin Anna Berg / Anna Berg'],
    ['Die am Montag veröffentlichte Studie hat große Mängel im Hafen aufgezeigt.', 'Die am Montag veröffentlichte Studie / -'],
    ['Der für den Hafen wichtigste Kunde hat seine Verträge gekündigt.', 'Der für den Hafen wichtigste Kunde / -'],
  ])('is read whole, the participle no finite verb: %s', async (sentence, subject) => {
    expect(await subjects(sentence)).toEqual([subject]);
  });

  it('leaves a finite verb before a noun the verb it is', async () => {
    expect(await subjects('Die Nordbank meldete hohe Gewinne im Hafengeschäft.')).toEqual(['Die Nordbank / -']);
  });
});

describe('two titles joined by `und` before a name', () => {
  it('are one person’s', async () => {
    expect(await subjects('Die frühere Ministerin und jetzige Bankchefin Anna Berg warnte vor einem Ausverkauf der Werft.')).toEqual([
      'Die frühere Ministerin und jetzige Bankchefin Anna Berg / Anna Berg',
    ]);
  });

  it('are not where a body stands before `und`: two subjects, which the verb’s plural says', async () => {
    expect(await subjects('Die Regierung und Ministerin Anna Berg haben den Plan gelobt.')).toEqual([]);
  });

  it('are not where a name stands before `und`', async () => {
    expect(await subjects('Lea Sommer und Ministerin Anna Berg haben den Plan gelobt.')).toEqual(['Lea Sommer und Ministerin Anna Berg / -']);
  });
});

describe('the main news of such a subject', () => {
  it('is asked who did it, the question without the subject’s titles', async () => {
    const text = `${STORY} Die aus der Fernsehserie Nordwache bekannte Sängerin Anna Berg hat am Sonntag in Kiel einen Schlaganfall erlitten.`;
    expect((await ask(event, text)).map(line)).toContain('Wer hat am Sonntag in Kiel einen Schlaganfall erlitten? → Anna Berg');
  });
});
