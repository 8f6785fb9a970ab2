/**
 * A person's role both ways: `Welche Funktion hat Karin Dahl laut dem Text?` (options: role words of
 * the answer's gender) and `Wer ist laut dem Text Außenministerin?` (options: other people). One
 * kind, as both are asked of the same person and draw on one set of roles.
 */
import { isRole } from '../../facts/08-entities';
import type { EntityFact, TextSpan } from '../../facts/types';
import { entitiesOf, evidenceOf, makeQuestion, trustedEntities } from '../build';
import type { QuestionKind, QuizContext } from '../context';
import { otherNames, pickDistractors } from '../distractors';
import type { QuizLanguageModel } from '../language';
import { shuffle } from '../random';
import type { Question } from '../types';

/** The role word of a role phrase in its base form (`Außenministerin` of `die neue Außenministerin`). */
export function roleWord(role: TextSpan, lang: QuizLanguageModel): string | null {
  const words = role.text.split(/\s+/);
  const w = words.find((x) => isRole(x, lang.facts));
  return w && !lang.quiz.forms.inflectedRole.test(w) ? w : null;
}

/**
 * The role as a predicate after `Wer ist`: a bare noun (`Außenministerin`), or a nominative
 * phrase with its article (`der junge König`); `dem neuen Chef` cannot stand there.
 */
function rolePhrase(role: string, lang: QuizLanguageModel): string | null {
  const words = role.split(/\s+/);
  const first = words[0]!.toLowerCase();
  if (!lang.facts.quotes.determiners.has(first)) return words.length === 1 ? role : null;
  // With its article as the text writes it (`der FDP-Vorsitzende`): `Wer ist FDP-Vorsitzende?` lacked the one an adjective's noun needs (judged).
  return lang.quiz.forms.nominativeArticles.includes(first) ? role.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : null;
}

/**
 * Does the text write the role as a title right before the person's name (`US-Präsident Barack Obama`)? Then `Wer ist
 * US-Präsident?` is answered by copying the words after it, or by world knowledge (judged), not by reading.
 */
function titled(p: EntityFact, text: string): boolean {
  const r = p.role!;
  // Its own role (`Chefärztin Dr. Anna Weber` too), or the role word before another mention; an apposition has its comma (`der junge König, Felipe Ramos`).
  if (r.end <= p.span.start && !text.slice(r.end, p.span.start).includes(',')) return true;
  const word = r.text.split(/\s+/).pop()!;
  return p.mentions.some((m) => /\s$/u.test(text.slice(0, m.start)) && text.slice(0, m.start).trimEnd().endsWith(word));
}

/**
 * Does the text give the role in the same phrase as the name, as a title or an apposition (`Präsident Brandt`, `Brandt,
 * der nordländische Präsident`)? A head of state's office said so is asked of world knowledge (judged `Welche Funktion hat
 * Brandt?` not worth asking, rounds b and h).
 */
function besideName(p: EntityFact, text: string): boolean {
  const r = p.role!;
  const between = r.end <= p.span.start ? text.slice(r.end, p.span.start) : p.span.end <= r.start ? text.slice(p.span.end, r.start) : '';
  return /^[\s,]{0,3}$/u.test(between);
}

/** The rank of a head of state or government (`QuizForms.roleRank`). */
const HEAD_RANK = 'head';

/** Role words of the sentences that name the person by surname (`Seit Berg 2002 Vorstandsvorsitzende der Bank wurde`). */
function rolesBeside(p: EntityFact, ctx: QuizContext): string[] {
  const surname = p.name.split(/\s+/).pop()!;
  return ctx.article.analysis.sentences
    .filter((s) => s.tokens.some((t) => t.text === surname))
    .flatMap((s) => s.tokens.filter((t) => (t.upos === 'NOUN' || t.upos === 'PROPN') && isRole(t.text, ctx.lang.facts)).map((t) => t.text));
}

export const role: QuestionKind = {
  name: 'role',
  // Judged acceptable 3 of 21 times (a synonym or a second true role among the options): only the lead's people, whose roles matter most, clear the chooser's floor.
  weight: 0.3,
  ask(ctx) {
    const { article: a, lang } = ctx;
    const t = lang.quiz.templates;
    const forms = lang.quiz.forms;
    const people = trustedEntities(ctx.facts.facts, 'person', lang).filter((p) => p.role);
    const roles = entitiesOf(ctx.story).map((p) => (p.role ? roleWord(p.role, lang) : null)).filter((r): r is string => !!r);
    const out: Question[] = [];
    for (const p of people) {
      const answer = roleWord(p.role!, lang);
      // `Welche Funktion hat Gao Ying? → Mutter`: a relation is no function (and its options would be offices).
      if (!answer || forms.relation(answer)) continue;
      const female = forms.femaleRole.test(answer);
      // `Kommissar` beside `Tatort-Kommissar` would be a second right option: other kinds of role only.
      const head = (r: string): string => r.split('-').pop()!.toLowerCase();
      const field = forms.roleField(answer);
      const rank = forms.roleRank(answer);
      const both = forms.bothGendersRole.test(answer);
      // A role qualified by its body or field (`Bank-Austria-Ökonom`, `Verkehrsminister`) beside plain role words
      // (`Manager`, `Senator`) was judged given away by its specificity: specific options only, or no question.
      const qualified = answer.includes('-');
      const specific = forms.roleSpecific(answer);
      const sameForm = (r: string): boolean =>
        (!qualified || r.includes('-')) &&
        (!specific || forms.roleSpecific(r)) &&
        forms.femaleRole.test(r) === female &&
        forms.bothGendersRole.test(r) === both &&
        (!field || forms.roleField(r) === field) &&
        forms.roleRank(r) === rank &&
        !forms.inflectedRole.test(r) &&
        !head(r).endsWith(head(answer)) &&
        !head(answer).endsWith(head(r));
      // One word per office, and none of the answer's (`Staatschef` beside `Regierungschef`, `Kanzler` beside `Premier`).
      const offices = new Set([forms.roleOffice(answer)]);
      const oneEach = (r: string): boolean => {
        const office = forms.roleOffice(r);
        if (office && offices.has(office)) return false;
        offices.add(office);
        return true;
      };
      // An office of some countries only where the story names one (no `Senator` for a minister of Yemen); a portfolio
      // among the other portfolios of its head (`Verkehrsminister`: `Finanzminister`, `Innenminister`).
      const variants = forms.roleVariants(answer);
      const fits = (r: string): boolean => sameForm(r) && (!variants.length || variants.includes(r));
      const fallbacks = (variants.length ? variants : forms.roleFallbacks).filter((r) => fits(r) && !forms.localOffice(r));
      const pool = shuffle([...new Set([...roles.filter(fits), ...shuffle(fallbacks, ctx.rand).slice(0, 6)])], ctx.rand).filter(oneEach);
      // No option a kind or the genus of another (`Diplomat` beside `Botschafter`, `Stürmer` beside `Spieler`): two right ones.
      const apart = (o: string, chosen: readonly string[]): boolean => chosen.every((c) => !forms.roleIncludes(o, c) && !forms.roleIncludes(c, o));
      // Nor a part of another role the text gives them (`Vorstand` for a `Konzernchef` the text also calls
      // `Vorstandsvorsitzender`: judged a second right option).
      const theirs = rolesBeside(p, ctx).filter((r) => r !== answer).map((r) => r.toLowerCase());
      const distractors = pickDistractors(answer, pool.filter((o) => !theirs.some((r) => r.includes(o.toLowerCase()))), ctx.rand, 3, apart);
      const worldKnown = rank === HEAD_RANK && besideName(p, a.text);
      // A person known by one word only (`Welche Funktion hat Dschawad`, a part of a longer name, or a body taken for
      // a person) was judged unclear or wrong: 0 of the 6 such questions of all judged rounds were accepted.
      const fullName = p.name.trim().split(/\s+/).length > 1;
      if (distractors.length >= 2 && !worldKnown && fullName) out.push(makeQuestion({ type: 'role', prompt: t.role(p.name), answer, evidence: [evidenceOf(a, p.evidence)], options: [answer, ...distractors], difficulty: 2 }, ctx.rand));
      // Nobody else the text gives the same kind of role (`Tatort-Kommissar`, `Kommissar`), or two options would be right.
      const sameRole = (o: EntityFact): boolean => !!o.role && o.role.text.split(/\s+/).some((w) => head(w) === head(answer));
      const others = pickDistractors(p.name, otherNames(p, trustedEntities(ctx.story, 'person', lang).filter((o) => !sameRole(o))), ctx.rand);
      const asked = titled(p, a.text) ? null : rolePhrase(p.role!.text, lang);
      if (others.length >= 2 && asked) out.push(makeQuestion({ type: 'multiple-choice', prompt: t.whoIsRole(asked), answer: p.name, evidence: [evidenceOf(a, p.evidence)], options: [p.name, ...others], difficulty: 1 }, ctx.rand));
    }
    return out;
  },
};
