/** A date's gap: `Welche Zeitangabe fehlt im Satz?`, with other dates of the story and variants of the same form. */
import type { DateFact } from '../../facts/types';
import { blanked, evidenceOf, makeQuestion } from '../build';
import type { QuestionKind } from '../context';
import { dateVariants, pickDistractors, sameCase } from '../distractors';

export const dateGap: QuestionKind = {
  name: 'date',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const dates = ctx.facts.facts.filter((f): f is DateFact => f.kind === 'date');
    return dates.flatMap((f) => {
      const answer = f.span.text;
      const shape = (s: string): string => s.replace(/\p{L}+/gu, 'w').replace(/\d+/g, '0');
      const day = (s: string): string => s.split(/\s+/).pop()!.toLowerCase();
      // `am Sonntag` is no wrong answer for `vom Sonntag`: other dates only.
      const pool = ctx.story.filter((x): x is DateFact => x.kind === 'date' && shape(x.span.text) === shape(answer) && day(x.span.text) !== day(answer)).map((x) => x.span.text);
      const distractors = pickDistractors(answer, [...pool, ...dateVariants(answer, ctx)].map((d) => sameCase(answer, d)), ctx.rand);
      if (distractors.length < 2) return [];
      const prompt = lang.quiz.templates.date(blanked(f.evidence, f.span, lang.quiz.templates.blank));
      return [makeQuestion({ type: 'date', prompt, answer, evidence: [evidenceOf(a, f.evidence)], options: [answer, ...distractors], difficulty: 2 }, ctx.rand)];
    });
  },
};
