/**
 * Who did it, told in a relative clause on a name (issue 15: a long article's people are often introduced so, and no
 * kind asked it): `Ole Brandt, der den Kapitän in der Serie gespielt hat, …` → `Wer hat den Kapitän in der Serie
 * gespielt?` → Ole Brandt, among the story's other people (or bodies) of the answer's kind and gender, as the event
 * kind's `Wer`. The relative pronoun must be the clause's subject (`der`, `die` of the name's gender, no other subject
 * in the clause: `Lind, die Brandt anrief` is whom he called), and the clause a plain report (`asserted`: no modal,
 * negation, hedge or past perfect) whose verb can stand second as written: a verb form before the finite one stays at
 * the end (`gespielt hat` → `hat … gespielt`), a finite verb with a separable particle (`abschlägt`) is not asked.
 */
import type { Token } from '../../analysis';
import type { EntityFact, TextSpan } from '../../facts/types';
import { sentenceSpan } from '../../facts/textSpans';
import { evidenceOf, makeQuestion, oneLine, quoteOrQuestion, trustedEntities } from '../build';
import { asserted } from '../clause';
import type { QuestionKind, QuizContext } from '../context';
import { bodySpans } from '../facts';
import type { Question } from '../types';
import { companions, peopleOptions } from './event';
import { answerGender } from './nameCloze';

/** Words after `Wer`, as the event kinds': a longer question is no short question of its own, a shorter says too little. */
const MAX_WORDS = 14;
const MIN_WORDS = 3;
/** Fewest wrong options of a choice. */
const MIN_DISTRACTORS = 2;
/** Marks that end a relative clause. */
const CLAUSE_END = /^[,.;:!?()[\]–—"„“”«»]$/u;

const isVerb = (t: Token): boolean => t.upos === 'VERB' || t.upos === 'AUX';

/** A relative clause after a mention: the antecedent, its mention and the clause's tokens after the pronoun. */
interface Relative {
  entity: EntityFact;
  mention: TextSpan;
  pronoun: Token;
  body: Token[];
  sentence: number;
}

/** Relative clauses right after a mention of one of `actors` (`Ole Brandt, der …`), the clause ending in its verb. */
function relativesOf(ctx: QuizContext, actors: EntityFact[]): Relative[] {
  const { article: a, lang } = ctx;
  const mentionAt = new Map<number, { e: EntityFact; m: TextSpan }>();
  for (const e of actors) for (const m of [e.span, ...e.mentions]) mentionAt.set(m.end, { e, m });
  const body = bodySpans(a, lang);
  const quoted = quoteOrQuestion(lang.facts.quotes.quotePairs);
  const out: Relative[] = [];
  a.analysis.sentences.forEach((s, si) => {
    // In a quote, what the clause tells is somebody's word, not the report's.
    if (!body.some((p) => p.start <= s.start && s.start < p.end) || quoted.test(a.text.slice(s.start, s.end))) return;
    const tk = s.tokens;
    tk.forEach((t, i) => {
      const at = mentionAt.get(tk[i - 1]?.end ?? -1);
      const pronoun = tk[i + 1];
      if (t.text !== ',' || !at || !pronoun || !lang.quiz.forms.relativePronouns.has(pronoun.text)) return;
      let end = i + 2;
      while (end < tk.length && !CLAUSE_END.test(tk[end]!.text)) end++;
      const clause = tk.slice(i + 2, end);
      if (clause.length && isVerb(clause.at(-1)!)) out.push({ entity: at.e, mention: at.m, pronoun, body: clause, sentence: si });
    });
  });
  return out;
}

/**
 * The clause as the rest of a `Wer` question (`hat den Kapitän in der Serie gespielt`), or null where the pronoun may
 * not be its subject or its verb cannot move: the pronoun of the name's gender in the nominative (`der` for a man, `die`
 * for a woman; a body's either), no pronoun, name or nominative's article opening another subject in it, one finite
 * verb at its end after at most the verb forms it goes with, and none of them a verb with its particle joined on.
 */
function questionRest(r: Relative, ctx: QuizContext): { rest: string; verb: Token; forms: Token[] } | null {
  const { lang } = ctx;
  const forms = lang.quiz.forms;
  const said = forms.articleGender.get(r.pronoun.text);
  const gender = r.entity.kind === 'person' ? answerGender(r.entity, lang) : said;
  if (!said || gender !== said) return null;
  const body = r.body;
  const finite = body.at(-1)!;
  let first = body.length - 1;
  while (first > 0 && isVerb(body[first - 1]!)) first--;
  const middle = body.slice(0, first);
  const verbForms = body.slice(first, -1);
  // Another subject in the clause: a pronoun (`die er anrief`), a name right after the relative pronoun (`die Brandt
  // anrief`), an article only a nominative takes (`der die Ministerin … ein Minister`).
  const otherSubject = (t: Token, k: number): boolean =>
    t.upos === 'PRON' || (k === 0 && t.upos === 'PROPN') || (forms.nominativeOnly.has(t.text.toLowerCase()) && middle[k - 1]?.upos !== 'ADP');
  if (!middle.length || middle.some(otherSubject) || middle.some(isVerb) || middle.some((t) => t.upos === 'SCONJ' || t.upos === 'CCONJ')) return null;
  const particle = [...lang.quiz.forms.separableParticles].some((p) => finite.lemma.startsWith(p) && finite.lemma.length > p.length + 2 && finite.text.startsWith(p));
  if (verbForms.length === 0 && particle) return null;
  const text = ctx.article.text;
  const rest = oneLine([finite.text, text.slice(middle[0]!.start, middle.at(-1)!.end), ...verbForms.map((t) => t.text)].join(' '));
  return { rest, verb: finite, forms: verbForms };
}

function ask(r: Relative, ctx: QuizContext): Question | null {
  const { lang } = ctx;
  const q = questionRest(r, ctx);
  if (!q) return null;
  const { rest, verb } = q;
  const words = rest.split(' ').length;
  // `Wer` takes the singular, and the predicate must name something (`Wer lachte?` does not).
  if (words < MIN_WORDS || words > MAX_WORDS || lang.quiz.forms.pluralPredicate.test(rest) || !r.body.some((t) => t.upos === 'NOUN' || t.upos === 'PROPN')) return null;
  const lemma = q.forms.at(-1)?.lemma ?? verb.lemma;
  if (!asserted({ verb, lemma, verbForms: q.forms, text: rest, context: rest, tokens: r.body }, ctx)) return null;
  const evidence = sentenceSpan(ctx.article.text, ctx.article.analysis, r.sentence);
  const prompt = lang.quiz.templates.who(rest);
  const answer = r.mention.text;
  const options = peopleOptions(ctx, r.entity, answer, prompt, evidence.text, { not: r.entity, avoid: companions(ctx, r.entity), subjectClause: rest, subjectArticle: r.pronoun.text, deed: lemma });
  if (options.length < MIN_DISTRACTORS) return null;
  return makeQuestion({ type: 'multiple-choice', prompt, answer, evidence: [evidenceOf(ctx.article, evidence)], options: [answer, ...options], difficulty: 1 }, ctx.rand);
}

export const eventRelative: QuestionKind = {
  name: 'event-relative',
  // Not judged by blind rounds yet; the event kind's prior, as a `Wer` of a clause as plain.
  weight: 0.6,
  ask(ctx) {
    const actors = [...trustedEntities(ctx.facts.facts, 'person', ctx.lang), ...trustedEntities(ctx.facts.facts, 'organisation', ctx.lang)];
    return relativesOf(ctx, actors).flatMap((r) => ask(r, ctx) ?? []);
  },
};
