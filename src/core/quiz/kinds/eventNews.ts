/**
 * The article's main news (issue 15): blind judges found it unasked in 16 of 26 articles of round i and in 15 of 20
 * of round j, while figures of side clauses were asked. A news text tells it in its lead (or in the sentence that
 * repeats its headline): who did what, as the facts step parses it (`../../facts/11-events.ts`). Asked as a short
 * question of its own, the clause with `Wer` for its subject: `Wer ist zu einem Besuch in Nordland eingetroffen?`,
 * among the story's other people (or bodies) of the answer's kind and gender (either gender where the question's words
 * tell none and the story names too few of the answer's: `peopleOptions`). The clause must be a plain report
 * standing alone: one clause, asserted (no modal, hedge, negation or reported speech), in the present or perfect
 * (the past perfect tells what came before the news), with nothing in it that points to another sentence. A relative
 * clause closing the sentence says more of a noun of the clause, not what happened: the question leaves it out
 * (`Nordair startet ein neues Preismodell, das sich an Billigfliegern orientiert` → `Wer startet ein neues Preismodell?`).
 */
import type { Token } from '../../analysis';
import { clauseTokens } from '../../facts/11-events';
import type { EntityFact, EventFact } from '../../facts/types';
import { evidenceOf, makeQuestion, oneLine, trustedEntities } from '../build';
import { newsSentences } from '../choose';
import { asserted, mainClauses, type MainClause } from '../clause';
import type { QuestionKind, QuizContext } from '../context';
import type { Question } from '../types';
import { companions, peopleOptions, questionRest, verbKey } from './event';
import { withArticles } from './possessiveArticles';

/** Words after `Wer`: a longer question is no short question of its own; a shorter one says too little (`Wer lachte?`). */
const MAX_WORDS = 16;
const MIN_WORDS = 3;

const isVerb = (t: Token): boolean => t.upos === 'VERB' || t.upos === 'AUX';

const isMark = (t: Token): boolean => t.upos === 'PUNCT' || t.upos === 'SYM';

/**
 * Where the clause from the verb `v` ends: at the statement's full stop, with no comma, bracket, dash or quote inside it;
 * or at the comma before a relative clause that closes the sentence (`…, das sich an Billigfliegern orientiert.`): its
 * pronoun right after the comma (or after a preposition: `…, mit dem …`; the tagger may read it as an article), its verb
 * last, no mark between. -1 where the clause goes on otherwise (`…, wo sie zwei Tage bleibt`, `…, sagte er`).
 */
function clauseEnd(tk: Token[], v: number, ctx: QuizContext): number {
  const last = tk.length - 1;
  if (tk[last]!.text !== '.') return -1;
  const mark = tk.findIndex((t, i) => i >= v && i < last && isMark(t));
  if (mark < 0) return last;
  const pronoun = tk[mark + 1]?.upos === 'ADP' ? tk[mark + 2] : tk[mark + 1];
  const relative = tk[mark]!.text === ',' && (pronoun?.upos === 'PRON' || pronoun?.upos === 'DET') && ctx.lang.quiz.forms.relativePronouns.has(pronoun.text.toLowerCase());
  const closes = !tk.slice(mark + 1, last).some(isMark) && isVerb(tk[last - 1]!);
  return relative && closes ? mark : -1;
}

/** The `Wer` question of a news event, or null where its clause cannot stand as one. */
function whoDidIt(e: EventFact, ctx: QuizContext, actors: EntityFact[]): Question | null {
  const { article: a, lang } = ctx;
  const tk = clauseTokens(a.analysis.sentences[e.sentence]!.tokens);
  const v = tk.findIndex((t) => t.start >= e.who.end);
  const end = v < 1 ? -1 : clauseEnd(tk, v, ctx);
  if (end < 0) return null;
  const rest = tk.slice(v, end);
  const verb = tk[v]!;
  // A possessive would tell the answer's gender (`Wer übergibt ihren Server …?`): written as the article.
  const written = withArticles(a.text, tk, v, end, ctx);
  if (written === null) return null;
  const restText = oneLine(written);
  // A bracket after a name in the predicate stands in the text, not in the clause's tokens.
  if (/[()]/u.test(restText)) return null;
  const words = restText.split(' ').length;
  if (words < MIN_WORDS || words > MAX_WORDS || !rest.some((t) => t.upos === 'NOUN' || t.upos === 'PROPN')) return null;
  // `Wer` takes the singular (`Wer wollen …?` is no German); and the clause is a plain report, as the quiz's main clauses
  // are (`hatte … angekündigt` is before the news, `ist im Grunde träge` what something is).
  if (lang.quiz.forms.pluralPredicate.test(restText)) return null;
  if (!asserted({ verb, lemma: e.verb, verbForms: rest.slice(1).filter(isVerb), text: restText, context: restText, tokens: rest }, ctx)) return null;
  return whoOfEvent(e, tk, restText, ctx, actors);
}

/**
 * `Wer` and `rest` (what the event's clause says after its subject, in question order) asked of the event's actor, among
 * the story's others of its kind (`peopleOptions`); null where the actor is none of `actors` or too few others are left.
 */
export function whoOfEvent(e: EventFact, tk: readonly Token[], rest: string, ctx: QuizContext, actors: EntityFact[]): Question | null {
  // The answer is the name that heads the subject (`Ole Brandt` of `Der nordländische Präsident Ole Brandt`).
  const actor = actors.find((x) => x.name === e.actor);
  const name = actor && [actor.span, ...actor.mentions].find((m) => m.end === e.who.end && m.start >= e.who.start);
  if (!actor || !name) return null;
  const prompt = ctx.lang.quiz.templates.who(rest);
  const article = tk[0]!.upos === 'DET' ? tk[0]!.text : '';
  const options = peopleOptions(ctx, actor, name.text, prompt, e.evidence.text, { not: actor, avoid: companions(ctx, actor), subjectClause: rest, subjectArticle: article, deed: e.verb, otherKind: true });
  if (options.length < 2) return null;
  return makeQuestion({ type: 'multiple-choice', prompt, answer: name.text, evidence: [evidenceOf(ctx.article, e.evidence)], options: [name.text, ...options], difficulty: 1 }, ctx.rand);
}

/** The news sentences (`newsSentences`), the people and bodies a `Wer` question may offer, and the events the news sentences tell. */
export function newsEvents(ctx: QuizContext): { news: Set<number>; actors: EntityFact[]; events: EventFact[] } {
  const news = newsSentences(ctx.article, ctx.lang);
  const actors = [...trustedEntities(ctx.facts.facts, 'person', ctx.lang), ...trustedEntities(ctx.facts.facts, 'organisation', ctx.lang)];
  const events = ctx.facts.facts.filter((f): f is EventFact => f.kind === 'event' && news.has(f.sentence));
  return { news, actors, events };
}

/**
 * The `Wer` question of a news sentence's main clause as `../clause.ts` parses it, where the events step reads no plain
 * clause (issue 15: of the dev news' lead sentences, a third had more than one clause): a clause before a reporter
 * (`…, wie die Nordbank mitteilte`: asked `Wer … laut der Nordbank …?`), a subordinate clause (`…, nachdem …`) or a
 * clause of its own after a comma. Its actor a person or body the text names (a place is asked `Welches Land` by
 * `event`); a possessive in what is asked points to the answer and is left unasked.
 */
function whoOfClause(c: MainClause, ctx: QuizContext): Question | null {
  const { article: a, lang } = ctx;
  const actor = c.actor;
  // The actor opening the lead, as the events step reads it: of the dev news' clauses that put a phrase first (`Bis zum
  // 5:5 im fünften Satz hatte Anderson alle Möglichkeiten`, `Auf Anfrage … hat Lind dem Grünen eine Liste übermittelt`),
  // none made a question a teacher would hand out (a vague idiom; an object pointing to an option).
  if (!actor || actor.entity.kind === 'place' || c.front) return null;
  const rest = questionRest(c, a.text, null, false);
  const words = rest.split(' ').length;
  const predicate = c.tokens.slice(c.middle.from, c.middle.to);
  if (words < MIN_WORDS || words > MAX_WORDS || !predicate.some((t) => t.upos === 'NOUN' || t.upos === 'PROPN') || predicate.some((t) => lang.quiz.news.possessive.test(t.text))) return null;
  if (/[()]/u.test(rest) || lang.quiz.forms.pluralPredicate.test(rest)) return null;
  const prompt = lang.quiz.templates.who(rest);
  const subjectArticle = c.tokens[c.subject.from]!.upos === 'DET' ? c.tokens[c.subject.from]!.text : '';
  const options = peopleOptions(ctx, actor.entity, actor.name.text, prompt, c.evidence.text, { not: actor.entity, avoid: companions(ctx, actor.entity), subjectClause: rest, subjectArticle, deed: verbKey(c), otherKind: true });
  if (options.length < 2) return null;
  return makeQuestion({ type: 'multiple-choice', prompt, answer: actor.name.text, evidence: [evidenceOf(a, c.evidence)], options: [actor.name.text, ...options], difficulty: 1 }, ctx.rand);
}

export const eventNews: QuestionKind = {
  name: 'event-news',
  // Between a number's trust (0.55) and a date's (0.75), as the event kind: the chooser asks the best of these first.
  weight: 0.6,
  ask(ctx) {
    const { news, actors, events } = newsEvents(ctx);
    const ofEvents = events.flatMap((e) => whoDidIt(e, ctx, actors) ?? []);
    // A sentence the events step gave its question keeps it; the clauses ask the others.
    const asked = new Set(ofEvents.map((q) => q.evidence[0]!.start));
    const ofClauses = mainClauses(ctx).filter((c) => news.has(c.sentence) && !asked.has(c.evidence.start)).flatMap((c) => whoOfClause(c, ctx) ?? []);
    return [...ofEvents, ...ofClauses];
  },
};
