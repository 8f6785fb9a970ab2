/** Asking one question kind about invented texts, on the tagged analysis the app uses. */
import { expect } from 'vitest';
import { defaultLanguage } from '../../../../../src/core/languages';
import { fitQuestion } from '../../../../../src/core/quiz/fit';
import { scoreCandidates } from '../../../../../src/core/quiz/choose';
import { factsOf, type QuestionKind, type Question, type QuizArticle, type QuizContext } from '../../../../../src/core/quiz';
import { mulberry32 } from '../../../../../src/core/quiz/random';
import { event } from '../../../../../src/core/quiz/kinds/event';
import { engine } from '../../engineFixture';

export const lang = defaultLanguage;

/** The text under a headline: a quiz asks only about the body, and a lone first line is a headline. */
export async function articleOf(body: string, id = 'a.txt', outlet: string | null = null): Promise<QuizArticle> {
  const text = `Neues aus Nordhafen\n\n${body}`;
  return { id, text, analysis: (await engine).analyze(text), outlet };
}

/** The kind's questions about `text`; `others` are further reports of the same story, for distractors. */
export async function ask(kind: QuestionKind, text: string, seed = 1, others: string[] = []): Promise<Question[]> {
  const articles = [await articleOf(text), ...(await Promise.all(others.map((t, i) => articleOf(t, `other${i}.txt`))))];
  const facts = factsOf(articles, lang);
  const ctx: QuizContext = { article: articles[0]!, facts: facts.articles[0]!, lang, rand: mulberry32(seed), story: facts.articles.flatMap((a) => a.facts) };
  return kind.ask(ctx);
}

/** The answers `kinds` make of `text`, and those of them the chooser may ask (`scoreCandidates`). */
export async function madeAndAsked(kinds: QuestionKind[], text: string): Promise<{ made: string[]; asked: string[] }> {
  const a = await articleOf(text);
  const cands = (await Promise.all(kinds.map(async (kind) => (await ask(kind, text)).map((question) => ({ question, kind }))))).flat();
  return { made: cands.map((c) => c.question.answer), asked: scoreCandidates(cands, a, lang).map((x) => x.q.answer) };
}

/** A question as one line: `prompt → answer`. */
export const line = (q: Question): string => `${q.prompt} → ${q.answer}`;

/** Three women, three men and places of one kind, so every question has wrong options of the answer's kind. */
export const STORY = [
  'Direktorin Anna Roth kam aus Dänemark.',
  'Professorin Karin Dahl kam aus Finnland.',
  'Direktor Paul Ott lobte den Plan.',
  'Professor Lars Falk zeichnete die Pläne.',
  'Ingenieur Jan Berg baute das Modell.',
  'Das Treffen in Polen folgt.',
].join(' ');

/** The event kind's questions, as lines, on `sentence` told after Mia Lind of the Nordbank and before STORY. */
export const askedOfEvent = async (sentence: string): Promise<string[]> => (await ask(event, `Ministerin Mia Lind leitet die Nordbank. ${sentence} ${STORY}`)).map(line);

/** Two invented people and a place, so a sentence after them has a story around it. */
export const PEOPLE = 'Bürgermeisterin Mara Lind eröffnete am 3. Mai 2024 die neue Brücke in Nordhafen. Verkehrsminister Ole Brandt lobte den Bau.';

/**
 * Whether the kind makes a question on `answer` in `sentence` (after PEOPLE) that the chooser lets through; with
 * `made`, the kind must make the question, so a `false` says the chooser left it out.
 */
export async function chooserAsks(kind: QuestionKind, sentence: string, answer: string, made = false): Promise<boolean> {
  const text = `${PEOPLE} ${sentence}`;
  const q = (await ask(kind, text)).find((x) => x.answer === answer);
  if (made) expect(q, `a ${kind.name} question on ${answer}`).toBeDefined();
  return !!q && fitQuestion(q, await articleOf(text), lang) !== null;
}
