/** Who did it: `Wer unterzeichnete am Montag einen Vertrag?`, an event's predicate with the person or organisation as the answer. */
import type { EventFact } from '../../facts/types';
import { evidenceOf, makeQuestion, quoteOrQuestion, trustedEntities } from '../build';
import type { QuestionKind } from '../context';
import { otherNames, pickDistractors } from '../distractors';

/** A shorter predicate says too little to be asked about. */
const MIN_PREDICATE = 12;
/** A longer one is no short question of its own but a sentence with its subject cut off. */
const MAX_PREDICATE_WORDS = 14;

export const event: QuestionKind = {
  name: 'event',
  weight: 0.5,
  ask(ctx) {
    const { article: a, lang } = ctx;
    const forms = lang.quiz.forms;
    const people = [...trustedEntities(ctx.facts.facts, 'person', lang), ...trustedEntities(ctx.facts.facts, 'organisation', lang)];
    return ctx.facts.facts.flatMap((f) => {
      if (f.kind !== 'event') return [];
      const e: EventFact = f;
      const inWho = (m: { start: number; end: number }): boolean => m.start >= e.who.start && m.end <= e.who.end;
      const ent = people.find((p) => [p.span, ...p.mentions].some(inWho));
      // `die Regierung` is a word of many bodies: not a name to ask `Wer …?` about.
      if (!ent || (ent.kind === 'organisation' && forms.commonNounName.test(ent.name))) return [];
      const answer = [ent.span, ...ent.mentions].find(inWho)!.text;
      const rest = e.evidence.text.slice(e.who.end - e.evidence.start).replace(/[.!]\s*$/, '').trim();
      // `Wer würde ebenfalls verlieren?` cannot be answered from the question alone.
      const tooLong = rest.split(/\s+/).length > MAX_PREDICATE_WORDS;
      if (rest.length < MIN_PREDICATE || tooLong || /[:;]/.test(rest) || forms.pluralPredicate.test(rest) || forms.needsContext.test(rest) || quoteOrQuestion(lang.facts.quotes.quotePairs).test(rest)) return [];
      // `Wer weist Pilz’ Vorwurf zurück?` cannot be answered `Peter Pilz`: nobody the question names is a wrong option.
      const named = (n: string): boolean => n.split(/\s+/).some((w) => w.length > 2 && rest.includes(w));
      const distractors = pickDistractors(answer, otherNames(ent, trustedEntities(ctx.story, ent.kind, lang), answer).filter((n) => !named(n)), ctx.rand);
      if (distractors.length < 2) return [];
      return [makeQuestion({ type: 'multiple-choice', prompt: lang.quiz.templates.who(rest), answer, evidence: [evidenceOf(a, e.evidence)], options: [answer, ...distractors], difficulty: 1 }, ctx.rand)];
    });
  },
};
