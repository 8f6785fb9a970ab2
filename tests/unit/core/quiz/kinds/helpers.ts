/** Asking one question kind about invented texts, on the tagged analysis the app uses. */
import { defaultLanguage } from '../../../../../src/core/languages';
import { factsOf, type QuestionKind, type Question, type QuizArticle, type QuizContext } from '../../../../../src/core/quiz';
import { mulberry32 } from '../../../../../src/core/quiz/random';
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

/** A question as one line: `prompt → answer`. */
export const line = (q: Question): string => `${q.prompt} → ${q.answer}`;
