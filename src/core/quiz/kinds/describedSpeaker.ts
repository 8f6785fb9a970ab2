/**
 * Who a quote's speaker is where the cue gives no name but a description or a pronoun (issue 15: half the dev news'
 * quotes are credited to `der 28-Jährige`, `der Serbe`, `die Angeklagte`, `er`): the one person the words right before
 * it name, as a reader takes it, and only where no one else may be meant.
 */
import type { Token } from '../../analysis';
import { isRole } from '../../facts/08-entities';
import { sentenceAt } from '../../facts/textSpans';
import type { EntityFact, QuoteFact, TextSpan } from '../../facts/types';
import type { QuizContext } from '../context';
import { answerGender } from './nameCloze';

export interface DescribedSpeaker {
  who: EntityFact;
  /** The sentence before the quote that names them, which the evidence must show (null: the quote's own sentence does). */
  naming: TextSpan | null;
}

type Gender = 'female' | 'male';

/**
 * Sentences before the quote a pronoun may point back over: the one before only (judged: `Dem Telegraph sagte er` shown
 * with a sentence far before it did not link `er` to its name).
 */
const PRONOUN_REACH = 1;
/** A description says more of whom it means (`die frühere Ministerin`): a reader follows it over sentences that name no one. */
const DESCRIPTION_REACH = 3;

/** Tokens before a name that keep it in its noun phrase (`den Kroaten Marin Cilic`): a preposition before them governs it. */
const MAX_PHRASE_BEFORE = 4;

/**
 * The gender a speaker phrase tells and its description head, or null where it is no description of one person: a
 * pronoun `er`/`sie` with a verb in the singular, or a definite article of a subject, adjectives and a noun for a person
 * (a role, an age `28-Jährige`, an origin `Serbe`) in the singular (`die Angeklagte`; `die Politiker` are several). A
 * spokesperson speaks for someone else, so is no one's description.
 */
function describedGender(f: QuoteFact, tokens: Token[], ctx: QuizContext): { gender: Gender; head: Token | null } | null {
  const { lang } = ctx;
  const q = lang.facts.quotes;
  const forms = lang.quiz.forms;
  const sp = f.quote.speaker!;
  if (f.quote.cue && forms.pluralPredicate.test(f.quote.cue.text)) return null;
  const pronoun = sp.text.toLowerCase();
  if (pronoun === q.malePronoun) return { gender: 'male', head: null };
  if (pronoun === q.femalePronoun) return { gender: 'female', head: null };
  const [article, ...rest] = tokens;
  const head = rest.pop();
  if (!article || !head || forms.spokesperson.test(sp.text)) return null;
  const age = lang.quiz.pointers.personDescription;
  // `der 28-Jährige Deutsche`: an age before the noun describes like an adjective.
  if (rest.some((t) => t.upos !== 'ADJ' && !age.test(t.text))) return null;
  const news = lang.quiz.news;
  const person = age.test(head.text) || news.agent(head.lemma) === 'person' || !!forms.originOf(head.text);
  if (!person || news.agent(head.lemma) === 'body') return null;
  const a = article.text.toLowerCase();
  // A definite article: `ein Experte` is someone the text has not named.
  const gender = [...news.definite.values()].includes(a) && !plural(head, a, ctx) ? forms.articleGender.get(a) : undefined;
  return gender ? { gender, head } : null;
}

/**
 * Is the noun after the article a plural (`die Politiker`, `den Politikern`, `die Sanitäter`; not `die Mutter`, a noun of
 * that article)? By the lexicon's plural and gender.
 */
function plural(head: Token, article: string, ctx: QuizContext): boolean {
  if (!head.plural || !head.text.startsWith(head.plural)) return false;
  return head.text !== head.lemma || (head.gender !== undefined && ctx.lang.quiz.news.definite.get(head.gender) !== article);
}

/**
 * Whom a phrase of an article and a noun for a person outside the quote describes (`seine Frau`, `die Angeklagte`, `den
 * Politikern`): one person of a gender, one of a gender the words leave open (`either`), or null where the noun is no
 * person's or the phrase is a plural's.
 */
function personPhrase(article: Token, head: Token, ctx: QuizContext): Gender | 'either' | null {
  const { lang } = ctx;
  const forms = lang.quiz.forms;
  const a = article.text.toLowerCase();
  if ((!lang.quiz.pointers.personDescription.test(head.text) && lang.quiz.news.agent(head.lemma) !== 'person') || plural(head, a, ctx)) return null;
  // The noun's own gender where the lexicon knows it (`seine Frau`), else the article's.
  const byNoun = forms.femaleNoun(head.lemma, head.plural) ? 'female' : head.gender ? forms.articleGender.get(head.gender) : undefined;
  return byNoun ?? forms.articleGender.get(a) ?? (forms.maleNounArticles.has(a) ? 'male' : 'either');
}

/** Is the mention the object of a preposition (`gegen Philipp Kohlschreiber`, `auf den Kroaten Marin Cilic`)? */
function inPrepositionalPhrase(m: TextSpan, tokens: readonly Token[]): boolean {
  const i = tokens.findIndex((t) => t.start >= m.start);
  for (let k = i - 1; k >= 0 && i - k <= MAX_PHRASE_BEFORE; k--) {
    const t = tokens[k]!;
    if (t.upos === 'ADP') return true;
    if (t.upos !== 'DET' && t.upos !== 'ADJ' && t.upos !== 'NOUN' && t.upos !== 'PROPN') return false;
  }
  return false;
}

/** Words before a name an age may stand among (`der 29-jährige Kevin Anderson`, `die 35-jährige Ärztin Anna Roth`). */
const AGE_BEFORE_WORDS = 3;

/** The age the text gives beside a mention (`Anderson (29)`, `der 29-jährige Anderson`), or undefined. */
function ageAt(m: TextSpan, ctx: QuizContext): string | undefined {
  const { text } = ctx.article;
  const bracketed = /^\s*\((\d+)\)/u.exec(text.slice(m.end, m.end + 8))?.[1];
  if (bracketed) return bracketed;
  const before = text.slice(Math.max(0, m.start - 60), m.start).split(/\s+/u).filter(Boolean).slice(-AGE_BEFORE_WORDS);
  const age = before.find((w) => ctx.lang.quiz.pointers.personDescription.test(w));
  return age && /^\d+/u.exec(age)![0];
}

/** The first mention of a person before `until` beside which the text gives their age. */
const agedMention = (p: EntityFact, until: number, ctx: QuizContext): TextSpan | undefined => [p.span, ...p.mentions].find((m) => m.start < until && ageAt(m, ctx) !== undefined);

/**
 * `„…“, sagte der 28-Jährige.` after `Max Ott (28)` or `der 28-jährige Max Ott`, however far before: the one person the
 * text gave that age before the quote, with the sentence that gave it.
 */
function byAge(age: string, people: EntityFact[], before: number, ctx: QuizContext): DescribedSpeaker | null {
  const { text, analysis } = ctx.article;
  const aged = people.flatMap((who) => {
    const at = agedMention(who, before, ctx);
    return at && ageAt(at, ctx) === age ? [{ who, at }] : [];
  });
  if (aged.length !== 1) return null;
  const { who, at } = aged[0]!;
  const s = analysis.sentences[sentenceAt(analysis, at.start)]!;
  return { who, naming: { start: s.start, end: s.end, text: text.slice(s.start, s.end) } };
}

/** Does the text give the person a role the description's role word is not (`der Minister` of `Bürgermeister Jonas Holm`)? */
function otherRole(p: EntityFact, head: Token | null, ctx: QuizContext): boolean {
  if (!head || !p.role || !isRole(head.text, ctx.lang.facts)) return false;
  const base = (w: string): string => w.toLowerCase().replace(ctx.lang.quiz.forms.femaleRole, '');
  return !base(p.role.text.split(/\s+/).pop()!).endsWith(base(head.text));
}

/**
 * The person a described or pronoun speaker stands for. An age (`der 28-Jährige`): the one person the text gave it before.
 * Else the one person of its gender (or of none the text tells) that the words before it name, not as the object of a
 * preposition: in its own sentence before it, else in the sentences before the quote within its paragraph, the nearest
 * that names anyone (for a pronoun the one right before only). Null where none or two fit, where those words hold a name
 * no entity is, a demonstrative for a person, or another description of a person of that gender linked to no one (`…
 * gegen Kohlschreiber hat der siebenfache Champion …`: whom `der 33-Jährige` then means is the champion), or where the
 * text gives the person another age or another role.
 */
export function describedSpeaker(f: QuoteFact, people: EntityFact[], ctx: QuizContext): DescribedSpeaker | null {
  const sp = f.quote.speaker;
  if (!sp) return null;
  const { analysis, text } = ctx.article;
  const { lang } = ctx;
  const k = sentenceAt(analysis, sp.start);
  const own = analysis.sentences[k]!;
  const told = describedGender(f, own.tokens.filter((t) => t.start >= sp.start && t.end <= sp.end), ctx);
  if (!told) return null;
  const age = told.head && lang.quiz.pointers.personDescription.test(told.head.text) ? /^\d+/u.exec(told.head.text)![0] : null;
  const aged = age && byAge(age, people, f.quote.quote.start, ctx);
  if (aged) return aged;
  const first = Math.min(k, sentenceAt(analysis, f.quote.quote.start));
  const all = ctx.facts.facts.filter((e): e is EntityFact => e.kind === 'person' || e.kind === 'organisation' || e.kind === 'place');
  const covered = (t: Token): boolean => all.some((e) => [e.span, e.role, ...e.mentions].some((m) => m && m.start <= t.start && t.end <= m.end));
  const windows: { from: number; to: number; tokens: readonly Token[]; naming: TextSpan | null }[] = [
    { from: analysis.sentences[first]!.start, to: sp.start, tokens: analysis.sentences.slice(first, k + 1).flatMap((s) => s.tokens), naming: null },
  ];
  // Back to the sentence that names them, within the paragraph (a new one names its people anew); the evidence shows
  // every sentence from there to the quote, so the reader follows the thread.
  const end = analysis.sentences[first - 1]?.end ?? 0;
  for (let j = first - 1; j >= 0 && first - j <= (told.head ? DESCRIPTION_REACH : PRONOUN_REACH); j--) {
    const s = analysis.sentences[j]!;
    if (text.slice(s.end, analysis.sentences[j + 1]!.start).includes('\n')) break;
    windows.push({ from: s.start, to: s.end, tokens: s.tokens, naming: { start: s.start, end, text: text.slice(s.start, end) } });
  }
  for (const w of windows) {
    // Names in the quote itself are whom the speaker speaks of, not who speaks.
    const within = (m: TextSpan): boolean => m.start >= w.from && m.end <= w.to && !(m.start < f.quote.quote.end && f.quote.quote.start < m.end);
    const words = w.tokens.filter((t) => within(t));
    // A name no entity is may be whom the words mean; so may a person described and linked to no one, unless of the
    // other gender or several (`seine Frau` is not `der 39-Jährige`, `die Leute` not `der Kommissar`).
    const describes = (i: number): boolean => {
      const article = words.slice(Math.max(0, i - 3), i).reverse().find((x) => x.upos === 'DET');
      const g = article && personPhrase(article, words[i]!, ctx);
      return !!g && (g === 'either' || g === told.gender);
    };
    // Not one governed by a preposition (`auf Basis von Ubuntu Linux`), which no speaker after it stands for either.
    const name = (t: Token): boolean => t.upos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !inPrepositionalPhrase(t, w.tokens);
    // `Dieser habe abgelehnt, wie er betont`: a demonstrative standing for a person points back past the window.
    const pointsBack = (t: Token): boolean => t.upos === 'PRON' && lang.quiz.pointers.demonstratives.has(t.text.toLowerCase());
    if (words.some((t, i) => pointsBack(t) || (!covered(t) && (name(t) || describes(i))))) return null;
    const named = all.filter((e) => e.kind === 'person' && [e.span, ...e.mentions].some((m) => within(m) && e.name.split(/\s+/).some((n) => m.text.includes(n))));
    if (!named.length) continue;
    const fits = named.filter((e) => {
      const mentions = [e.span, ...e.mentions].filter(within);
      if (mentions.every((m) => inPrepositionalPhrase(m, w.tokens))) return false;
      const g = answerGender(e, lang);
      return !g || g === told.gender;
    });
    if (fits.length !== 1) return null;
    const who = fits[0]!;
    const given = agedMention(who, sp.start, ctx);
    if (!people.includes(who) || (age && given && ageAt(given, ctx) !== age) || otherRole(who, told.head, ctx)) return null;
    return { who, naming: w.naming };
  }
  return null;
}
