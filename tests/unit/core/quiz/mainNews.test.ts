/**
 * The main news asked first (issue 15, rounds cc and dd: asked in 25 of 63 texts while side figures were): what asks
 * it, by the text's own evidence (`asksMainNews`), and the chooser's slot for it, on an invented bridge opening.
 */
import { describe, expect, it } from 'vitest';
import { articleView, asksMainNews, chooseQuestions, newsBelowFloor, type Candidate, type Scored } from '../../../../src/core/quiz/choose';
import { factsOf, QUESTION_KINDS, type Question, type QuizArticle } from '../../../../src/core/quiz';
import { mulberry32 } from '../../../../src/core/quiz/random';
import { engine } from '../engineFixture';
import { lang } from './kinds/helpers';

async function article(headline: string, body: string): Promise<QuizArticle> {
  const text = `${headline}\n\n${body}`;
  return { id: 'a.txt', text, analysis: (await engine).analyze(text), outlet: null };
}

/** A gap question on `answer` in `sentence`, as a kind would make it. */
function gap(a: QuizArticle, sentence: string, answer: string): Question {
  const start = a.text.indexOf(sentence);
  expect(start, sentence).toBeGreaterThanOrEqual(0);
  return { id: answer, type: 'number', prompt: `Welche Zahl fehlt im Satz? „${sentence.replace(answer, '___')}“`, answer, difficulty: 2, evidence: [{ article: a.id, start, end: start + sentence.length, text: sentence }] };
}

const HEADLINE = 'Neue Hafenbrücke in Nordhafen eröffnet';
const LEAD = 'Nordhafen – Die Stadt hat am Montag ihre neue Hafenbrücke eröffnet. Rund 300 Gäste kamen zur Feier am Kai.';
const SIDE = 'Im benachbarten Südtal wurden im Sommer 30 Wanderwege markiert.';

describe('asksMainNews', () => {
  const BODY = `${LEAD} Der Chor sang 4 Lieder. Die neue Hafenbrücke hat 40 Millionen Euro gekostet. Am Kai standen 6 Buden. ` +
    `Es gab 9 Sorten Kuchen. Dort spielten 5 Musiker. Am Abend kamen nochmals rund 300 Gäste. ${SIDE}`;

  it.each([
    // The lead tells the news.
    ['Rund 300 Gäste kamen zur Feier am Kai.', '300', true],
    // Past the lead, the title's words (`Hafenbrücke`, `neu`) name the story.
    ['Die neue Hafenbrücke hat 40 Millionen Euro gekostet.', '40 Millionen', true],
    // The lead's figure told again.
    ['Am Abend kamen nochmals rund 300 Gäste.', '300', true],
    // Neither the story's words nor the lead's facts: a detail of the feast, and a side figure.
    ['Dort spielten 5 Musiker.', '5', false],
    [SIDE, '30', false],
  ])('%s (%s): %s', async (sentence, answer, main) => {
    const a = await article(HEADLINE, BODY);
    expect(asksMainNews(gap(a, sentence, answer), articleView(a, lang))).toBe(main);
  });

  it('reads the title from a text that opens with it as its first sentence, and asks nothing of a teaser', async () => {
    const text = `Neue Hafenbrücke in Nordhafen für 40 Millionen Euro eröffnet. ${LEAD} Die neue Hafenbrücke ist 480 Meter lang. Dort spielten 5 Musiker.`;
    const a: QuizArticle = { id: 'a.txt', text, analysis: (await engine).analyze(text), outlet: null };
    const v = articleView(a, lang);
    expect(asksMainNews(gap(a, 'Die neue Hafenbrücke ist 480 Meter lang.', '480'), v)).toBe(true);
    expect(asksMainNews(gap(a, 'Neue Hafenbrücke in Nordhafen für 40 Millionen Euro eröffnet.', '40 Millionen'), v)).toBe(false);
  });
});

/** The questions the chooser keeps of every kind's questions on the text, with `budget`. */
async function chosen(a: QuizArticle, budget: number): Promise<Question[]> {
  const facts = factsOf([a], lang);
  const ctx = { article: a, facts: facts.articles[0]!, lang, rand: mulberry32(1), story: facts.articles[0]!.facts };
  const cands: Candidate[] = QUESTION_KINDS.flatMap((kind) => kind.ask(ctx).map((question) => ({ question, kind })));
  return chooseQuestions(cands, a, lang, budget, () => true);
}

describe('chooseQuestions: the main news first', () => {
  const STORY = 'Die Hafenbrücke hat 40 Millionen Euro gekostet. Bürgermeisterin Mara Lind nannte die Hafenbrücke ein Wahrzeichen. ' +
    'Täglich sollen 12.000 Autos über die Hafenbrücke fahren. An der Hafenbrücke arbeiteten 250 Bauarbeiter. ' +
    'Beim Bau der Hafenbrücke wurden 2 Arbeiter verletzt. Die Hafenbrücke wurde 2019 geplant.';

  it('asks a fact of the lead first', async () => {
    const a = await article(HEADLINE, `${LEAD} ${STORY} ${SIDE}`);
    const qs = await chosen(a, 8);
    expect(qs.length).toBeGreaterThan(0);
    expect(asksMainNews(qs[0]!, articleView(a, lang))).toBe(true);
  });

  it('leaves a side figure out where the story has enough questions of its own', async () => {
    const qs = await chosen(await article(HEADLINE, `${LEAD} ${STORY} ${SIDE}`), 8);
    expect(qs.length).toBeGreaterThanOrEqual(3);
    expect(qs.map((q) => q.answer)).not.toContain('30');
  });

  it('keeps a side figure in a thin quiz', async () => {
    const qs = await chosen(await article(HEADLINE, `${LEAD} Bürgermeisterin Mara Lind nannte die Hafenbrücke ein Wahrzeichen. ${SIDE}`), 8);
    expect(qs.map((q) => q.answer)).toContain('30');
  });
});

describe('newsBelowFloor: the main news under the floor', () => {
  /** A candidate as the chooser scores it: its type, chance, and whether it asks the main news. */
  const scored = (type: Question['type'], acceptable: number, main = true, side = false, background = false): Scored => ({
    q: { id: `${type} ${acceptable}`, type, prompt: type, answer: 'x', evidence: [{ article: 'a.txt', start: 0, end: 1, text: 'x' }], difficulty: 1 },
    kind: type, background, score: 1, acceptable, news: false, ofNews: false, main, side,
  });
  const taken = (under: Scored[]): string[] => newsBelowFloor(under).map((x) => x.q.id);

  it('takes the likeliest name gap or choice that asks the main news, over its lower floor', () => {
    expect(taken([scored('cloze', 0.42), scored('multiple-choice', 0.46), scored('cloze', 0.3)])).toEqual(['multiple-choice 0.46']);
  });

  it('takes no role, figure or date of the news, nothing of a side story, a side figure or background, nothing under its floor', () => {
    expect(taken([scored('role', 0.48), scored('number', 0.48), scored('date', 0.48), scored('cloze', 0.48, false), scored('cloze', 0.48, true, true), scored('cloze', 0.48, true, false, true), scored('cloze', 0.35)])).toEqual([]);
  });
});
