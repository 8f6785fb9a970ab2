/**
 * The article's main news where a common noun tells who acted (issue 15: round k asked the news of 7 of 24 short texts;
 * `Die EU-Kommission hat … gutgeheißen`, `Die Gewerkschaften haben … aufgerufen` have no name for `eventNews` to ask).
 * Asked as `Wer …?` of the one clause of a news sentence (`newsSentences`) whose subject is such a phrase, before the
 * verb or right after it, the verb in the singular `Wer` takes (`Wer hat … aufgerufen?`). Options are the text's other
 * bodies, or people of the answer's number, named by a common noun in the answer's form: never the answer's own noun,
 * nor one its sentence names (they share the news), nor one another sentence says did the same, nor a word so general
 * or so broad that it may name the answer too (`der Konzern`, `die Sicherheitskräfte` beside `die Polizisten`), nor a
 * body as bare as `die Regierung` or `die Polizei` (which one? judges rejected such options as vague fillers, and the
 * dev news' two questions with them were accepted in none of their 6 judgements, rounds r to dd), which is no answer
 * either. A possessive in the clause is written as the article (`./possessiveArticles.ts`).
 */
import type { Token } from '../../analysis';
import { clauseTokens } from '../../facts/11-events';
import { sentenceSpan } from '../../facts/textSpans';
import { evidenceOf, makeQuestion, oneLine } from '../build';
import { newsSentences } from '../choose';
import { asserted } from '../clause';
import type { QuestionKind, QuizContext } from '../context';
import { pickDistractors } from '../distractors';
import type { Question } from '../types';
import { withArticles } from './possessiveArticles';

/** Words after `Wer`: a longer question is no short question of its own; a shorter one says too little. */
const MAX_WORDS = 16;
const MIN_WORDS = 3;
const MIN_DISTRACTORS = 2;

type Agent = 'person' | 'body';
/** How a phrase opens: a definite article, an indefinite one, or none (a plural: `Gewerkschaften`). */
type Opening = 'definite' | 'indefinite' | 'bare';

/** A common noun for people or a body, as an option would be written. */
interface Phrase {
  text: string;
  lemma: string;
  agent: Agent;
  plural: boolean;
}

const isPlural = (t: Token): boolean => !!t.plural && t.plural !== t.lemma && t.text === t.plural;
const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The phrase of `t` in the nominative, in the style `opening` gives (`der Gewerkschaft` → `die Gewerkschaft`, `eine
 * Gewerkschaft`; a plural without an article where the answer has none: `Gewerkschaften`), or null where its gender or plural is unknown.
 */
function phraseOf(t: Token, opening: Opening, plural: boolean, ctx: QuizContext): string | null {
  const news = ctx.lang.quiz.news;
  // `der Lehrer`, `die Lehrer`: a noun whose plural is its singular gives no number to write it in; `ein Abgeordneter`
  // declines as an adjective, which the lemma does not show.
  if (t.plural === t.lemma || news.adjectival.test(t.lemma)) return null;
  // `Reiseleitern`: a lexicon plural that is the dative of a masculine or neuter noun in -er or -el, whose plural is its singular.
  const dative = t.gender !== news.pluralArticle && /(?:er|el)$/u.test(t.lemma) && t.plural === `${t.lemma}n`;
  if (plural) return !t.plural || dative ? null : opening === 'definite' ? `${news.pluralArticle} ${t.plural}` : t.plural;
  const article = t.gender && opening !== 'bare' ? (opening === 'definite' ? news.definite : news.indefinite).get(t.gender) : undefined;
  return article ? `${article} ${t.lemma}` : null;
}

/** Determiners of the singular only, before a weak noun's form that is also its plural (`des Präsidenten`, `dem Präsidenten`). */
const singularOblique = (t: Token | undefined, ctx: QuizContext): boolean => !!t && ctx.lang.quiz.forms.maleNounArticles.has(t.text.toLowerCase()) && t.text.toLowerCase() !== 'den';

/**
 * The text's common nouns for people or bodies in the answer's number as the text writes them (`die Regierung` stays
 * one: `die Regierungen` would say what the text does not), each once by lemma, as options in the answer's form.
 */
function phrasesOf(ctx: QuizContext, opening: Opening): Phrase[] {
  const seen = new Set<string>();
  const out: Phrase[] = [];
  for (const s of ctx.article.analysis.sentences) {
    const tk = clauseTokens(s.tokens);
    for (const t of subjectsOf(tk)) {
      const agent = !ctx.lang.quiz.news.generic(t.lemma) ? ctx.lang.quiz.news.agent(t.lemma) : null;
      const i = tk.indexOf(t);
      // `der Autobauer Nordmobil`: a noun before a name says what the named one is; the name is the option, not the noun.
      if (!agent || seen.has(t.lemma) || tk[i + 1]?.upos === 'PROPN') continue;
      // A plural where written in its nominative plural after no article of the singular (`den Männern`, `des Präsidenten`).
      const plural = isPlural(t) && !singularOblique(tk[i - 1], ctx);
      const text = phraseOf(t, opening, plural, ctx);
      if (!text) continue;
      seen.add(t.lemma);
      out.push({ text, lemma: t.lemma, agent, plural });
    }
  }
  return out;
}

/**
 * The nouns that may be a sentence's subject: the first phrase's, before its finite verb, and the one right after it
 * (`Die Polizei im Hafen meldete …`, `Am Abend meldete die Polizei …`). Options are the story's actors, not every body
 * it names: a hospital where the wounded were taken was offered for who shot them.
 */
function subjectsOf(tk: Token[]): Token[] {
  const v = tk.findIndex(isVerb);
  if (v < 1) return [];
  const opening = (from: number): Token | undefined => {
    let i = from;
    while (tk[i] && (BEFORE_HEAD.has(tk[i]!.upos) || (i === from && tk[i]!.upos === 'ADV'))) i++;
    return tk[i]?.upos === 'NOUN' ? tk[i] : undefined;
  };
  return [opening(0), opening(v + 1)].filter((t): t is Token => !!t);
}

/** Does one word end in the other (`Rechtsanwalt`, `Anwalt`)? Then the two may name the same people. */
const sameKind = (x: string, y: string): boolean => x.toLowerCase().endsWith(y.toLowerCase()) || y.toLowerCase().endsWith(x.toLowerCase());

/** A clause's subject: a common noun phrase for people or a body, in tokens `[from, to)` (its head noun last). */
interface Subject {
  from: number;
  to: number;
  head: Token;
  agent: Agent;
}

const isVerb = (t: Token): boolean => t.upos === 'VERB' || t.upos === 'AUX';
/** What a subject phrase is made of before its noun: an article, adjectives, numbers (`die österreichischen Rechtsanwälte`, `über 100 Nutzer`). */
const BEFORE_HEAD: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);
/** What may stand before the verb besides the subject: one constituent, no clause, pronoun or mark. */
const FRONT_BARRED: ReadonlySet<string> = new Set(['PUNCT', 'VERB', 'AUX', 'PRON', 'SCONJ', 'CCONJ', 'SYM']);
/** Words before the finite verb: German puts one constituent there. */
const MAX_FRONT = 12;

/**
 * The common noun phrase for people or a body in `[from, to)` (`die Gewerkschaften`, `über 100 Nutzer`), or null: an
 * article, adjectives and numbers, then one noun, nothing after it (a name after it is what it is called: `der Autobauer
 * Nordmobil` is asked by `eventNews`).
 */
function subjectIn(tk: Token[], from: number, to: number, ctx: QuizContext): Subject | null {
  const head = tk[to - 1];
  if (!head || head.upos !== 'NOUN' || to <= from || !tk.slice(from, to - 1).every((t) => BEFORE_HEAD.has(t.upos))) return null;
  const first = tk[from]!;
  // The article of the nominative for the noun's gender (`der Wahlkommission` is a dative, `die Polizei` may be either).
  const { definite, indefinite, pluralArticle } = ctx.lang.quiz.news;
  const article = first.text.toLowerCase();
  const nominative = isPlural(head) ? article === pluralArticle : !!head.gender && (definite.get(head.gender) === article || indefinite.get(head.gender) === article);
  if (first.upos === 'DET' && !nominative) return null;
  const agent = ctx.lang.quiz.news.agent(head.lemma);
  // A word as general as `Männer` is the story's own people only where counted (`Zwei Männer sind … verletzt worden`).
  const counted = agent === 'person' && tk.slice(from, to).some((t) => t.upos === 'NUM');
  return agent && (!ctx.lang.quiz.news.generic(head.lemma) || counted) ? { from, to, head, agent } : null;
}

/** Does the verb's number agree with the phrase's (`die Gewerkschaften gehen`, not `die Gewerkschaft gehen`)? */
function agrees(s: Subject, tk: Token[], verb: Token, ctx: QuizContext): boolean {
  const plural = ctx.lang.quiz.forms.pluralPredicate.test(verb.text);
  const numbered = isPlural(s.head) || (!!s.head.plural && s.head.plural === s.head.lemma && tk.slice(s.from, s.to).some((t) => t.upos === 'NUM'));
  // `der Lehrer`, `die Lehrer`: a plural written as its singular is told by its number word only.
  if (s.head.plural === s.head.lemma && !numbered) return false;
  // `der` before a plural is a genitive, no subject.
  if (numbered && ctx.lang.quiz.forms.singularArticles.has(tk[s.from]!.text.toLowerCase())) return false;
  return plural === numbered;
}

/**
 * The main news's clause as a question's parts: its subject, the finite verb, and the rest in question order (what
 * stood before the verb after it: `Wer ist am Freitag … vorgegangen?`). One clause, the sentence's whole, a statement.
 */
function newsClause(tk: Token[], ctx: QuizContext): { subject: Subject; verb: number; rest: Token[][] } | null {
  const last = tk.length - 1;
  const v = tk.findIndex(isVerb);
  if (v < 1 || v > MAX_FRONT || tk[last]?.text !== '.' || tk.slice(v + 1, last).some((t) => t.upos === 'PUNCT' || t.upos === 'SYM' || t.upos === 'SCONJ')) return null;
  const front = tk.slice(0, v);
  if (front.some((t) => FRONT_BARRED.has(t.upos))) return null;
  const verb = tk[v]!;
  // `Den Fischern …`: an opening of another case is no subject.
  const first = ctx.lang.facts.quotes.nonSubjectStarts.has(tk[0]!.text.toLowerCase()) ? null : subjectIn(tk, 0, v, ctx);
  if (first && agrees(first, tk, verb, ctx)) return { subject: first, verb: v, rest: [tk.slice(v + 1, last)] };
  // The subject right after the verb (`Am Freitag ist die Polizei … vorgegangen`, `Ein Aushöhlen … befürchten die Anwälte`).
  let at = v + 1;
  const reflexive = ctx.lang.quiz.forms.reflexives.has(tk[at]?.text ?? '') ? tk[at++]! : null;
  let end = at;
  while (end < last && (BEFORE_HEAD.has(tk[end]!.upos) || (end === at && tk[end]!.upos === 'ADV'))) end++;
  while (end < last && tk[end]!.upos === 'NOUN' && tk[end + 1]?.upos === 'NOUN') end++;
  const after = subjectIn(tk, at, end + 1, ctx);
  // A name after the noun is what it is called (`der Autobauer Nordmobil`): `eventNews` asks names.
  if (!after || tk[end + 1]?.upos === 'PROPN' || !agrees(after, tk, verb, ctx)) return null;
  // What stood first must not be the subject instead (`Lind hat die Angestellte identifiziert`: who identified whom?):
  // a phrase first that may be a nominative and agrees with the verb (a name is singular) leaves the question open.
  const frontHead = front.find((t) => t.upos === 'NOUN' || t.upos === 'PROPN');
  const phraseFirst = front.every((t) => BEFORE_HEAD.has(t.upos) || t.upos === 'NOUN' || t.upos === 'PROPN' || t.upos === 'ADP');
  const frontSubject = phraseFirst && front[0]!.upos !== 'ADP' && !!frontHead && !ctx.lang.quiz.forms.notNominative.test(front[0]!.text) &&
    ctx.lang.quiz.forms.pluralPredicate.test(verb.text) === (frontHead.upos === 'NOUN' && isPlural(frontHead));
  if (frontSubject) return null;
  return { subject: after, verb: v, rest: [reflexive ? [reflexive] : [], front, tk.slice(after.to, last)] };
}

/** Wrong options for a subject named by a common noun: the text's others of its kind, in its form. */
/**
 * May two words name the same people: one office of one rank (`Staatschefs`, `Regierungschefs`: heads of state and
 * government are often one), one the genus of the other (`Politiker`, `Minister`), or some of the others
 * (`Sicherheitskräfte`, `Soldaten`)?
 */
function sameGroup(x: string, y: string, ctx: QuizContext): boolean {
  const { forms, news } = ctx.lang.quiz;
  const rank = forms.roleRank(x);
  return (!!rank && rank === forms.roleRank(y)) || forms.roleIncludes(x, y) || forms.roleIncludes(y, x) || news.includes(x, y) || news.includes(y, x);
}

function phraseOptions(s: Subject, opening: Opening, plural: boolean, shown: string, verb: string, ctx: QuizContext): Phrase[] {
  // Whoever a sentence with the clause's verb names may have done it too (`Auch die Opposition ging auf die Barrikaden`): a second right answer.
  const sameVerb = new Set(ctx.article.analysis.sentences
    .filter((x) => x.tokens.some((t) => (t.sepVerb?.lemma ?? t.lemma) === verb))
    .flatMap((x) => x.tokens.map((t) => t.lemma)));
  // People of the answer's number only: one person of a group (`der Präsident` of the lawyers' chamber beside `die
  // Rechtsanwälte`) may be the group's voice, a second right answer; bodies are told apart by what they are.
  // A body is one of its kind, named with the definite article whatever the answer's (`die Polizei`, never `eine Polizei`).
  return phrasesOf(ctx, s.agent === 'body' ? 'definite' : opening)
    .filter((p) => p.agent === s.agent && (s.agent === 'body' || p.plural === plural) && !sameKind(p.lemma, s.head.lemma) && !shown.includes(p.lemma.toLowerCase()) && !sameVerb.has(p.lemma))
    .filter((p) => !sameGroup(p.lemma, s.head.lemma, ctx) && !(p.agent === 'body' && ctx.lang.quiz.news.vague(p.lemma)));
}

/**
 * Up to three of the options (each written → its lemma) beside `answer`, never two of one body or group (`die Regierung`,
 * `die Linksregierung`; `die Sicherheitskräfte`, `die Polizisten`).
 */
function distinctPhrases(answer: string, lemmaOf: ReadonlyMap<string, string>, ctx: QuizContext): string[] {
  const apart = (o: string, chosen: readonly string[]): boolean =>
    chosen.every((c) => !lemmaOf.has(c) || (!sameKind(lemmaOf.get(o)!, lemmaOf.get(c)!) && !sameGroup(lemmaOf.get(o)!, lemmaOf.get(c)!, ctx)));
  return pickDistractors(answer, [...lemmaOf.keys()], ctx.rand, 3, apart);
}

/**
 * A body a common noun names (`die Polizei`, from its head noun's token) in the form options take, with the text's other
 * bodies as wrong options, for a who-said question on what the body said (issue 15): each written once at least after a
 * definite article of its gender (the lexicon's `der Gesundheitsamt` is not borne out by `Das Gesundheitsamt`), none
 * `shown` names, none of one kind or group with it or one another, no newspaper or agency (they report what others say).
 * Null where the noun gives no such form.
 */
export function bodyWithOthers(head: Token, shown: string, ctx: QuizContext): { answer: string; options: string[] } | null {
  const answer = phraseOf(head, 'definite', false, ctx);
  if (!answer) return null;
  const news = ctx.lang.quiz.news;
  const pool = new Map<string, string>();
  for (const { tokens: tk } of ctx.article.analysis.sentences) {
    tk.forEach((t, i) => {
      let d = i - 1;
      while (tk[d]?.upos === 'ADJ') d--;
      const body = t.upos === 'NOUN' && !!t.gender && !!news.definiteCases.get(t.gender)?.has(tk[d]?.text.toLowerCase() ?? '') && news.agent(t.lemma) === 'body';
      // `der Autobauer Nordmobil`: a noun before a name says what the named one is.
      if (!body || isPlural(t) || tk[i + 1]?.upos === 'PROPN' || news.generic(t.lemma) || news.press(t.lemma) || shown.includes(t.lemma.toLowerCase())) return;
      const text = !sameKind(t.lemma, head.lemma) && !sameGroup(t.lemma, head.lemma, ctx) && phraseOf(t, 'definite', false, ctx);
      if (text) pool.set(text, t.lemma);
    });
  }
  return { answer, options: distinctPhrases(answer, pool, ctx) };
}

function whoDidIt(sentence: number, ctx: QuizContext): Question | null {
  const { article: a, lang } = ctx;
  const news = lang.quiz.news;
  const tk = clauseTokens(a.analysis.sentences[sentence]!.tokens);
  const parsed = newsClause(tk, ctx);
  if (!parsed) return null;
  const { subject: s, verb: v, rest } = parsed;
  const head = s.head;
  const verb = tk[v]!;
  const words = rest.flat();
  // A pronoun points to another sentence; a possessive is written as an article (`withArticles`).
  if (words.some((t) => t.upos === 'PRON')) return null;
  const evidence = sentenceSpan(a.text, a.analysis, sentence);
  const subject = { start: tk[s.from]!.start, end: head.end };
  const said = a.text.slice(subject.start, subject.end);
  // A phrase the text links to a name (`der Kaffeeröster` for the company named before) is that name: `eventNews` asks names.
  const linked = ctx.facts.facts.some((f) => (f.kind === 'person' || f.kind === 'organisation') && !said.includes(f.name) && [f.span, ...f.mentions].some((m) => m.start < subject.end && subject.start < m.end));
  if (linked) return null;
  // The subject was taken only where the verb agrees with it, so the verb's number is the phrase's.
  const plural = lang.quiz.forms.pluralPredicate.test(verb.text);
  const singular = plural ? news.singularVerb(verb.text, verb.lemma) : verb.text;
  const written = rest.map((ts) => withArticles(a.text, ts, 0, ts.length, ctx));
  if (written.some((w) => w === null)) return null;
  // `Am Freitag` after the verb is `am Freitag`; a noun or name keeps its capital.
  if (rest[1]?.length && rest[1][0]!.upos !== 'NOUN' && rest[1][0]!.upos !== 'PROPN') written[1] = lowerFirst(written[1]!);
  const parts = written.filter((w): w is string => !!w);
  const question = oneLine([singular ?? '', ...parts].join(' '));
  // A bracket the clause's tokens leave out (`der Staatengemeinschaft (CSN)`) still stands in its text.
  if (/[()]/u.test(question)) return null;
  const count = question.split(' ').length;
  if (!singular || count < MIN_WORDS || count > MAX_WORDS || !words.some((t) => t.upos === 'NOUN' || t.upos === 'PROPN')) return null;
  const tail = words.filter(isVerb);
  if (!asserted({ verb, lemma: tail.at(-1)?.lemma ?? verb.lemma, verbForms: tail, text: oneLine(a.text.slice(tk[0]!.start, tk.at(-1)!.end)), context: question, tokens: tk }, ctx)) return null;
  const shown = evidence.text.toLowerCase();
  const opening: Opening = tk[s.from]!.upos !== 'DET' ? 'bare' : news.definite.has(tk[s.from]!.text.toLowerCase()) ? 'definite' : 'indefinite';
  // The answer as the text writes it, in the options' form where it can (`die EU-Kommission`; `die israelische Armee` keeps its adjective).
  const short = phraseOf(head, opening, plural, ctx);
  // `zwei Männer`: counted people keep their count, and the options take it too (`zwei Polizisten`), so that no form gives the answer away.
  const number = tk.slice(s.from, s.to).find((t) => t.upos === 'NUM');
  const counted = (o: string): string => (number && opening === 'bare' ? `${lowerFirst(number.text)} ${o}` : o);
  const answer = short && !number && shown.includes(short.toLowerCase()) ? short : lowerFirst(said);
  // `Wer hat … aufgelöst? die Polizei`: which police? A bare body names no one the reader must tell from the others.
  if (s.agent === 'body' && answer === short && news.vague(head.lemma)) return null;
  const action = tail.at(-1) ?? verb;
  const pool = phraseOptions(s, opening, plural, shown, action.sepVerb?.lemma ?? action.lemma, ctx);
  const options = distinctPhrases(answer, new Map(pool.map((p) => [counted(p.text), p.lemma])), ctx);
  if (options.length < MIN_DISTRACTORS) return null;
  return makeQuestion({ type: 'multiple-choice', prompt: lang.quiz.templates.who(question), answer, evidence: [evidenceOf(a, evidence)], options: [answer, ...options], difficulty: 1 }, ctx.rand);
}

export const eventNewsPhrase: QuestionKind = {
  name: 'event-news-phrase',
  // As `eventNews`: the chooser asks the best question of the main news first.
  weight: 0.6,
  ask(ctx) {
    const news = newsSentences(ctx.article, ctx.lang);
    return [...news].sort((x, y) => x - y).flatMap((i) => whoDidIt(i, ctx) ?? []);
  },
};
