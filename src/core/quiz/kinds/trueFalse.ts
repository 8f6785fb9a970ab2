/**
 * `Richtig oder falsch? Karin Dahl ist laut dem Text Außenministerin.`: a statement in our own words
 * of who has which role, true or with the role of someone else in the story. Never the text's own
 * sentence: a sentence copied as "true" can be recognised without being understood.
 */
import { entitiesOf, evidenceOf, makeQuestion, trustedEntities } from '../build';
import type { QuestionKind } from '../context';
import { shuffle } from '../random';
import { roleWord } from './role';

export const trueFalse: QuestionKind = {
  name: 'true-false',
  weight: 0.7,
  ask(ctx) {
    const { article: a, lang } = ctx;
    const t = lang.quiz.templates;
    const forms = lang.quiz.forms;
    const roleOf = new Map(entitiesOf(ctx.story).flatMap((p) => {
      const r = p.role && roleWord(p.role, lang);
      return r ? [[p.name, r] as const] : [];
    }));
    const head = (r: string): string => r.split('-').pop()!.toLowerCase();
    return trustedEntities(ctx.facts.facts, 'person', lang).flatMap((p) => {
      const role = roleOf.get(p.name);
      if (!role) return [];
      // Someone else's role of the same gender and another kind (`Verkehrsminister` is no false `Minister`).
      const other = (r: string): boolean => !head(role).endsWith(head(r)) && !head(r).endsWith(head(role)) && forms.femaleRole.test(r) === forms.femaleRole.test(role) && !forms.inflectedRole.test(r);
      // Only the story's other roles could be true: without one, a false statement would be absurd (`Trainer` → `Kommandeur`)
      // and a quiz of true ones all `richtig`, so no statement is made.
      const others = [...new Set(roleOf.values())].filter(other);
      if (!others.length) return [];
      const swap = ctx.rand() < 0.5 ? shuffle(others, ctx.rand)[0] : undefined;
      const statement = t.roleStatement(p.name, swap ?? role);
      return [makeQuestion({ type: 'true-false', prompt: t.trueFalse(statement), answer: swap ? t.falseWord : t.trueWord, evidence: [evidenceOf(a, p.evidence)], options: [t.trueWord, t.falseWord], difficulty: 1 }, ctx.rand)];
    });
  },
};
