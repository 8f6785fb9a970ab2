/** Building blocks of a question: its evidence, its blanked sentence, its stable id. */
import { hash53 } from '../hash';
import type { EntityFact, Fact, TextSpan } from '../facts/types';
import type { QuoteRules } from '../facts/10-quotes';
import { shuffle } from './random';
import type { Evidence, Question, QuestionType, QuizArticle } from './types';

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function evidenceOf(a: QuizArticle, s: TextSpan): Evidence {
  return { article: a.id, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/** The sentence with one span replaced by the blank, squeezed to one line. */
export function blanked(sentence: TextSpan, target: TextSpan, blank: string): string {
  const a = target.start - sentence.start;
  const b = target.end - sentence.start;
  return oneLine(`${sentence.text.slice(0, a)}${blank}${sentence.text.slice(b)}`);
}

/** At most `n` characters, cut at a word. */
export function clip(s: string, n: number): string {
  const t = oneLine(s);
  if (t.length <= n) return t;
  const cut = t.slice(0, n);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

const charClass = (chars: string): string => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;

const openingQuotes = (pairs: QuoteRules['quotePairs']): string => Object.keys(pairs).join('');

/** The quote without its quote marks, for a prompt that sets its own. */
export function unquote(quote: string, pairs: QuoteRules['quotePairs']): string {
  const closing = Object.values(pairs).flat().join('');
  return quote.replace(new RegExp(`^${charClass(openingQuotes(pairs))}+|${charClass(closing)}+$`, 'gu'), '');
}

/** A quote or a question inside a predicate: it cannot be the rest of a `who` question. */
export const quoteOrQuestion = (pairs: QuoteRules['quotePairs']): RegExp => new RegExp(charClass(`${openingQuotes(pairs)}?`), 'u');

export function entitiesOf(facts: Fact[], kind: EntityFact['kind'] = 'person'): EntityFact[] {
  return facts.filter((f): f is EntityFact => f.kind === kind);
}

export interface QuestionParts {
  type: QuestionType;
  prompt: string;
  answer: string;
  evidence: Evidence[];
  /** The answer and its distractors; shown shuffled. */
  options?: string[];
  difficulty: 1 | 2 | 3;
}

/** The question with an id that stays the same for the same input: type, evidence offsets and answer. */
export function makeQuestion(p: QuestionParts, rand: () => number): Question {
  const id = `q${hash53(`${p.type}|${p.evidence.map((e) => `${e.article}:${e.start}-${e.end}`).join(',')}|${p.answer}`)}`;
  const q: Question = { id, type: p.type, prompt: p.prompt, answer: p.answer, evidence: p.evidence, difficulty: p.difficulty };
  if (p.options) q.options = shuffle(p.options, rand);
  return q;
}
