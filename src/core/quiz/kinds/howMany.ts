/**
 * `Wie viele Container mit Munition nennt der Text?`: the counted thing with its head noun in the
 * nominative plural (`mit 40 Schiffen` → `Schiffe`), asked only where the article counts it once.
 */
import type { NumberFact } from '../../facts/types';
import { evidenceOf, makeQuestion } from '../build';
import type { QuestionKind } from '../context';
import { exactNumbers, numberDistractors } from '../distractors';

export const howMany: QuestionKind = {
  name: 'how-many',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const nums = exactNumbers(ctx).filter((f) => f.unit === 'count' && f.counted && f.countedKey);
    const once = (f: NumberFact): boolean => nums.filter((x) => x.countedKey === f.countedKey).length === 1;
    return nums.filter(once).flatMap((f) => {
      const countedStart = f.span.start + f.span.text.lastIndexOf(f.counted!);
      const tokens = a.analysis.sentences[f.sentence]?.tokens.filter((t) => t.start >= countedStart && t.end <= f.span.end) ?? [];
      const head = tokens.findIndex((t) => t.upos === 'NOUN');
      if (head < 0) return [];
      const rest = a.text.slice(tokens[head]!.end, f.span.end).trim();
      const thing = [tokens[head]!.plural ?? tokens[head]!.text, rest].filter(Boolean).join(' ');
      const distractors = numberDistractors(f, ctx);
      if (distractors.length < 2) return [];
      return [makeQuestion({ type: 'multiple-choice', prompt: lang.quiz.templates.howMany(thing), answer: f.numberText, evidence: [evidenceOf(a, f.evidence)], options: [f.numberText, ...distractors], difficulty: 2 }, ctx.rand)];
    });
  },
};
