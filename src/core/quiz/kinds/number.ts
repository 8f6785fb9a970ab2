/** A number's gap: `Welche Zahl fehlt im Satz? „… ___ Container …“`, with nearby numbers of the same form. */
import { evidenceOf, gapPrompt, makeQuestion } from '../build';
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
      const prompt = lang.quiz.templates.number(gapPrompt(f.evidence, { start: at, end: at + answer.length, text: answer }, lang.quiz.templates.blank));
      return [makeQuestion({ type: 'number', prompt, answer, evidence: [evidenceOf(a, f.evidence)], options: [answer, ...distractors], difficulty: 2 }, ctx.rand)];
    });
  },
};
