/** A date's gap: `Welche Zeitangabe fehlt im Satz?`, with other dates of the story and variants of the same form. */
import type { DateFact } from '../../facts/types';
import { evidenceOf, gapPrompt, makeQuestion } from '../build';
import type { QuestionKind, QuizContext } from '../context';
import { dateVariants, inBrackets, pickDistractors, sameCase } from '../distractors';

/** `im September 2023` → `w w 0`: dates of one shape have one granularity (a month and year, a bare year). */
const shape = (s: string): string => s.replace(/\p{L}+/gu, 'w').replace(/\d+/g, '0');
/** The word a date opens with (`seit`, `am`): options keep it, so `Seit August` has no `Am Mittwoch` beside it. */
const opener = (s: string): string => s.split(/\s+/)[0]!.toLowerCase();
/** The day or month a date names: `am Sonntag` is no wrong answer for `vom Sonntag`. */
const day = (s: string): string => s.split(/\s+/).pop()!.toLowerCase();

/** Wrong options for a date: the story's other dates of its shape and opening word, then variants of it, in its case. */
export function dateDistractors(answer: string, ctx: QuizContext): string[] {
  // The story's dates once, by shape and without repeats: a text that repeats its dates costs no more per date.
  const pool = new Set<string>();
  for (const x of ctx.story) if (x.kind === 'date' && !x.relative && shape(x.span.text) === shape(answer)) pool.add(x.span.text);
  const same = [...pool].filter((d) => opener(d) === opener(answer) && day(d) !== day(answer));
  return pickDistractors(answer, [...same, ...dateVariants(answer, ctx)].map((d) => sameCase(answer, d)), ctx.rand);
}

/** A date a question may ask: one the text fixes (not a weekday or `gestern`, the day of the report: trivia), not an aside in brackets (`die EM (10. Juni bis 10. Juli)`). */
export const askableDate = (f: DateFact): boolean => !f.relative && !inBrackets(f.evidence.text.slice(0, f.span.start - f.evidence.start));

export const dateGap: QuestionKind = {
  name: 'date',
  // Judged acceptable 17 of 19 times (eval/quiz-judgements, rounds b and c), the surest kind; still below a
  // number of the lead (0.55 × the lead bonus), which states what the report is about.
  weight: 0.75,
  ask(ctx) {
    const { article: a, lang } = ctx;
    const dates = ctx.facts.facts.filter((f): f is DateFact => f.kind === 'date' && askableDate(f));
    return dates.flatMap((f) => {
      const answer = f.span.text;
      const distractors = dateDistractors(answer, ctx);
      if (distractors.length < 2) return [];
      const prompt = lang.quiz.templates.date(gapPrompt(f.evidence, f.span, lang.quiz.templates.blank));
      return [makeQuestion({ type: 'date', prompt, answer, evidence: [evidenceOf(a, f.evidence)], options: [answer, ...distractors], difficulty: 2 }, ctx.rand)];
    });
  },
};
