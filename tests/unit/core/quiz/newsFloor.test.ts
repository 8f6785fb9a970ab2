/**
 * Who acts in the main news, asked over a lower floor than the model's (issue 15): a minister's office and a person's
 * name gap where a sentence telling the news holds them, not where a later sentence does (a side figure's).
 */
import { describe, expect, it } from 'vitest';
import { scoreCandidates, type Candidate } from '../../../../src/core/quiz/choose';
import { factsOf, type QuizArticle } from '../../../../src/core/quiz';
import { nameCloze } from '../../../../src/core/quiz/kinds/nameCloze';
import { role } from '../../../../src/core/quiz/kinds/role';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { engine } from '../engineFixture';
import { lang } from './kinds/helpers';

const TEXT = 'Neue Brücke in Nordhafen\n\n' +
  'Nordhafen – Verkehrsminister Ole Brandt hat am Montag die neue Brücke in Nordhafen eröffnet. ' +
  'Rund 300 Gäste kamen zur Feier. ' +
  'Die Brücke hat 40 Millionen Euro gekostet. ' +
  'Finanzminister Jan Berg lobte den Bau. ' +
  'Berg nannte die Brücke ein Wahrzeichen. ' +
  'Auch Innenminister Tom Krug aus Südstadt war gekommen. ' +
  'Bürgermeisterin Mara Lind dankte den Bauarbeitern.';

/** Each question's answer with the floor the chooser gives it (none: the model's). */
async function floors(): Promise<Map<string, number | undefined>> {
  const a: QuizArticle = { id: 'a.txt', text: TEXT, analysis: (await engine).analyze(TEXT), outlet: null };
  const facts = factsOf([a], lang);
  const ctx = { article: a, facts: facts.articles[0]!, lang, rand: mulberry32(1), story: facts.articles[0]!.facts };
  const cands: Candidate[] = [role, nameCloze].flatMap((kind) => kind.ask(ctx).map((question) => ({ question, kind })));
  return new Map(scoreCandidates(cands, a, lang).map((x) => [`${x.q.type} ${x.q.answer}`, x.floor]));
}

describe('the floor of who acts in the main news', () => {
  it('asks the office of a minister the lead names over the news floor, not that of one named further on', async () => {
    const f = await floors();
    expect(f.get('role Verkehrsminister')).toBe(0.2);
    expect(f.has('role Finanzminister')).toBe(true);
    expect(f.get('role Finanzminister')).toBeUndefined();
  });

  it('asks a person\'s name gap in the lead over the main news floor, not one further on', async () => {
    const f = await floors();
    expect(f.get('cloze Ole Brandt')).toBe(0.4);
    expect(f.has('cloze Jan Berg')).toBe(true);
    expect(f.get('cloze Jan Berg')).toBeUndefined();
  });
});
