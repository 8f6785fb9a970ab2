/**
 * A match's result (issue 15: sports reports got one question each, and their main news, who won and by how much,
 * none). Where one clause names both sides and the score (`../match.ts`), asked whoever won: `Wie endete das Spiel der
 * Ukraine gegen Weißrussland? → 3:1`, among scores near it of the same outcome, so the learner must read by how much;
 * never the reversed score, which a reader who meets the match written the other way round (`Weißrussland – Ukraine
 * 1:3`, a results table) takes for right too (judged: two right options). Else of a main clause whose parse is trusted (`../clause.ts`) and whose verb reports a result (`siegen`,
 * `verlieren`): `Mit welchem Ergebnis siegte der FC Nordstadt am Samstag gegen Kiel? → 2:0`, the score standing alone
 * after the language's preposition (`mit 2:0`) or as a phrase of its own (`schlug Kiel 3:1`), not one of a list of
 * sets (`6:7, 6:7, 6:1`); its options are scores near it of the same outcome (a win stays a win, a draw a draw), as the
 * question tells who won. No option the sentence gives.
 */
import type { Token } from '../../analysis';
import { evidenceOf, makeQuestion } from '../build';
import { mainClauses, type MainClause, type Range } from '../clause';
import { bodySpans } from '../facts';
import { matchOf } from '../match';
import type { QuestionKind, QuizContext } from '../context';
import { pickDistractors } from '../distractors';
import type { Question, QuizArticle } from '../types';
import type { TextSpan } from '../../facts/types';
import { questionRest } from './event';

/** Fewest wrong options of a choice: two beside the answer. */
const MIN_DISTRACTORS = 2;
/** Words after the question's words: a longer question is no short question of its own. */
const MAX_WORDS = 14;
/** How each side of a score may move for a wrong option: a goal or two more or fewer, on one side or both. */
const MOVES: readonly (readonly [number, number])[] = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1], [2, 0], [0, 2], [2, 1], [1, 2], [2, 2]];

/** The score standing alone in the clause's front or middle, with the preposition before it where there is one. */
function scoreIn(c: MainClause, ctx: QuizContext): { range: Range; score: Token } | null {
  const news = ctx.lang.quiz.news;
  const tk = c.tokens;
  const slots = [c.front, c.middle].filter((r): r is Range => !!r);
  const at = tk.findIndex((t, i) => news.score.test(t.text) && slots.some((r) => i >= r.from && i < r.to));
  // One score in the clause: a second one is another set or period (`mit 6:7 und 3:6`).
  if (at < 0 || tk.slice(0, c.tail.to).some((t, i) => i !== at && news.score.test(t.text))) return null;
  const after = tk[at - 1]?.text.toLowerCase() === news.resultPreposition;
  // Standing alone: after the preposition, or after a name or noun it follows (`schlug Kiel 3:1`), not inside a phrase (`das 2:0`).
  if (!after && !['NOUN', 'PROPN'].includes(tk[at - 1]?.upos ?? '')) return null;
  return { range: { from: after ? at - 1 : at, to: at + 1 }, score: tk[at]! };
}

/** Scores near `answer` of its outcome (a win stays a win, a draw a draw), none of `shown` (the sentence's own scores). */
function scoreOptions(answer: string, score: RegExp, shown: ReadonlySet<string>, rand: () => number): string[] {
  const [, a = '', mark = '', b = ''] = score.exec(answer) ?? [];
  const [x, y] = [Number(a), Number(b)];
  const outcome = Math.sign(x - y);
  const near = MOVES.map(([dx, dy]) => [x + dx, y + dy] as const)
    .filter(([p, q]) => p >= 0 && q >= 0 && Math.sign(p - q) === outcome)
    .map(([p, q]) => `${p}${mark}${q}`)
    .filter((o) => o !== answer && !shown.has(o));
  return pickDistractors(answer, near, rand);
}

/** Scores a sentence gives, its periods' in brackets too (`5:1 (1:0,1:0,3:1)`). */
const shownScores = (text: string, score: RegExp): Set<string> => new Set((text.match(/[^\s(),-]+/gu) ?? []).filter((w) => score.test(w)));

/** `Wie endete das Spiel … gegen …?` of the sentence's match result (`matchOf`), or null. */
function matchQuestion(s: TextSpan, tokens: readonly Token[], a: QuizArticle, ctx: QuizContext): Question | null {
  const news = ctx.lang.quiz.news;
  const found = matchOf(tokens, ctx.lang);
  if (!found) return null;
  const options = scoreOptions(found.score, news.score, shownScores(s.text, news.score), ctx.rand);
  if (options.length < MIN_DISTRACTORS) return null;
  return makeQuestion(
    { type: 'multiple-choice', prompt: news.match.question(found.side, found.opponent), answer: found.score, evidence: [evidenceOf(a, s)], options: [found.score, ...options], difficulty: 1 },
    ctx.rand,
  );
}

function resultOf(c: MainClause, ctx: QuizContext): Question | null {
  const { article: a, lang } = ctx;
  const news = lang.quiz.news;
  const verb = c.tokens[c.verb]!;
  const verbs = [verb, ...c.tokens.slice(c.tail.from, c.tail.to)].map((t) => (t.sepVerb?.lemma ?? t.lemma).toLowerCase());
  const found = verbs.some((l) => news.resultVerbs.has(l)) ? scoreIn(c, ctx) : null;
  if (!found) return null;
  const rest = questionRest(c, a.text, found.range, true);
  if (rest.split(' ').length > MAX_WORDS) return null;
  const options = scoreOptions(found.score.text, news.score, shownScores(c.evidence.text, news.score), ctx.rand);
  if (options.length < MIN_DISTRACTORS) return null;
  return makeQuestion(
    { type: 'multiple-choice', prompt: lang.quiz.templates.asked(news.resultQuestion, rest), answer: found.score.text, evidence: [evidenceOf(a, c.evidence)], options: [found.score.text, ...options], difficulty: 1 },
    ctx.rand,
  );
}

export const result: QuestionKind = {
  name: 'result',
  // Not judged yet; a match's result is a report's main news, worded as the event kind's questions are (0.6).
  weight: 0.6,
  // Asked wherever its sentence is of the story: the acceptability model rates these 0.04-0.16 from what it learnt of
  // other questions in paragraphs of scores (`scores`: a round-up's travelling fans, minutes, point gaps, judged trivia)
  // and of choices of its type, while it never saw a result asked. The chooser still asks them after the questions that
  // clear the model's floor, one per sentence, at most half the quiz.
  floor: 0,
  ask(ctx) {
    const a = ctx.article;
    const body = bodySpans(a, ctx.lang);
    // Of the body only: the headline tells the news the body tells again (`Dortmund schlägt Stuttgart 3:0`).
    const matches = a.analysis.sentences.map((s) => !body.some((p) => p.start <= s.start && s.start < p.end) ? null : matchQuestion({ start: s.start, end: s.end, text: a.text.slice(s.start, s.end) }, s.tokens, a, ctx));
    // A sentence whose match the first form asks needs no second question on its result.
    return [...matches.flatMap((q) => q ?? []), ...mainClauses(ctx).filter((c) => !matches[c.sentence]).flatMap((c) => resultOf(c, ctx) ?? [])];
  },
};
