/** A number's gap: `Welche Zahl fehlt im Satz? „… ___ Container …“`, with nearby numbers of the same form. */
import { evidenceOf, gapText, makeQuestion } from '../build';
import type { QuestionKind } from '../context';
import { exactNumbers, numberDistractors } from '../distractors';

export const numberGap: QuestionKind = {
  name: 'number',
  // Judged acceptable 14 of 25 times after the distractor rules of round c.
  weight: 0.55,
  ask(ctx) {
    const { article: a, lang } = ctx;
    return exactNumbers(ctx).flatMap((f) => {
      const answer = f.numberText;
      const at = f.span.start + f.span.text.indexOf(answer);
      const distractors = numberDistractors(f, ctx);
      if (distractors.length < 2) return [];
      const gap = gapText(ctx, f.evidence, { start: at, end: at + answer.length, text: answer });
      if (!gap) return [];
      const prompt = lang.quiz.templates.number(gap.prompt);
      return [makeQuestion({ type: 'number', prompt, answer, evidence: gap.evidence.map((s) => evidenceOf(a, s)), options: [answer, ...distractors], difficulty: 2 }, ctx.rand)];
    });
  },
};
