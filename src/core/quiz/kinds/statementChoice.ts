/**
 * `Welche dieser Aussagen stimmt laut dem Text?`: one sentence as written and two others made
 * false, each with its sentence as evidence. One such question per article (the prompt is fixed).
 */
import { evidenceOf, makeQuestion, oneLine } from '../build';
import type { QuestionKind } from '../context';
import { falseStatement, swappableFacts } from '../distractors';
import { shuffle } from '../random';

/** Longest sentence offered: three of them must still read as options. */
const MAX_STATEMENT = 220;

export const statementChoice: QuestionKind = {
  name: 'statement-choice',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const short = shuffle(swappableFacts(ctx), ctx.rand).filter((f, i, all) => f.evidence.text.length <= MAX_STATEMENT && all.findIndex((x) => x.evidence.start === f.evidence.start) === i);
    const [right, ...others] = short;
    if (!right) return [];
    const wrong = others.flatMap((f) => {
      const s = falseStatement(f, ctx);
      return s ? [{ f, s: oneLine(s) }] : [];
    }).slice(0, 2);
    if (wrong.length < 2) return [];
    const answer = oneLine(right.evidence.text);
    const evidence = [right, ...wrong.map((w) => w.f)].map((f) => evidenceOf(a, f.evidence));
    return [makeQuestion({ type: 'multiple-choice', prompt: lang.quiz.templates.whichIsTrue, answer, evidence, options: [answer, ...wrong.map((w) => w.s)], difficulty: 2 }, ctx.rand)];
  },
};
