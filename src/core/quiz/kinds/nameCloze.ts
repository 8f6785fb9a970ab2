/** A name's gap: `Welcher Name fehlt im Satz?`, with names of the same kind (person, place, organisation) as options. */
import { blanked, entitiesOf, evidenceOf, makeQuestion } from '../build';
import type { QuestionKind } from '../context';
import { pickDistractors } from '../distractors';
import type { Question } from '../types';

/** An acronym (`NATO`) is offered only beside acronyms, a name only beside names. */
const isAcronym = (n: string): boolean => /^\p{Lu}{2,6}$/u.test(n);

export const nameCloze: QuestionKind = {
  name: 'name-cloze',
  ask(ctx) {
    const { article: a, lang } = ctx;
    const t = lang.quiz.templates;
    const out: Question[] = [];
    for (const kind of ['person', 'place', 'organisation'] as const) {
      for (const e of entitiesOf(ctx.facts.facts, kind)) {
        const pool = entitiesOf(ctx.story, kind).map((x) => x.name).filter((n) => isAcronym(n) === isAcronym(e.name));
        // Blank a mention written exactly as the name (not a genitive form).
        const target = [e.span, ...e.mentions].find((m) => m.text === e.name);
        if (!target) continue;
        const sent = a.analysis.sentences.find((x) => x.start <= target.start && target.end <= x.end);
        if (!sent) continue;
        const raw = a.text.slice(sent.start, sent.end).trimEnd();
        const sentence = { start: sent.start, end: sent.start + raw.length, text: raw };
        const distractors = pickDistractors(e.name, pool, ctx.rand);
        if (distractors.length < 2) continue;
        // `die Regierung` is an institution word, not a name: ask for the word.
        const template = kind === 'organisation' && lang.quiz.forms.commonNounName.test(e.name) ? t.clozeTerm : t.cloze;
        out.push(makeQuestion({ type: 'cloze', prompt: template(blanked(sentence, target, t.blank)), answer: e.name, evidence: [evidenceOf(a, sentence)], options: [e.name, ...distractors], difficulty: 1 }, ctx.rand));
      }
    }
    return out;
  },
};
