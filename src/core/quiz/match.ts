/**
 * A match's result as one clause tells it (issue 15: sports reports, a large share of the news, never asked who won,
 * though the score, the winner and the loser are their main news): the clause's side, its opponent and the score from
 * the side's view (`Kasachstan steht nach dem 1:2 gegen Lettland als Absteiger fest` → Kasachstan, Lettland, 1:2). Only
 * where the clause leaves no doubt: one score in the sentence (not a list of sets), the side its subject and named (a
 * name, or a people's or a place's name after the article the question can decline), one opponent after the language's
 * preposition, a win or defeat it names agreeing with the score, and nothing that makes it less than a game's end told
 * as fact (a state on the way, `zum 2:0`, `führte zur Pause`; a modal or negation; a game of an earlier year).
 */
import type { Token } from '../analysis';
import { withoutDateline } from '../facts/11-events';
import { periodScores } from './clause';
import { inPastPerfect } from './kinds/date';
import type { QuizLanguageModel } from './language';

export interface MatchResult {
  /** The side as the question names it after the game (`der Ukraine`, `Kasachstan`). */
  side: string;
  /** The opponent as the text writes it after its preposition (`Weißrussland`, `die Slowaken`). */
  opponent: string;
  /** The score as written, the side's goals first (`1:2` where the side lost). */
  score: string;
  /** The score's token in the sentence's tokens. */
  token: Token;
}

const CLAUSE_MARK = /^[,;:–—]$/u;
/** A score opening a compound (`4:1-Heimerfolg`): the score and the compound's head, which may say who won. */
const SCORE_COMPOUND = /^(\d{1,3}:\d{1,3})-(\p{L}[\p{L}-]*)$/u;
const YEAR = /^(?:1[89]|20)\d\d$/u;
/** Adverbs or adjectives between the finite verb and a subject after it (`steht unterdessen Kasachstan`). */
const MAX_BEFORE_SIDE = 2;

/** A name: tagged so, or a place the language knows that the tagger read as a plural noun (`Schweden`: Schwede). */
const isName = (t: Token | undefined, lang: QuizLanguageModel): boolean => t?.upos === 'PROPN' || (t?.upos === 'NOUN' && lang.facts.places.has(t.text));

/**
 * A side's or an opponent's phrase from `i`: an article (kept, with its case as written) before a name or a people's
 * noun (`die Slowaken`), or a name without one; a name's parts may be figures (`Schalke 04`). The phrase's end, or -1.
 */
function sidePhrase(tk: readonly Token[], i: number, lang: QuizLanguageModel): number {
  const article = tk[i]?.upos === 'DET' ? 1 : 0;
  let k = i + article;
  if (article && tk[k]?.upos === 'NOUN' && lang.quiz.forms.originOf(tk[k]!.text)) k++;
  else while (isName(tk[k], lang) || (k > i + article && tk[k]?.upos === 'NUM' && !/[:.,]/u.test(tk[k]!.text))) k++;
  // The phrase ends with the name: a noun or name after it is more of a longer phrase the question cannot take apart.
  return k > i + article && !['NOUN', 'PROPN'].includes(tk[k]?.upos ?? '') ? k : -1;
}

const words = (tk: readonly Token[], from: number, to: number): string => tk.slice(from, to).map((t) => t.text).join(' ');

/**
 * The side as the question names it: a bare name as written, an article the language declines after the game
 * (`die Ukraine` → `der Ukraine`), else null (`der FC Nordstadt` would be `des FC Nordstadt`).
 */
function sideName(tk: readonly Token[], from: number, to: number, lang: QuizLanguageModel): string | null {
  if (tk[from]!.upos !== 'DET') return words(tk, from, to);
  const article = lang.quiz.news.match.sideArticle.get(tk[from]!.text.toLowerCase());
  return article ? `${article} ${words(tk, from + 1, to)}` : null;
}

/** The country of a phrase naming a people after its article (`die Slowaken` → Slowakei), or null. */
function peopleOf(tk: readonly Token[], from: number, to: number, lang: QuizLanguageModel): string | null {
  return to === from + 2 && tk[from]!.upos === 'DET' && tk[from + 1]!.upos === 'NOUN' ? lang.quiz.forms.originOf(tk[from + 1]!.text) : null;
}

/**
 * The opponent as the question names it: as the text writes it, except a people beside a side named by its name, which
 * is named by its country (`Spanien gegen die Slowaken` → `gegen die Slowakei`): a label that mixes a country with a
 * people was judged ungrammatical (round jj).
 */
function opponentName(tk: readonly Token[], opponent: { from: number; to: number }, side: { from: number; to: number }, lang: QuizLanguageModel): string {
  const country = peopleOf(tk, opponent.from, opponent.to, lang);
  if (!country || peopleOf(tk, side.from, side.to, lang)) return words(tk, opponent.from, opponent.to);
  const article = lang.quiz.news.match.opponentArticle.get(lang.quiz.forms.placeArticles.get(country) ?? '');
  return article ? `${article} ${country}` : country;
}

const finite = (t: Token | undefined, lang: QuizLanguageModel): boolean => !!t && (t.upos === 'VERB' || t.upos === 'AUX') && lang.quiz.forms.hasFiniteVerb([t]);

/**
 * The clause's subject as a side: opening the clause (after a joining word and a title, `Der zweimalige Titelträger
 * Finnland`) right before the finite verb, or right after the finite verb (`Als erster Absteiger steht unterdessen
 * Kasachstan …`). Its first and last token, or null.
 */
function subject(tk: readonly Token[], to: number, lang: QuizLanguageModel): { from: number; to: number } | null {
  let i = 0;
  while (tk[i]?.upos === 'CCONJ' || tk[i]?.upos === 'ADV') i++;
  // A title before the name (`Der 25-fache Weltmeister Kanada`): its article, adjectives and noun.
  let t = i;
  if (tk[t]?.upos === 'DET') t++;
  while (tk[t]?.upos === 'ADJ') t++;
  const titled = t > i && tk[t]?.upos === 'NOUN' && isName(tk[t + 1], lang) ? t + 1 : i;
  const opening = sidePhrase(tk, titled, lang);
  if (opening > 0 && finite(tk[opening], lang)) return { from: titled, to: opening };
  const verb = tk.findIndex((x, k) => k > 0 && k < to && finite(x, lang));
  if (verb < 0) return null;
  let k = verb + 1;
  while (k - verb - 1 < MAX_BEFORE_SIDE && (tk[k]?.upos === 'ADV' || (tk[k]?.upos === 'ADJ' && isName(tk[k + 1], lang)))) k++;
  const after = sidePhrase(tk, k, lang);
  return after > 0 ? { from: k, to: after } : null;
}

/** The match result `tokens` (one sentence's) tell in their first clause, or null. */
export function matchOf(tokens: readonly Token[], lang: QuizLanguageModel): MatchResult | null {
  const news = lang.quiz.news;
  const m = news.match;
  const tk = withoutDateline([...tokens]);
  const scoreOf = (t: Token): { score: string; head: string | null } | null => {
    if (news.score.test(t.text)) return { score: t.text, head: null };
    const c = SCORE_COMPOUND.exec(t.text);
    return c ? { score: c[1]!, head: c[2]! } : null;
  };
  // One score in the sentence besides its periods' (`5:1 (1:0,1:0,3:1)`): a second is another game or set.
  const scores = tk.flatMap((t, i) => (scoreOf(t) && !periodScores(tk, i, news.score) ? [i] : []));
  if (scores.length !== 1) return null;
  const at = scores[0]!;
  const found = scoreOf(tk[at]!)!;
  // `3:2-(0:1)-Heimsieg`: a compound written apart, its head out of reach.
  if (tk[at + 1]?.text === '-') return null;
  const end = tk.findIndex((t, i) => i > at && CLAUSE_MARK.test(t.text));
  const to = end < 0 ? tk.length : end;
  // The sentence's first clause: a later one may hang on it (`…, nachdem …`) or have its subject elsewhere.
  if (tk.slice(0, at).some((t) => CLAUSE_MARK.test(t.text))) return null;
  const clause = tk.slice(0, to);
  const text = clause.map((t) => t.text).join(' ');
  const forms = lang.quiz.forms;
  const lemma = (t: Token): string => (t.sepVerb?.lemma ?? t.lemma).toLowerCase();
  if (m.interimBefore.has(tk[at - 1]?.text.toLowerCase() ?? '') || clause.some((t) => m.interim.test(lemma(t)) || forms.unassertedVerb.test(t.text) || YEAR.test(t.text))) return null;
  if (found.head && m.interim.test(found.head)) return null;
  if (forms.unassertedWords.test(text) || forms.relativeTime.test(text) || inPastPerfect(clause, lang) || /["„“”»«]/u.test(text)) return null;
  // Won or lost, as the clause's verb or the score's compound says: it must agree with the score read from the side.
  const cues = [...clause.filter((t) => t.upos === 'VERB').map(lemma), ...(found.head ? [found.head.toLowerCase()] : [])];
  const won = cues.some((c) => m.win.test(c));
  const lost = cues.some((c) => m.loss.test(c));
  const [home, away] = found.score.split(':').map(Number) as [number, number];
  if ((won && lost) || (won && home <= away) || (lost && home >= away)) return null;
  // One opponent: `gegen` anywhere in the clause, `über` only right after the score (`ein 3:1 über Kiel`).
  const opponents = clause.flatMap((t, i) => {
    const word = t.text.toLowerCase();
    if (!m.opponent.has(word) || (m.opponentAfterScore.has(word) && i !== at + 1)) return [];
    const close = sidePhrase(tk, i + 1, lang);
    return close > 0 && close <= to ? [{ from: i + 1, to: close }] : [];
  });
  if (opponents.length !== 1 || clause.filter((t) => m.opponent.has(t.text.toLowerCase())).length !== 1) return null;
  const opponent = opponents[0]!;
  const side = subject(tk, to, lang);
  if (!side || (side.from < opponent.to && opponent.from < side.to)) return null;
  const name = sideName(tk, side.from, side.to, lang);
  const against = opponentName(tk, opponent, side, lang);
  if (!name || name.endsWith(against) || against.endsWith(words(tk, side.to - 1, side.to))) return null;
  return { side: name, opponent: against, score: found.score, token: tk[at]! };
}
