/** `Richtig oder falsch? „…“`: a sentence as written, or with one fact swapped for another of its kind. */
import { evidenceOf, makeQuestion, oneLine } from '../build';
import type { QuestionKind } from '../context';
import { falseStatement, swappableFacts } from '../distractors';
import { shuffle } from '../random';
import type { Question } from '../types';

export const trueFalse: QuestionKind = {
  name: 'true-false',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const t = lang.quiz.templates;
    const out: Question[] = [];
    // One statement per sentence.
    const used = new Set<number>();
    for (const f of shuffle(swappableFacts(ctx), ctx.rand)) {
      if (used.has(f.evidence.start)) continue;
      used.add(f.evidence.start);
      const makeFalse = ctx.rand() < 0.5;
      const statement = makeFalse ? falseStatement(f, ctx) : f.evidence.text;
      if (!statement) continue;
      out.push(makeQuestion({ type: 'true-false', prompt: t.trueFalse(oneLine(statement)), answer: makeFalse ? t.falseWord : t.trueWord, evidence: [evidenceOf(a, f.evidence)], options: [t.trueWord, t.falseWord], difficulty: 1 }, ctx.rand));
    }
    return out;
  },
};
