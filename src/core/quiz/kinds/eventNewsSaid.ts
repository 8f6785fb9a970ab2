/**
 * The article's main news where its lead tells what someone announced, demanded or warned of (issue 15): `Corbyn hat
 * angekündigt, eine neue Art von Politik machen zu wollen` is no plain report for `eventNews` (the clause goes on after
 * its comma) and no quote for `whoSaid` (the quotes step reads no infinitive as one), so the news went unasked. Asked as
 * `Wer` of the clause with what was said as the text words it (`Wer hat angekündigt, eine neue Art von Politik machen
 * zu wollen?`), among the story's other people (or bodies) of the answer's kind, as `eventNews` offers them: true
 * whatever became of what was announced, so no hedge of the claim itself matters; the saying must be asserted (no
 * modal, negation, past perfect or reported speech of its own). What was said is a `dass` clause (the language's
 * complementizers) or an infinitive with `zu`, running to the sentence's end or to a dash that opens a clause of the
 * author's; it points to nobody named elsewhere (`er`, `ihn`: whom?) and has no quote or bracket.
 */
import type { Token } from '../../analysis';
import { clauseTokens } from '../../facts/11-events';
import type { EntityFact, EventFact } from '../../facts/types';
import { oneLine } from '../build';
import { asserted } from '../clause';
import type { QuestionKind, QuizContext } from '../context';
import type { Question } from '../types';
import { newsEvents, whoOfEvent } from './eventNews';
import { withArticles } from './possessiveArticles';

/** Words after `Wer`: what was said is worth asking only where the question stays short enough to take in at once. */
const MAX_WORDS = 20;
/** Fewest words of what was said: `…, dass sie kommt` says too little of the news. */
const MIN_SAID_WORDS = 3;

const isVerb = (t: Token): boolean => t.upos === 'VERB' || t.upos === 'AUX';

/** Marks that end what was said before the sentence's end: a dash or semicolon opens the author's own clause (`… zu wollen – doch …`). */
const SAID_END = /^[–—;]$/u;

/** Is `t` a form of a verb of saying (`angekündigt`, `forderte`), or with `particle` a separated one (`kündigte … an`)? */
function saying(t: Token, particle: Token | undefined, ctx: QuizContext): boolean {
  const q = ctx.lang.facts.quotes;
  const form = t.text.toLowerCase();
  return q.cueVerbs.has(form) || (!!particle && !!q.separableCueVerbs.get(form)?.includes(particle.text.toLowerCase()));
}

/**
 * The `Wer` question of an event whose verb of saying governs what was said after a comma, or null where the sentence is
 * not of that shape or cannot be asked well.
 */
function whoSaidIt(e: EventFact, ctx: QuizContext, actors: EntityFact[]): Question | null {
  const { article: a, lang } = ctx;
  const tk = clauseTokens(a.analysis.sentences[e.sentence]!.tokens);
  const v = tk.findIndex((t) => t.start >= e.who.end);
  const comma = tk.findIndex((t, i) => i > v && t.upos === 'PUNCT');
  if (v < 1 || !isVerb(tk[v]!) || comma < 0 || tk[comma]!.text !== ',') return null;
  const verb = tk[v]!;
  // The verb of saying: the finite verb with its particle before the comma (`kündigte … an`), or the verb form that
  // closes the clause after an auxiliary (`hat … angekündigt`).
  const last = tk[comma - 1]!;
  if (!saying(verb, last, ctx) && !(comma - 1 > v && saying(last, undefined, ctx))) return null;
  const end = tk.findIndex((t, i) => i > comma && (SAID_END.test(t.text) || i === tk.length - 1));
  if (end < 0 || (end === tk.length - 1 && tk[end]!.text !== '.')) return null;
  const said = tk.slice(comma + 1, end);
  const opens = said[0]?.text.toLowerCase() ?? '';
  const words = said.filter((t) => t.upos !== 'PUNCT');
  if (words.length < MIN_SAID_WORDS || !(lang.facts.quotes.complementizers.has(opens) || lang.quiz.forms.nounInfinitive(words))) return null;
  const main = tk.slice(v, comma);
  if (!asserted({ verb, lemma: e.verb, verbForms: main.slice(1).filter(isVerb), text: oneLine(a.text.slice(verb.start, last.end)), context: '', tokens: main }, ctx)) return null;
  // A possessive of what was said is written as the article; a pronoun in it stands for someone named elsewhere.
  const mainText = withArticles(a.text, tk, v, comma, ctx);
  const saidText = withArticles(a.text, tk, comma + 1, end, ctx);
  if (mainText === null || saidText === null) return null;
  const rest = `${oneLine(mainText)}, ${oneLine(saidText)}`;
  const { forms } = lang.quiz;
  const quoteMarks = Object.keys(lang.facts.quotes.quotePairs);
  if (/[()[\]]/u.test(rest) || quoteMarks.some((m) => rest.includes(m)) || forms.pointsBack.test(saidText) || forms.needsContext.test(rest)) return null;
  if (rest.split(' ').length > MAX_WORDS || forms.pluralPredicate.test(mainText)) return null;
  return whoOfEvent(e, tk, rest, ctx, actors);
}

export const eventNewsSaid: QuestionKind = {
  name: 'event-news-said',
  // As `eventNews`: the chooser asks the best question of the main news first.
  weight: 0.6,
  ask(ctx) {
    const { actors, events } = newsEvents(ctx);
    return events.flatMap((e) => whoSaidIt(e, ctx, actors) ?? []);
  },
};
