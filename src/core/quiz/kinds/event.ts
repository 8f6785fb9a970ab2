/** Who did it: `Wer unterzeichnete am Montag einen Vertrag?`, an event's predicate with the person or organisation as the answer. */
import type { EventFact } from '../../facts/types';
import { entitiesOf, evidenceOf, makeQuestion, quoteOrQuestion } from '../build';
import type { QuestionKind } from '../context';
import { pickDistractors } from '../distractors';

/** A shorter predicate says too little to be asked about. */
const MIN_PREDICATE = 12;

export const event: QuestionKind = {
  name: 'event',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const people = [...entitiesOf(ctx.facts.facts), ...entitiesOf(ctx.facts.facts, 'organisation')];
    return ctx.facts.facts.flatMap((f) => {
      if (f.kind !== 'event') return [];
      const e: EventFact = f;
      const inWho = (m: { start: number; end: number }): boolean => m.start >= e.who.start && m.end <= e.who.end;
      const ent = people.find((p) => [p.span, ...p.mentions].some(inWho));
      if (!ent) return [];
      const answer = [ent.span, ...ent.mentions].find(inWho)!.text;
      const rest = e.evidence.text.slice(e.who.end - e.evidence.start).replace(/[.!]\s*$/, '').trim();
      if (rest.length < MIN_PREDICATE || lang.quiz.forms.pluralPredicate.test(rest) || quoteOrQuestion(lang.facts.quotes.quotePairs).test(rest)) return [];
      const pool = entitiesOf(ctx.story, ent.kind).map((p) => p.name);
      const distractors = pickDistractors(answer, pool.filter((p) => !p.includes(answer) && !answer.includes(p)), ctx.rand);
      if (distractors.length < 1) return [];
      return [makeQuestion({ type: 'multiple-choice', prompt: lang.quiz.templates.who(rest), answer, evidence: [evidenceOf(a, e.evidence)], options: [answer, ...distractors], difficulty: 1 }, ctx.rand)];
    });
  },
};
