/**
 * Over-generate, then choose (issue 15): every kind offers each question the text allows; this
 * keeps those a strict teacher would hand out unchanged (the rubric, ../shared/QUIZ_RUBRIC.md),
 * the most important first and with variety: one question per sentence and per answer, a few of
 * each kind, and as many as the text is long (about eight for 400 words, fewer for a thin one).
 */
import { parseArticleMeta } from '../articleMeta';
import type { Span, Token } from '../analysis';
import type { QuestionKind } from './context';
import type { QuizLanguageModel } from './language';
import type { Question, QuizArticle } from './types';
import type { TextSpan } from '../facts/types';
import { clauseOf, cueTest, wordsOf } from '../facts/12-align/common';
import { GAP_TYPES, fitQuestion, sentenceAt, standsIn, wordCount } from './fit';
import { norm } from './validate';
import { acceptability } from './quality';
import { QUALITY_MODEL } from './qualityModel';
import { inPastPerfect } from './kinds/date';
import { wholeWord } from './build';
import { lesserFigure } from './lesserFigure';

/** A question and the kind that made it (its weight is the question's prior). */
export interface Candidate {
  question: Question;
  kind: Pick<QuestionKind, 'name' | 'weight' | 'background' | 'floor'>;
}

/** Words of text per question: a 400-word article gets eight, a 100-word note two. */
const WORDS_PER_QUESTION = 50;
/** Most questions of one article, however long: a quiz is read in one sitting. */
const MAX_PER_ARTICLE = 12;
/**
 * Where no question clears the model's floor: at most this many, none under this lower floor (out of fold, rounds a–m:
 * the band 0.4–0.5 judged acceptable 41 % of the time, 0.3–0.4 37 %; a thin text gets fewer questions rather than those).
 */
const FALLBACK_FLOOR = 0.4;
const FALLBACK_QUESTIONS = 2;
/**
 * The floor of a question asking the main news in its own words (`asksNews`): the model's estimate for these rests on
 * few judged questions (the event questions it learnt from were mostly of side clauses), so a lower bar than the rest.
 */
const NEWS_FLOOR = 0.2;
/**
 * The floor of the one question a quiz asks of its main news (`asksMainNews`) where none clears the model's, and the
 * types it may be of: a name gap or a choice of people or places. Judged over every round (a–dd), such questions the
 * model rated 0.4–0.5 were accepted in 57 of 70 judgements (26 questions, 64 % by question), more than the questions
 * just over the model's floor (0.5–0.6, not of the main news: 140 of 243, 55 %); of the main news's roles (20 of 30,
 * 28 % by question) and its figures and dates (10 of 24) fewer, and in 0.3–0.4 too few.
 */
const MAIN_NEWS_FLOOR = 0.4;
const MAIN_NEWS_TYPES: ReadonlySet<Question['type']> = new Set(['cloze', 'multiple-choice']);
/** The kind of a person's name gap (`kinds/nameCloze.ts`). */
const NAME_GAP_KIND = 'name-cloze';
/** Words of a question asking the news that its sentence need not have: the rest of a question word (`Welches Land`). */
const NEWS_OTHER_WORDS = 1;
const WORD = /[\p{L}\d][\p{L}\d-]*/gu;
/** Fewer questions than this make a thin quiz, which takes a side figure (`sideFigure`) rather than stay thinner. */
const THIN_QUIZ = 3;
/** Questions of one kind a quiz may always have, however short (more up to half of a longer one). */
const MIN_PER_KIND = 3;
/** A prompt longer than this is hard to take in at once: such a question yields to shorter ones. */
const LONG_PROMPT_WORDS = 30;
/** The lead paragraph states what matters most in a news text. */
const LEAD_BONUS = 1.3;
const LEAD_SENTENCES = 3;
/** A fact the text comes back to (a name or number it repeats) is one of its main ones. */
const REPEAT_BONUS = 1.15;
/** How much less a fact at the end of the text counts than one at its start. */
const POSITION_FALL = 0.3;
/** Capitalised words (names and, in German, nouns) this long carry a sentence's topic; shorter ones are mostly function words. */
const TOPIC_WORD_LETTERS = 4;
/** Letters of a topic word compared, so inflected forms match (`Flüchtlinge`, `Flüchtlingen`). */
const TOPIC_STEM = 6;
/** A name or noun the text uses this often is one of its main actors or things; twice as often, its main one. */
const TOPIC_REPEATS = 3;
/**
 * How central a sentence is (issue 15: the judges rejected dates and figures of side stories while the news went
 * unasked): the weight of the topic words it shares with the story, a headline word counting most, then the main
 * actors the text keeps naming, then the lead's words. Each word adds less than the one before (`CENTRAL_SCALE` of
 * weight goes two thirds of the way to fully central), so a sentence full of the story's words still beats one
 * that shares a single headline word with it.
 */
const HEADLINE_WEIGHT = 2;
const LEAD_WEIGHT = 1;
const MAX_REPEAT_WEIGHT = 2;
const CENTRAL_SCALE = 3;
/** The factor of a sentence that shares next to nothing with the story (a side detail) and of a fully central one. */
const SIDE_DETAIL = 0.55;
const CENTRAL = 1.1;
/** The share of the sentence before's weight a sentence takes over: it mostly goes on with what that one told. */
const CONTINUED = 0.5;
/**
 * A fact in a clause that hangs on another (`…, weil im Vorjahr 240 Laster …`, `…, die 1998 …`): the clause says
 * why or of what, the main clause what happened.
 */
const SUBORDINATE = 0.85;
/** Short lines make a text a list (a programme, a table of results), not a report to ask about. */
const LIST_LINE_WORDS = 8;
const LIST_SHARE = 0.6;
const LIST_MIN_LINES = 4;

/** How many questions a body of `words` words carries. */
export const questionBudget = (words: number): number => Math.min(MAX_PER_ARTICLE, Math.round(words / WORDS_PER_QUESTION));

/** The body's paragraphs, without credits and labels (the reader shows them as furniture). */
function bodyOf(a: QuizArticle, lang: QuizLanguageModel): Span[] {
  const { paragraphs, boilerplate } = parseArticleMeta(a.text, lang.news);
  return paragraphs.filter((p) => !boilerplate.some((b) => b.start === p.start && b.end === p.end));
}

/** The lead: the body's first paragraph, at most its first sentences (a text without paragraph breaks is no lead throughout). */
function leadOf(a: QuizArticle, lang: QuizLanguageModel): Span | undefined {
  const first = bodyOf(a, lang)[0];
  if (!first) return undefined;
  const inside = a.analysis.sentences.filter((s) => s.start >= first.start && s.start < first.end);
  const last = inside[Math.min(inside.length, LEAD_SENTENCES) - 1];
  return { start: first.start, end: last ? Math.min(first.end, last.end) : first.end };
}

/** Most sentences a teaser before the dateline has; a dash further on is no dateline. */
const TEASER_SENTENCES = 4;

/**
 * The teaser: the short lines before the dateline (`Wien – `) that opens the report. The report
 * says the same again; a gap there is asked of a summary (judged not worth asking).
 */
export function teaserOf(a: QuizArticle, lang: QuizLanguageModel): Span | undefined {
  const first = bodyOf(a, lang)[0];
  if (!first) return undefined;
  const m = lang.quiz.forms.dateline.exec(a.text.slice(first.start, first.end));
  if (!m) return fragmentTeaser(a, lang, first);
  const end = first.start + m.index;
  const before = a.analysis.sentences.filter((s) => s.start >= first.start && s.end <= end);
  return before.length && before.length <= TEASER_SENTENCES ? { start: first.start, end } : undefined;
}

/** Fewest words a part of a first sentence beside a dash has to be a fragment of its own (`Wien – ` is a dateline). */
const FRAGMENT_PART_WORDS = 4;

/**
 * A teaser without a dateline after it: the body's first sentence where it, or one of its two parts beside a dash,
 * has no finite verb (`Mehr als fünf Millionen Dollar Schadenersatz gefordert.`, `Erstmals auf öffentlichen Straßen –
 * Ein Mensch muss am Steuer sitzen.`). A headline fragment, not a lead, which is a sentence: the body tells its facts
 * again, and they are asked there. Issue 15: a text's first sentence where no headline line or dateline sets it
 * apart was judged acceptable 2 times of 20; the one fragment among them (gnad-066's claim figure) 0 of 8 (rounds e-cc).
 */
function fragmentTeaser(a: QuizArticle, lang: QuizLanguageModel, first: Span): Span | undefined {
  const s = a.analysis.sentences.find((x) => x.start >= first.start && x.start < first.end);
  // A text of one sentence has no body to tell its facts again.
  if (!s || !a.analysis.sentences.some((x) => x.start >= s.end)) return undefined;
  const words = s.tokens.filter((t) => t.upos !== 'PUNCT');
  const dashes = s.tokens.flatMap((t, i) => (/^[–—-]$/u.test(t.text) ? [i] : []));
  // One dash between two parts, the second opening anew with a capital: `Der Kanzler – seit 2010 im Amt – sagte`
  // sets off an aside, `Der Bau dauerte lange – ein seltener Fall.` an apposition.
  const parts = dashes.length === 1 && /^\p{Lu}/u.test(s.tokens[dashes[0]! + 1]?.text ?? '') ? [s.tokens.slice(0, dashes[0]), s.tokens.slice(dashes[0]! + 1)] : [];
  const fragment = (tk: readonly Token[]): boolean => !lang.quiz.forms.hasFiniteVerb(tk);
  const teaser = (words.length > 0 && fragment(s.tokens)) || parts.some((p) => p.filter((t) => t.upos !== 'PUNCT').length >= FRAGMENT_PART_WORDS && fragment(p));
  return teaser ? { start: s.start, end: s.end } : undefined;
}

/** Body sentences a news text's lead opens with: what it reports above all (its news). */
const NEWS_LEAD_SENTENCES = 2;
/** Body sentences searched for the one that tells the headline's news again (after a teaser paragraph without a dateline). */
const NEWS_WINDOW = 5;
/** Fewest headline words (by lemma) that sentence shares with the headline. */
const NEWS_HEADLINE_LEMMAS = 2;

/**
 * The sentences (indices of the analysis) that tell the article's main news: the lead's first two after any teaser,
 * and of the body's first sentences the one sharing most of the headline's words by lemma (`Der nordländische Präsident
 * Ole Brandt ist zu einem Besuch in Südland eingetroffen` under `Brandt in Südland eingetroffen`, after a
 * paragraph of background). Issue 15: the judges found the main news unasked in most articles of rounds i and j.
 */
export function newsSentences(a: QuizArticle, lang: QuizLanguageModel, headlineLemmas?: ReadonlySet<string>): Set<number> {
  const paragraphs = bodyOf(a, lang);
  const teaser = teaserOf(a, lang);
  const body = a.analysis.sentences.map((s, i) => ({ s, i })).filter(({ s }) => paragraphs.some((p) => p.start <= s.start && s.start < p.end) && (!teaser || s.start >= teaser.end));
  const out = new Set(body.slice(0, NEWS_LEAD_SENTENCES).map(({ i }) => i));
  const headline = headlineLemmas ?? (paragraphs[0] ? lemmasIn(a, 0, paragraphs[0].start) : new Set<string>());
  let best = { i: -1, n: NEWS_HEADLINE_LEMMAS - 1 };
  for (const { s, i } of body.slice(0, NEWS_WINDOW)) {
    const n = [...lemmasIn(a, s.start, s.end)].filter((l) => headline.has(l)).length;
    if (n > best.n) best = { i, n };
  }
  if (best.i >= 0) out.add(best.i);
  return out;
}

/** A text that is a list (most of its lines short, without a sentence's end): nothing in it is worth asking. */
export function isList(a: QuizArticle, lang: QuizLanguageModel): boolean {
  const lines = bodyOf(a, lang).flatMap((p) => a.text.slice(p.start, p.end).split('\n')).map((l) => l.trim()).filter(Boolean);
  const short = lines.filter((l) => wordCount(l) < LIST_LINE_WORDS || !/[.!?…]["“”»«')]*$/u.test(l));
  return lines.length >= LIST_MIN_LINES && short.length / lines.length >= LIST_SHARE;
}

/** The capitalised words of `s` past its first word, by stem: what a headline speaks of (its first word may be any word). */
function topicWords(s: string): string[] {
  const words = s.match(/[\p{L}\d][\p{L}\d-]*/gu) ?? [];
  return words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && w.length >= TOPIC_WORD_LETTERS).map((w) => w.slice(0, TOPIC_STEM).toLowerCase());
}

const stem = (w: string): string => w.slice(0, TOPIC_STEM).toLowerCase();

/** The nouns and names of the text's tokens in `[start, end)`, by stem: what a sentence speaks of, its first word too. */
function topicTokens(a: QuizArticle, start: number, end: number): string[] {
  return a.analysis.sentences
    .filter((s) => s.end > start && s.start < end)
    .flatMap((s) => s.tokens.filter((t) => t.start >= start && t.end <= end && (t.upos === 'NOUN' || t.upos === 'PROPN') && t.text.length >= TOPIC_WORD_LETTERS))
    .map((t) => stem(t.text));
}

/**
 * A compound noun's head counts for the story at this share of the story word itself (issue 15: a clause about
 * `Grundschule` counted nothing for a story about `Schule`, so its figures were taken for a side detail): a compound
 * names a kind of its head, near the story's thing but not the thing itself.
 */
const HEAD_SHARE = 0.5;

/**
 * The heads, by stem, of the compound nouns among the text's tokens in `[start, end)` (`Schule` of `Grundschule`, as the
 * analysis splits them), where the head is long enough to carry a topic.
 */
function compoundHeads(a: QuizArticle, start: number, end: number): string[] {
  return a.analysis.sentences
    .filter((s) => s.end > start && s.start < end)
    .flatMap((s) => s.tokens.filter((t) => t.start >= start && t.end <= end && t.upos === 'NOUN' && (t.parts?.length ?? 0) > 1))
    .map((t) => t.parts![t.parts!.length - 1]!.lemma)
    .filter((head) => head.length >= TOPIC_WORD_LETTERS)
    .map(stem);
}

/**
 * What the story's topic words weigh in `[start, end)`: each word once, and a compound's head (`compoundHeads`) at
 * `HEAD_SHARE` where the word itself is none and the head is one of the story's main words (its headline's or one it
 * repeats), not a word of its lead alone (`Südstadt` is no part of a story whose lead names `die Stadt Nordhafen` once).
 */
function topicWeight(a: QuizArticle, start: number, end: number, topic: ReadonlyMap<string, number>, own: ReadonlySet<string>): number {
  const words = new Set(topicTokens(a, start, end));
  let weight = 0;
  for (const w of words) weight += (topic.get(w) ?? 0) * (own.has(w) ? CONTINUED : 1);
  for (const h of new Set(compoundHeads(a, start, end))) {
    const story = topic.get(h) ?? 0;
    if (!words.has(h) && story > LEAD_WEIGHT) weight += HEAD_SHARE * story * (own.has(h) ? CONTINUED : 1);
  }
  return weight;
}

/**
 * The body's topic words (`topicTokens`) without the months: a month dates what the text tells (`im März`), and a report
 * of a month's figures names it beside nearly every figure, so it is no actor or thing of the story (issue 15, round hh:
 * `März` counted as a main actor of a report of March's web traffic, so a browser's share that month, judged peripheral
 * trivia, was asked as the story's own figure).
 */
function storyTokens(a: QuizArticle, lang: QuizLanguageModel, start: number, end: number): string[] {
  const months = new Set(Object.keys(lang.facts.months).map(stem));
  return topicTokens(a, start, end).filter((w) => !months.has(w));
}

/**
 * What the text is about, each topic word (by stem) with its weight: the headline's words count most, the names and
 * nouns the text keeps coming back to (its main actors and things) by how often, the teaser's and lead's words least.
 */
function topicOf(a: QuizArticle, lang: QuizLanguageModel, lead: Span | undefined): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (w: string, n: number): void => void weights.set(w, (weights.get(w) ?? 0) + n);
  const title = a.title ?? parseArticleMeta(a.text, lang.news).title ?? '';
  for (const w of new Set(topicWords(` ${title}`))) add(w, HEADLINE_WEIGHT);
  for (const w of new Set(storyTokens(a, lang, 0, lead?.end ?? 0))) add(w, LEAD_WEIGHT);
  const counts = new Map<string, number>();
  for (const w of storyTokens(a, lang, 0, a.text.length)) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [w, n] of counts) if (n >= TOPIC_REPEATS) add(w, Math.min(MAX_REPEAT_WEIGHT, n / TOPIC_REPEATS));
  return weights;
}

/**
 * How central the question's sentence is to the story, as a factor from a side detail's `SIDE_DETAIL` up to
 * `CENTRAL`, or 0 where it shares nothing with the story: what its topic words weigh, and half what the sentence
 * before in its paragraph weighs, which it goes on from (`Mittlerweile habe man fünf Deponien gefunden` after the owner's account).
 * The answer's own words count half: a main actor asked about is the story, but a name in a side story is no
 * central fact because it is asked.
 */
function centrality(q: Question, a: QuizArticle, topic: ReadonlyMap<string, number>): number {
  const e = q.evidence[0]!;
  const at = sentenceAt(a, e.start);
  const prior = at && at.index > 0 ? a.analysis.sentences[at.index - 1]! : null;
  // A new paragraph starts a new point: it goes on from nothing before it.
  const before = prior && !a.text.slice(prior.end, at!.start).includes('\n') ? prior : null;
  const own = new Set(topicWords(` ${q.answer}`).concat(stem(q.answer)));
  const weight = topicWeight(a, e.start, e.end, topic, own) + (before ? CONTINUED * topicWeight(a, before.start, before.end, topic, new Set()) : 0);
  // Nothing of the story, here or just before: the question's only merit would be that it can be checked.
  if (!weight) return 0;
  return SIDE_DETAIL + (CENTRAL - SIDE_DETAIL) * (1 - Math.exp(-weight / CENTRAL_SCALE));
}

/** Marks that end a clause inside a sentence. */
const CLAUSE_MARK = /^[,;:–—()]$/u;

/**
 * The clause the answer of a gap question stands in: its sentence's tokens and the first and last of the clause (between the
 * marks around the answer). Null for other questions and where the sentence does not have it.
 */
function answerClause(q: Question, a: QuizArticle): { tokens: readonly Token[]; from: number; to: number } | null {
  return GAP_TYPES.has(q.type) ? clauseOfAnswer(q, a) : null;
}

/** The clause the answer stands in, as `answerClause`, whatever the question's wording (`Wann erwirtschaftete …?` too). */
function clauseOfAnswer(q: Question, a: QuizArticle): { tokens: readonly Token[]; from: number; to: number } | null {
  const e = q.evidence[0]!;
  const offset = e.text.indexOf(q.answer);
  const s = sentenceAt(a, e.start);
  if (offset < 0 || !s) return null;
  const tokens = a.analysis.sentences[s.index]!.tokens;
  const at = tokens.findIndex((t) => t.start >= e.start + offset);
  if (at < 0) return null;
  let from = at;
  let to = at;
  while (from > 0 && !CLAUSE_MARK.test(tokens[from - 1]!.text)) from--;
  while (to < tokens.length - 1 && !CLAUSE_MARK.test(tokens[to + 1]!.text)) to++;
  return { tokens, from, to };
}

/**
 * Does the answer stand in a clause that hangs on another: one opening with a subordinating conjunction (`weil`,
 * `nachdem`) or a relative pronoun after a comma (`…, die 1998 …`)? Gap questions only: the event kind asks main clauses.
 */
function subordinate(q: Question, a: QuizArticle, lang: QuizLanguageModel): boolean {
  const clause = answerClause(q, a);
  const first = clause?.tokens[clause.from];
  if (!clause || !first) return false;
  // A relative pronoun opens no sentence (`Die Stadt …`): there it is an article or a demonstrative.
  const word = first.text.toLowerCase();
  return first.upos === 'SCONJ' || (clause.from > 0 && (lang.quiz.forms.relativePronouns.has(word) || lang.facts.quotes.complementizers.has(word)));
}

/**
 * Topic weight (`topicOf`) a figure's own clause must name to be of the story: a headline word (2), a lead word the
 * text keeps naming (1 and more) or two lead words; one word of the lead alone (`Südstadt`) may be a side detail's place.
 */
const STORY_CLAUSE_WEIGHT = 1.5;

/**
 * Does a figure's own clause, besides the answer, name enough of the story (`STORY_CLAUSE_WEIGHT`): `… sind in
 * Nordhafen 40 Häuser eingestürzt` in a report of Nordhafen's quake, not `der mit 1. April in Pension ging` nor `im
 * Schnitt bei 80 Prozent` in a report of a new fare? Issue 15, rounds p and q: a figure of a side detail in a sentence
 * of the story was judged not worth asking; out of fold the feature lifts the model's AUC (0.697 → 0.703).
 */
function figureOfStory(q: Question, a: QuizArticle, topic: ReadonlyMap<string, number>): boolean {
  const clause = q.type === 'number' || q.type === 'date' ? answerClause(q, a) : null;
  return !!clause && namesStory(clause, q.answer, topic);
}

/** Do the clause's names and nouns other than the answer's weigh `STORY_CLAUSE_WEIGHT` of the story's topic? */
function namesStory(clause: { tokens: readonly Token[]; from: number; to: number }, answer: string, topic: ReadonlyMap<string, number>): boolean {
  const own = new Set(answer.toLowerCase().match(WORD) ?? []);
  const words = clause.tokens.slice(clause.from, clause.to + 1)
    .filter((t) => (t.upos === 'NOUN' || t.upos === 'PROPN') && t.text.length >= TOPIC_WORD_LETTERS && !own.has(t.text.toLowerCase()));
  return words.reduce((sum, t) => sum + (topic.get(stem(t.text)) ?? 0), 0) >= STORY_CLAUSE_WEIGHT;
}

/**
 * The keys an answer is kept apart by: a date by its month, season and year (`im September 2022`, `Ende September`;
 * `Jahr 2019`, `im Jahr 2019`), since one month or year asked twice is one question asked twice (judged so); any
 * other answer as written. Not the day's number nor the words `dateFillers` names (`Jahr`, `Ende`).
 */
function answerKeys(q: Question, lang: QuizLanguageModel): string[] {
  if (q.type !== 'date') return [norm(q.answer)];
  const words = q.answer.split(/\s+/).map((w) => w.replace(/[.,]$/u, ''));
  const keys = words.filter((w) => /^\d{3,}$/.test(w) || (/^\p{Lu}/u.test(w) && !lang.quiz.forms.dateFillers.test(w)));
  return keys.length ? keys.map(norm) : [norm(q.answer)];
}

/** What the chooser knows of one article before it scores its questions. */
export interface ArticleView {
  a: QuizArticle;
  lang: QuizLanguageModel;
  lead: Span | undefined;
  topic: ReadonlyMap<string, number>;
  /** The headline's topic words, by stem. */
  headline: ReadonlySet<string>;
  /** The body's paragraphs. */
  paragraphs: Span[];
  /** The names and nouns the text names most (its main actors and things), by stem. */
  main: ReadonlySet<string>;
  /** The headline's content words (names, nouns, verbs, adjectives) by lemma: what happened, not only to whom. */
  headlineLemmas: ReadonlySet<string>;
  /** The sentences that tell the main news (`newsSentences`). */
  news: ReadonlySet<number>;
  /**
   * The title's content words by lemma: the headline line's, or where the text opens with its title as its first
   * sentence (a report whose teaser heads its only paragraph), that sentence's.
   */
  titleLemmas: ReadonlySet<string>;
  /** The teaser (`teaserOf`): a summary of what the body tells, not a report of its own. */
  teaser: Span | undefined;
  /** The year the text reports from: its date's, else the latest it names (a report names its own year last), or null. */
  year: number | null;
  /** The latest year the text tells of (`latestYear`), or null. */
  latestYear: number | null;
}

const CONTENT: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** The content words of the sentences in `[start, end)`, by lemma. */
function lemmasIn(a: QuizArticle, start: number, end: number): Set<string> {
  return new Set(a.analysis.sentences.filter((s) => s.end > start && s.start < end)
    .flatMap((s) => s.tokens.filter((t) => t.start >= start && t.end <= end && CONTENT.has(t.upos)).map((t) => (t.sepVerb?.lemma ?? t.lemma).toLowerCase())));
}

/** The main actors: the text's most repeated topic words, at most this many. */
const MAIN_TOPICS = 2;

export function articleView(a: QuizArticle, lang: QuizLanguageModel): ArticleView {
  const lead = leadOf(a, lang);
  const counts = new Map<string, number>();
  for (const w of storyTokens(a, lang, 0, a.text.length)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const main = [...counts].filter(([, n]) => n >= TOPIC_REPEATS).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, MAIN_TOPICS).map(([w]) => w);
  const title = a.title ?? parseArticleMeta(a.text, lang.news).title ?? '';
  const paragraphs = bodyOf(a, lang);
  // The headline as the analysis read it: the text before the body, where the text has one.
  const headlineLemmas = paragraphs[0] ? lemmasIn(a, 0, paragraphs[0].start) : new Set<string>();
  return {
    a, lang, lead, topic: topicOf(a, lang, lead), headline: new Set(topicWords(` ${title}`)), paragraphs, main: new Set(main), headlineLemmas,
    news: newsSentences(a, lang, headlineLemmas), year: reportYear(a.date ?? a.text), latestYear: latestYear(a.text, lang),
    titleLemmas: titleLemmasOf(a, title, headlineLemmas), teaser: teaserOf(a, lang),
  };
}

/** The title's content words by lemma (`ArticleView.titleLemmas`); none where the text does not show its title. */
function titleLemmasOf(a: QuizArticle, title: string, headlineLemmas: ReadonlySet<string>): ReadonlySet<string> {
  if (headlineLemmas.size) return headlineLemmas;
  const at = title ? a.text.indexOf(title) : -1;
  return at < 0 || a.text.slice(0, at).trim() ? new Set() : lemmasIn(a, at, at + title.length);
}

const YEAR = /(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]?\d)/g;
const yearsIn = (s: string): number[] => (s.match(YEAR) ?? []).map(Number);

/** Characters before a year read for the words that make it a target's (`bis spätestens Ende 2035`). */
const TARGET_WINDOW = 40;

/**
 * The latest year the text tells of: not the end or start of a plan (`bis 2035`, `ab 2030`: the language's
 * `targetYear`), which would make every year the report tells of look past. Counted in one pass (a pasted table).
 */
export function latestYear(text: string, lang: QuizLanguageModel): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[0]);
    if ((latest === null || year > latest) && !lang.quiz.forms.targetYear.test(text.slice(Math.max(0, m.index - TARGET_WINDOW), m.index))) latest = year;
  }
  return latest;
}

/**
 * The year a report is of, where it has no date: the year it names most often, of equals the first named. Not the
 * latest: a target (`bis 2035 klimaneutral`) would make the report's own year look a decade old. Counted in one pass,
 * as a pasted table may name a hundred thousand years.
 */
export function reportYear(text: string): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const y of yearsIn(text)) {
    const n = (counts.get(y) ?? 0) + 1;
    counts.set(y, n);
    if (best === null || n > counts.get(best)!) best = y;
  }
  return best;
}

/**
 * How much the question's fact matters by the hand-written rules, without its kind's trust: how central its sentence
 * is to the story, where its fact stands and in which clause, whether the text repeats it, how long it reads.
 */
function importanceOf(q: Question, v: ArticleView, sub: boolean, repeats: number): number {
  const { a, lead } = v;
  const at = q.evidence[0]!.start;
  let s = centrality(q, a, v.topic);
  s *= lead && at >= lead.start && at < lead.end ? LEAD_BONUS : 1 - POSITION_FALL * (at / Math.max(1, a.text.length));
  if (sub) s *= SUBORDINATE;
  if (repeats > 0) s *= REPEAT_BONUS;
  if (wordCount(q.prompt) > LONG_PROMPT_WORDS) s *= 0.8;
  return s;
}

/** Caps of the features that count things, so one long sentence or a name on every line does not outweigh the rest. */
const CAP_SHARED = 3;
const CAP_REPEATS = 3;
const CAP_FIGURES = 6;
const CAP_PARAGRAPH = 3;
const WORDS_SCALE = 30;
const SMALL_COUNT = 12;

/**
 * What a question has at choose time that the acceptability model (`quality.ts`, learnt from the teachers' judgements in
 * eval/quiz-judgements) weighs: its type, the hand-written importance, where its sentence stands (lead, paragraph,
 * position), what it shares with the headline, lead and main actors, how often the text repeats its answer, its clause,
 * how long it reads, and what kind of figure it asks. Each about 0–1.
 */
export function questionFeatures(q: Question, v: ArticleView): Record<string, number> {
  const { a } = v;
  const e = q.evidence[0]!;
  const at = sentenceAt(a, e.start);
  const n = a.analysis.sentences.length;
  const sentence = at ? a.text.slice(at.start, at.end) : e.text;
  const inLead = !!v.lead && e.start >= v.lead.start && e.start < v.lead.end;
  const paragraph = v.paragraphs.findIndex((p) => e.start >= p.start && e.start < p.end);
  const prior = at && at.index > 0 ? a.analysis.sentences[at.index - 1]! : null;
  const words = new Set(topicTokens(a, at?.start ?? e.start, at?.end ?? e.end));
  const answerWords = (q.answer.match(/[\p{L}\d][\p{L}\d-]*/gu) ?? []).filter((w) => w.length >= TOPIC_WORD_LETTERS || /\d/.test(w)).map(stem);
  const repeats = a.text.split(q.answer).length - 2;
  const sub = subordinate(q, a, v.lang);
  const value = /^\d+$/.test(q.answer) ? Number(q.answer) : NaN;
  const f: Record<string, number> = {
    importance: importanceOf(q, v, sub, repeats),
    lead: Number(inLead),
    position: at ? at.index / Math.max(1, n - 1) : 1,
    paragraph: Math.min(CAP_PARAGRAPH, Math.max(0, paragraph)) / CAP_PARAGRAPH,
    paragraphStart: Number(!prior || a.text.slice(prior.end, at!.start).includes('\n')),
    headlineShared: Math.min(CAP_SHARED, [...words].filter((w) => v.headline.has(w)).length) / CAP_SHARED,
    answerInHeadline: Number(answerWords.some((w) => v.headline.has(w))),
    headlineLemmas: [...lemmasIn(a, at?.start ?? e.start, at?.end ?? e.end)].filter((l) => v.headlineLemmas.has(l)).length / Math.max(1, v.headlineLemmas.size),
    answerInLead: Number(!inLead && !!v.lead && standsIn(q.answer, a.text.slice(v.lead.start, v.lead.end))),
    answerRepeats: Math.min(CAP_REPEATS, Math.max(0, repeats)) / CAP_REPEATS,
    mainActor: Number([...words].some((w) => v.main.has(w))),
    subordinate: Number(sub),
    promptWords: wordCount(q.prompt) / WORDS_SCALE,
    sentenceWords: wordCount(sentence) / WORDS_SCALE,
    quote: Number(/[„“”"»«]/u.test(sentence)),
    figures: Math.min(CAP_FIGURES, (sentence.match(/\d+/g) ?? []).length) / CAP_FIGURES,
    year: Number(/(?<!\d)(1[89]|20)\d\d(?!\d)/.test(q.answer)),
    smallCount: Number(value <= SMALL_COUNT),
    decimal: Number(/\d[.,]\d/.test(q.answer) && !/\d[.,]\d{3}(?!\d)/.test(q.answer)),
    mainNews: Number(asksNews(q, v, at?.index)),
    yearsBefore: yearsBefore(q, v),
    eventRole: Number(eventRole(q, e, v.lang)),
    figureOfStory: Number(figureOfStory(q, a, v.topic)),
    scores: scoresIn(paragraph >= 0 ? a.text.slice(v.paragraphs[paragraph]!.start, v.paragraphs[paragraph]!.end) : sentence),
    aside: Number(aside(q, a)),
  };
  f.sideFigure = Number(sideFigure(q, f));
  f[`type:${q.type}`] = 1;
  return f;
}

/**
 * Is the number or date the one another is measured against, not the news: its clause names an earlier time to compare
 * with (`Ein Jahr zuvor konnte die Firma noch 1,5 Milliarden verbuchen`) or its sentence is an aside set off as a
 * comparison (`Zum Vergleich: Das Vorgängermodell kam auf 30.000 Punkte`)? The language's `comparison` cues. Issue 15:
 * every such judged question was rejected as not worth asking (11 judgements of 4 questions, rounds c–x), while the model
 * rated them 0.62–0.81, as their sentences share the story's words: the figure is of an earlier time or another thing.
 */
function comparison(q: Question, a: QuizArticle, lang: QuizLanguageModel): boolean {
  const clause = q.type === 'number' || q.type === 'date' ? answerClause(q, a) : null;
  if (!clause) return false;
  const { cue, aside } = lang.quiz.forms.comparison;
  const first = clause.tokens[0]!;
  const last = clause.tokens[clause.tokens.length - 1]!;
  return cue.test(a.text.slice(clause.tokens[clause.from]!.start, clause.tokens[clause.to]!.end)) || aside.test(a.text.slice(first.start, last.end));
}

/**
 * Does a gap stand in a sentence that leans on the one before (the language's `leansOnBefore`: `So kommt das Nexus auf
 * mehr als ___ Punkte`), illustrating its claim with a detail? Issue 15: 6 of 7 judged gap questions of this opening
 * were rejected (rounds c–z: benchmark points, a player's age at a first, a keeper's days out, `So lange brauchte …`
 * unclear without the sentence before), where 45 % of all judged questions were.
 */
function leansOnBefore(q: Question, a: QuizArticle, lang: QuizLanguageModel): boolean {
  const s = GAP_TYPES.has(q.type) ? sentenceAt(a, q.evidence[0]!.start) : null;
  return !!s && lang.quiz.forms.leansOnBefore.test(a.text.slice(s.start, s.end));
}

/**
 * Is the number the total of a ranking whose rank the sentence gives (`liegt die Türkei auf Platz 149 von ___ Staaten`)?
 * The language's `rankTotal` cue, read up to the answer. The rank is the news, the length of the list is not: issue 15,
 * 3 of 3 judgements of such a question rejected (rounds g, w, y), none of this shape accepted; the rank itself is still
 * asked.
 */
function rankTotal(q: Question, lang: QuizLanguageModel): boolean {
  const e = q.evidence[0]!;
  const at = e.text.indexOf(q.answer);
  return q.type === 'number' && at > 0 && lang.quiz.forms.rankTotal.test(e.text.slice(0, at));
}

/**
 * Is the number a share given after another share of its sentence (`Rund die Hälfte der
 * Aufträge (48 Prozent) …, bei der Tochter waren es ___ Prozent`, `von 20 auf ___ Prozent`, `Chrome mit 34 Prozent,
 * gefolgt von Firefox mit ___ Prozent`): the second figure of a pair, a sub-group's, an earlier year's or a list's
 * next item beside the one the sentence leads with? Not where the first share is what would be (`Ohne Sozialleistungen
 * wäre die Quote bei 25 Prozent, jetzt ist sie bei ___ Prozent`: the language's `unassertedVerb`), which makes the
 * second the fact. Issue 15, the judges' side figures (a subsidiary's 31 % beside its parent's 48 %, round ff): of the
 * judged percentage gaps after another percentage in their sentence (rounds a–ff, 7 questions, 13 judgements), 1.3 were
 * acceptable by question (3 judgements: a share now after one of old, `Waren es einst 15 bis 20 Prozent`), the one
 * after a conditional 6 of 6 times; the judged numbers as a whole 66 % by question.
 */
function secondShare(q: Question, a: QuizArticle, lang: QuizLanguageModel): boolean {
  const e = q.evidence[0]!;
  const at = e.text.indexOf(q.answer);
  const s = q.type === 'number' && at >= 0 ? sentenceAt(a, e.start) : undefined;
  if (!s) return false;
  const start = e.start + at;
  const tokens = a.analysis.sentences[s.index]!.tokens;
  const percent = (i: number): boolean => lang.facts.percentWords.has(tokens[i]?.text ?? '');
  const unit = tokens.findIndex((t) => t.start >= start + q.answer.length);
  if (!percent(unit)) return false;
  const before = tokens.findIndex((t, i) => t.end <= start && /\d/u.test(t.text) && percent(i + 1));
  if (before < 0) return false;
  // The clause of the first share, up to the mark that ends it: a conditional there makes the asked share the real one.
  const end = tokens.findIndex((t, i) => i > before && CLAUSE_MARK.test(t.text));
  return !tokens.slice(0, end < 0 ? undefined : end).some((t) => lang.quiz.forms.unassertedVerb.test(t.text));
}

/** A day's number in a date (`am 3. Oktober`): a point in time, not a period. */
const DAY = /(?<!\d)\d{1,2}\.(?!\d)/u;

/**
 * Is the date only the period a figure beside it is of (`Der Konzern erwirtschaftete 2014 rund 30 Milliarden Euro`,
 * `Das Angebot zählt im März 39.322.962 Visits`): a month or year, not a day, in a clause that gives another figure,
 * where neither the date, the word before it nor the clause's first word opens a change's start or end (`Seit 2011
 * stieg …`, `nach 2011`, `Seit Ausbruch der Unruhen im April …`: the language's `notWhen`)? The figure is the fact;
 * its period asked alone was judged not worth asking (issue 15: 14 of 14 judgements of 7 such questions, rounds e–x,
 * the model rating them 0.26–0.69), while the start of a change was accepted (`Seit Ausbruch der Unruhen im April
 * 2015 seien 439 Menschen getötet worden`, 3 of 3).
 */
function periodOfFigure(q: Question, a: QuizArticle, lang: QuizLanguageModel): boolean {
  const clause = q.type === 'date' && !DAY.test(q.answer) ? clauseOfAnswer(q, a) : null;
  if (!clause) return false;
  const e = q.evidence[0]!;
  const start = e.start + e.text.indexOf(q.answer);
  const end = start + q.answer.length;
  const words = clause.tokens.slice(clause.from, clause.to + 1);
  const at = words.findIndex((t) => t.start >= start);
  // The clause's first word, the word before the date and the date's own first word.
  if ([words[0], words[at - 1], words[at]].some((t) => t && lang.quiz.templates.notWhen.has(t.text.toLowerCase()))) return false;
  return words.some((t) => t.upos === 'NUM' && /\d/u.test(t.text) && (t.end <= start || t.start >= end) && !yearsIn(t.text).length);
}

/** Marks that end a clause, not brackets inside it. */
const CLAUSE_END = /^[,;:–—]$/u;
/** Years a date may lie before the latest the text tells of and still be the news's: the year before often is. */
const YEARS_BACK = 1;

/**
 * Is the date one of what came before the news rather than the news's own time (issue 15, the judges' `background`
 * notes on rejected dates: an earlier raid, a first goal years back, a council founded in 1999, an earlier winner)? Its
 * clause is in the past perfect (`Bereits im September war Nokta Ziel einer Razzia gewesen`), or its year lies more than
 * a year before the latest the text tells of (`v.latestYear`) and it is no span reaching the news (`seit 2009`: the
 * language's `since`). Judged (rounds a–z): 54 judgements of 23 such dates, 39 % acceptable (rounds v–z 3 of 8), the
 * other dates 61 %; the model, which rates every date alike (its out-of-fold AUC on dates 0.61), could not tell them.
 * The accepted ones were history the report recalls at length (an election's year, a prototype's unveiling).
 */
function earlierDate(q: Question, v: ArticleView): boolean {
  const clause = q.type === 'date' ? answerClause(q, v.a) : null;
  if (!clause) return false;
  const words = clause.tokens.slice(clause.from, clause.to + 1);
  // Up to the clause's end past a name's bracket (`hatte im April … Ossadtschij (2004-2010) im Amt abgelöst`).
  const end = clause.tokens.findIndex((t, i) => i > clause.to && CLAUSE_END.test(t.text));
  if (inPastPerfect(clause.tokens.slice(clause.from, end < 0 ? undefined : end), v.lang)) return true;
  const years = yearsIn(q.answer);
  if (!years.length || v.latestYear === null || Math.max(...years) >= v.latestYear - YEARS_BACK) return false;
  const e = q.evidence[0]!;
  const start = e.start + e.text.indexOf(q.answer);
  // The clause's words up to the answer's number: `Seit dem Jahr `, `seit `.
  const opening = v.a.text.slice(words[0]!.start, start) + q.answer.replace(/\d[\s\S]*$/u, '');
  return !v.lang.quiz.forms.since.test(opening);
}

/**
 * Is the date the time of a side event: a month or a year alone (no day), no span's start or end (`seit Dezember`, `bis
 * Ende Juni`: the language's `dateSpan`), in a clause that names too little of the story besides it (`namesStory`:
 * `Im Mai hat das Höchstgericht entschieden` in a report of an insurer's loss, `Anfang August werden wir eine
 * Pressekonferenz machen`)? Issue 15, the judges' `side detail` and `trivia` notes on dates: of the judged dates the
 * chooser still asked, such dates were acceptable 45 % of the time in rounds a–q (11 questions of 11 articles, by
 * article) and 30 % in rounds v–aa (5 of 5), the others 66 % and 60 %. A day's date (`am 23. Juni`) was accepted about
 * as often outside the story's clauses as in them (it fixes an event or a deadline), a span's start as often as any.
 * A month without its year is left out whatever its clause names (`Ende Juli entschied das Gericht erneut`, `seit der
 * ersten Befragung im Februar`): it places one step in the story's chronology, which the judges struck as a side detail.
 * Such months (no span) were acceptable in 22 of 65 judgements (25 questions, 35 % by question); of those in the
 * story's own clause, which this alone leaves out, 6 of 21 (6 questions: rounds a–dd 5 of 18, ee 1 of 3). A span's month
 * was accepted in 42 of 58, a year alone in its story's clause in 21 of 42 (kept: it dates the story's own event).
 */
function sideDate(q: Question, v: ArticleView): boolean {
  const clause = q.type === 'date' && !DAY.test(q.answer) ? clauseOfAnswer(q, v.a) : null;
  if (!clause || (yearsIn(q.answer).length > 0 && namesStory(clause, q.answer, v.topic))) return false;
  const e = q.evidence[0]!;
  const start = e.start + e.text.indexOf(q.answer);
  return !v.lang.quiz.forms.dateSpan.test(`${v.a.text.slice(clause.tokens[clause.from]!.start, start)}${q.answer}`);
}

/** Years back a report's background reaches: an event this long before the report is history, whatever its distance. */
const CAP_YEARS = 10;

/**
 * How many years before the report's own the answer's year lies, as a share of `CAP_YEARS` (issue 15: an earlier
 * winner's year, a player's first goal twelve years back, the date of a quake before the one reported were judged side
 * details, not the news). 0 for an answer without a year or a text that names no other.
 */
function yearsBefore(q: Question, v: ArticleView): number {
  const years = yearsIn(q.answer);
  if (!years.length || v.year === null) return 0;
  return Math.min(CAP_YEARS, Math.max(0, v.year - years.reduce((x, y) => Math.max(x, y)))) / CAP_YEARS;
}

/**
 * Does the number count people or things by their part in the event, as the clause around it says (`12 Menschen wurden
 * verletzt`, `rund 300 Helfer waren im Einsatz`; the language's `numberRoles`)? Judged: the toll of the event is its
 * news, a count beside it (a crew, the balls of a demo, the firms once written to) a side detail. Not a sum or a share
 * (`ein Anruf kostet 2 Euro`): the role words of money name the price of anything.
 */
function eventRole(q: Question, e: TextSpan, lang: QuizLanguageModel): boolean {
  const at = e.text.indexOf(q.answer);
  if (q.type !== 'number' || at < 0) return false;
  const unit = e.text.slice(at + q.answer.length).match(/^\s*(\S+?)[,.;:]?(?:\s|$)/u)?.[1] ?? '';
  if (lang.facts.currencyWords.has(unit) || lang.facts.percentWords.has(unit)) return false;
  const cues = (lang.facts.stories?.numberRoles ?? []).map((r) => cueTest(r.cues));
  return wordsOf(clauseOf(e, e.start + at, e.start + at + q.answer.length)).some((w) => cues.some((c) => c(w)));
}

/**
 * Does the number stand in an aside: a clause without a verb of its own (`Habermann, seit Dezember Firmenchef, …`,
 * `… gebracht – darunter auch 39 Kinder`, `(elf beziehungsweise sieben Mandate)`, a list's item after a colon)? It
 * qualifies or itemises what the sentence tells. Issue 15: 78 judgements of such numbers (rounds a–z) 46 % acceptable,
 * numbers as a whole 73 %; out of fold the feature lifts the model's AUC (0.688 → 0.698).
 */
function aside(q: Question, a: QuizArticle): boolean {
  const clause = q.type === 'number' ? answerClause(q, a) : null;
  return !!clause && verbless(clause);
}

/** Has the clause no verb of its own? */
const verbless = (clause: { tokens: readonly Token[]; from: number; to: number }): boolean =>
  !clause.tokens.slice(clause.from, clause.to + 1).some((t) => t.upos === 'VERB' || t.upos === 'AUX');

/**
 * Is the date an aside: in a clause without a verb of its own (`Habermann, seit Dezember 2015 Firmenchef, habe …`,
 * `die Polin, Finalistin von 2012, überwand …`, a cover's `Montag, 2. November, Beginn des Bürgerkrieges`, a cited
 * ruling's `vom 28. Februar 2013 (Rs C-483/10)`)? It dates a person's post or a thing the sentence names, not what the
 * sentence tells. Issue 15, rounds a–bb: 11 judgements of 4 such dates (4 articles), 1 acceptable, the other dates 58 %;
 * the numbers' `aside` is a model feature, but the model rates every date alike.
 */
function asideDate(q: Question, v: ArticleView): boolean {
  const clause = q.type === 'date' ? clauseOfAnswer(q, v.a) : null;
  if (!clause || clause.from === 0 || !CLAUSE_MARK.test(clause.tokens[clause.to + 1]?.text ?? '')) return false;
  // Set off inside its sentence, by marks on both sides: a sentence's opening clause without a verb is mostly one whose
  // verb the tagger missed (`Erst Anfang 2015 erlaubte/ADJ Peking …`), and a relative clause cut by a name's apposition
  // has its verb past it (`die dieses Amt am 1. Jänner 2016 vom Rektor, Heinrich Schmidinger, übernehmen wird`).
  const first = clause.tokens[clause.from]!;
  return first.upos !== 'SCONJ' && !v.lang.quiz.forms.relativePronouns.has(first.text.toLowerCase()) && verbless(clause);
}

/** How often a gap's name may stand in its text and still be the story's, where its sentence tells no main news. */
const ONCE = 1;

/**
 * Is the name gap one of a side person's or place's (issue 15, rounds a–bb): named once in the text (each part of a
 * person's name) outside the sentences that tell the main news (`newsSentences`)? `abgesehen von Ernst Baumeister` in
 * a coach's interview, `am Rande des Umweltgipfels in Paris` in a Nato report, a mixed-doubles opponent's country: such
 * gaps were acceptable in 24 of 66 judgements (31 articles; rounds v–bb 0 of 7), the other name gaps in 74 of 143
 * (rounds v–bb 9 of 14), and where world knowledge rules the options out (`die Müllverbrennung in der ___`) it is mostly
 * such a side place.
 */
function sideName(q: Question, v: ArticleView): boolean {
  if (q.type !== 'cloze' || v.news.has(sentenceAt(v.a, q.evidence[0]!.start)?.index ?? -1)) return false;
  // A person by any part of their name: a reportage calls its protagonist by her first name (`Zainab Faksh`, then `Zainab`).
  const named = (w: string): number => v.a.text.match(wholeWord(w, 'gu'))?.length ?? 0;
  return q.answer.split(/\s+/).every((w) => named(w) <= ONCE);
}

/** From this share of the text on, a figure told without the story's words is taken for the closing background. */
const SIDE_FIGURE_FROM = 0.5;

/**
 * Is the number a side figure: in the text's second half, in a sentence that names neither a headline word nor one of
 * the main actors (`Im benachbarten Südtal wurden 30 Wanderwege markiert` after a bridge's opening)? Issue 15, the
 * judges' notes on rejected numbers of rounds v–bb (a ferry expected, a law's general penalty, a browser's share, a
 * side group's points gap): such numbers were accepted 57 % of the time by article in rounds a–q and 59 % in v–bb,
 * the other numbers 78 % and 80 %; where its sentence names the story it is the news's own figure wherever it stands,
 * and in the first half the report is still telling its event. Out of fold the feature lifts the model's AUC (0.696 →
 * 0.700; from a third or two thirds of the text on, or as the position itself, 0.694–0.699).
 */
function sideFigure(q: Question, f: Readonly<Record<string, number>>): boolean {
  return q.type === 'number' && !f.mainActor && !f.headlineShared && f.position! >= SIDE_FIGURE_FROM;
}

/** A match's result (`2:1`, `13:0`): a time of day has two digits after its colon (`18:30`). */
const SCORE = /(?<![\d:.])\d{1,2}:\d(?![\d:])/gu;
/** Results in a paragraph from which it is a sports report's table rather than one game's news. */
const CAP_SCORES = 3;

/**
 * The results a paragraph gives, as a share of `CAP_SCORES` (issue 15: in a round-up of results and tables the judges
 * rejected most counts as sports trivia: a point gap in a side group, a substitution's minute, the duels lost in a row,
 * the travelling fans; 79 judged questions of such paragraphs, 30 % acceptable).
 */
const scoresIn = (paragraph: string): number => Math.min(CAP_SCORES, (paragraph.match(SCORE) ?? []).length) / CAP_SCORES;

/**
 * Does the question ask the main news in words of its own (`Wer ist … eingetroffen?`): a choice among people, places
 * or the like whose prompt is no gap and whose sentence tells the news (`newsSentences`)? The judged event questions
 * the acceptability model learnt from were mostly of side clauses (5 of 37 acceptable); this tells these apart.
 */
function asksNews(q: Question, v: ArticleView, sentence: number | undefined): boolean {
  if (q.type !== 'multiple-choice' || sentence === undefined || !v.news.has(sentence) || q.prompt.includes(v.lang.quiz.templates.blank)) return false;
  // Its words past the question word are the sentence's (`Wohin reiste Lind am Montag?`), not a template's about the
  // text (`Wer ist laut dem Text der Chef …?` asks a role).
  const s = v.a.analysis.sentences[sentence]!;
  const own = new Set(v.a.text.slice(s.start, s.end).toLowerCase().match(WORD) ?? []);
  const words = (q.prompt.toLowerCase().match(WORD) ?? []).slice(1);
  return words.filter((w) => !own.has(w)).length <= NEWS_OTHER_WORDS;
}

/** Title content words (by lemma) a sentence shares with the title to tell its news again. */
const MAIN_NEWS_TITLE_LEMMAS = 2;

/**
 * Does the question ask the text's main news, by the text's own evidence (issue 15: the judges found it unasked in 38
 * of 63 texts of rounds cc and dd)? Its sentence tells the news (`newsSentences`: the lead's first sentences after any
 * teaser, and the one that tells the headline again); or its gap's answer is a fact such a sentence tells (the body
 * tells the lead's `rund 30.000 Euro` again in full); or its sentence names the story as the title does: two of the
 * title's content words, or one and another of the main actors the text names most. Nothing of the teaser: it is asked
 * from the body or not at all.
 */
export function asksMainNews(q: Question, v: ArticleView): boolean {
  const at = sentenceAt(v.a, q.evidence[0]!.start);
  if (!at || (v.teaser && at.start < v.teaser.end)) return false;
  if (v.news.has(at.index)) return true;
  const sentences = v.a.analysis.sentences;
  if (GAP_TYPES.has(q.type) && [...v.news].some((i) => standsIn(q.answer, v.a.text.slice(sentences[i]!.start, sentences[i]!.end)))) return true;
  const shared = [...lemmasIn(v.a, at.start, at.end)].filter((l) => v.titleLemmas.has(l));
  // A main actor that is the shared title word itself adds nothing (`Prozent` in the title of a report of rates).
  const cues = new Set([...shared.map(stem), ...topicTokens(v.a, at.start, at.end).filter((w) => v.main.has(w))]);
  return shared.length >= MAIN_NEWS_TITLE_LEMMAS || (shared.length > 0 && cues.size >= MAIN_NEWS_TITLE_LEMMAS);
}

/** Content words a courtesy's quote may have besides its courtesy and the copula (`Ich danke allen Helfern in Nordland von Herzen`). */
const COURTESY_OTHER_WORDS = 3;

/**
 * Is the question who said a courtesy (`Es ist mir eine große Ehre, in Nordland zu sein`, `Ich danke allen Helfern`)?
 * The content words of its quote as the prompt shows it, names and the copula aside, are the language's
 * `courtesyWords` and at most `COURTESY_OTHER_WORDS` others. Who said it asks nothing of the news, and its speaker is the one the text is about
 * (issue 15, round q: judged not worth asking, by both judges).
 */
function courtesy(q: Question, a: QuizArticle, lang: QuizLanguageModel): boolean {
  const courtesyWords = lang.facts.courtesyWords;
  if (q.type !== 'who-said' || !courtesyWords) return false;
  const { whoSaidDirect, whoSaidIndirect } = lang.quiz.templates;
  const template = new Set(`${whoSaidDirect('')} ${whoSaidIndirect('')}`.toLowerCase().match(WORD) ?? []);
  const shown = new Set((q.prompt.toLowerCase().match(WORD) ?? []).filter((w) => !template.has(w)));
  const e = q.evidence[0]!;
  const lemmas = new Set(a.analysis.sentences.filter((s) => s.end > e.start && s.start < e.end)
    .flatMap((s) => s.tokens.filter((t) => t.start >= e.start && t.end <= e.end && CONTENT.has(t.upos) && t.upos !== 'PROPN' && shown.has(t.text.toLowerCase())))
    .map((t) => (t.sepVerb?.lemma ?? t.lemma).toLowerCase()));
  lemmas.delete(lang.quiz.forms.copula);
  const polite = [...lemmas].filter((l) => courtesyWords.has(l)).length;
  return polite > 0 && lemmas.size - polite <= COURTESY_OTHER_WORDS;
}

/**
 * The floor of a question on who acts in the main news, where the judges accepted its class more often than the model
 * rates it (it learnt these types from their side-figure questions), or undefined for the model's own:
 * - the office of a minister a news sentence names (`Welche Funktion hat Lea Lind laut dem Text? → Innenministerin`: its
 *   evidence one of `newsSentences`, the answer a portfolio among others, `roleVariants`), accepted in all 20 judgements
 *   of rounds t–kk (two ministers; those named only further on, 4 of 10: a host, a spokesman's boss), rated 0.28–0.48 on
 *   the dev news: the floor of the news's own questions (`NEWS_FLOOR`);
 * - a person's name gap in a news sentence (`… brachte ___ den zweiten Sieg …`), accepted in 33 of 34 judgements of
 *   rounds d–kk (9 of 10 questions; other name gaps 100 of 224), rated 0.4–0.5: `MAIN_NEWS_FLOOR`, as the one such gap the
 *   chooser took before where nothing else asked the news (`newsBelowFloor`).
 */
function newsFloor(q: Question, kind: string, v: ArticleView): number | undefined {
  if (!v.news.has(sentenceAt(v.a, q.evidence[0]!.start)?.index ?? -1)) return undefined;
  if (q.type === 'role' && v.lang.quiz.forms.roleVariants(q.answer).length > 0) return NEWS_FLOOR;
  return kind === NAME_GAP_KIND ? MAIN_NEWS_FLOOR : undefined;
}

/** A question as it may be asked, with its kind, its hand-written score and its learnt acceptability. */
export interface Scored {
  q: Question;
  kind: string;
  background: boolean;
  /** The acceptability it must reach: its kind's own floor, else the model's. */
  floor?: number;
  score: number;
  acceptable: number;
  /** It asks the main news (`asksNews`). */
  news: boolean;
  /** It asks what its sentence, one telling the main news (`newsSentences`), says happened: a gap or a choice. */
  ofNews: boolean;
  /** It asks the text's main news (`asksMainNews`). */
  main: boolean;
  /** It asks a side figure (`sideFigure`). */
  side: boolean;
}

/**
 * Every candidate that may be asked (none from the teaser, who said a courtesy, a figure given for comparison, a
 * ranking's total, a share after another of its sentence, the period of a figure, a gap in a sentence leaning on the one before, a date of what came
 * before the news or of a side event nor a count smaller than one the text gave before of the same thing, each as
 * `fitQuestion` leaves it), with its scores.
 */
export function scoreCandidates(cands: Candidate[], a: QuizArticle, lang: QuizLanguageModel): Scored[] {
  const view = articleView(a, lang);
  const teaser = teaserOf(a, lang);
  return cands
    .filter((c) => !teaser || c.question.evidence[0]!.start >= teaser.end)
    .flatMap((c) => {
      const q = fitQuestion(c.question, a, lang);
      if (!q || courtesy(q, a, lang) || comparison(q, a, lang) || rankTotal(q, lang) || secondShare(q, a, lang) || periodOfFigure(q, a, lang) || leansOnBefore(q, a, lang) || earlierDate(q, view) || sideDate(q, view) || asideDate(q, view) || sideName(q, view) || lesserFigure(q, a, lang, view.news)) return [];
      const features = questionFeatures(q, view);
      // A role or a quote's speaker is asked of a person the news names, not of what happened.
      const ofNews = (GAP_TYPES.has(q.type) || q.type === 'multiple-choice') && view.news.has(sentenceAt(a, q.evidence[0]!.start)?.index ?? -1);
      return [{
        q, kind: c.kind.name, background: !!c.kind.background, floor: c.kind.floor ?? newsFloor(q, c.kind.name, view), score: c.kind.weight * features.importance!, acceptable: acceptability(features),
        news: features.mainNews === 1, ofNews, main: asksMainNews(q, view), side: features.sideFigure === 1,
      }];
    });
}

/**
 * The questions an article may be asked and how many: those the model finds likely acceptable (its floor chosen by
 * cross-validation, or their kind's own; a thin article gets fewer questions rather than bad ones). An article none of whose main facts
 * clears the floor still gets its best few just under it rather than no quiz (the bundled story's reports had none):
 * judged acceptable about as often as not, out of fold. Background over the floor does not count: it is never asked
 * alone, so such an article had no quiz at all (issue 15, gnad-020).
 */
export function askable(story: Scored[], budget: number): { worth: Scored[]; most: number } {
  const clear = story.filter((x) => x.acceptable >= (x.floor ?? QUALITY_MODEL.threshold));
  if (clear.some((x) => !x.background)) return { worth: clear, most: budget };
  return { worth: story.filter((x) => x.acceptable >= FALLBACK_FLOOR), most: Math.min(budget, FALLBACK_QUESTIONS) };
}

/** The more likely acceptable first; of equals, the one earlier in the text. */
const byChance = (x: Scored, y: Scored): number => y.acceptable - x.acceptable || x.q.evidence[0]!.start - y.q.evidence[0]!.start;

/** May the question fill the main news's slot: it asks the main news, of the story itself, no side figure? */
const mainSlot = (x: Scored): boolean => x.main && !x.background && !x.side;

/**
 * Of the questions under the floor, the one a quiz asks of its main news where none over the floor does: the most
 * likely acceptable name gap or choice that asks it, over `MAIN_NEWS_FLOOR`, or none.
 */
export function newsBelowFloor(under: readonly Scored[]): Scored[] {
  return under.filter((x) => mainSlot(x) && MAIN_NEWS_TYPES.has(x.q.type) && x.acceptable >= MAIN_NEWS_FLOOR).sort(byChance).slice(0, 1);
}

/**
 * One fact asked two ways, as a gap in its sentence and in the quiz's own words (`Wie viele Menschen wurden … verletzt?`):
 * the own words are asked, with the better chance of the two (issue 15: a short question of the quiz's own instead of
 * the whole sentence with a gap). The model learnt from few own-worded questions, so it rated the gap higher, though
 * the fact, its answer and its options are the same.
 */
function ownWordsOverGaps(story: Scored[], a: QuizArticle, blank: string): Scored[] {
  const factOf = (q: Question): string => `${sentenceAt(a, q.evidence[0]!.start)?.index} ${q.type} ${norm(q.answer)}`;
  const best = new Map<string, number>();
  const ownWords = new Set<string>();
  for (const x of story) {
    const fact = factOf(x.q);
    best.set(fact, Math.max(best.get(fact) ?? 0, x.acceptable));
    if (!x.q.prompt.includes(blank)) ownWords.add(fact);
  }
  return story.flatMap((x) => {
    const fact = factOf(x.q);
    if (!ownWords.has(fact)) return [x];
    return x.q.prompt.includes(blank) ? [] : [{ ...x, acceptable: best.get(fact)! }];
  });
}

/**
 * The best questions of one article, most important first: at most `budget`, one per sentence and
 * per answer, at most half of them (and no fewer than three) of one kind, background after the main facts and never
 * alone; `accept` has the last word (the driver's checks across the quiz).
 */
export function chooseQuestions(cands: Candidate[], a: QuizArticle, lang: QuizLanguageModel, budget: number, accept: (q: Question) => boolean): Question[] {
  const lead = leadOf(a, lang);
  const fitted = scoreCandidates(cands, a, lang);
  // A sentence sharing nothing with the story stays unasked however it scores.
  const story = ownWordsOverGaps(fitted.filter((x) => x.score > 0), a, lang.quiz.templates.blank);
  const { worth, most } = askable(story, budget);
  // A fact the lead sums up and the body tells in full is asked from the body: the lead's short form was judged a
  // gap in a teaser (unclear, and its other words give little to go by).
  // One fact, not one figure: the word after the gap agrees too (`zwei Millionen Flüchtlinge` is not `zwei Millionen Planen`).
  const inLead = (q: Question): boolean => !!lead && q.evidence[0]!.start < lead.end;
  const blank = lang.quiz.templates.blank;
  const factKey = (q: Question): string => `${q.type} ${norm(q.answer)} ${(q.prompt.split(blank)[1] ?? '').match(/\p{L}+/u)?.[0]?.slice(0, TOPIC_STEM).toLowerCase() ?? ''}`;
  const told = new Set(worth.filter((x) => !inLead(x.q)).map((x) => factKey(x.q)));
  // The main news first (issue 15: unasked in most articles of the blind rounds i and j): the best question asking it in
  // words of its own, over a lower floor than the rest, as the model learnt from few such questions.
  const asked = story.filter((x) => x.news && x.acceptable >= NEWS_FLOOR).sort(byChance).slice(0, 1);
  // Else the best question that asks it otherwise and clears the floor (issue 15, rounds cc and dd: the main news asked
  // in 25 of 63 texts, while the side figures and background dates the judges rejected were asked): a figure or date
  // of the lead, nothing added under the floor to fill the slot.
  const unsummed = (x: Scored): boolean => !inLead(x.q) || !told.has(factKey(x.q));
  const news = asked.length ? asked : worth.filter((x) => unsummed(x) && mainSlot(x)).sort(byChance).slice(0, 1);
  // Where none over the floor asks it, one under it (`newsBelowFloor`), after the questions over the floor: it takes no
  // place of theirs (a who-said of the same doctor stays, the gap on his name is left out).
  const belowFloor = news.length ? [] : newsBelowFloor(story.filter((x) => unsummed(x) && !worth.includes(x)));
  // Who said what is a main fact of a report as much as its news (the rubric: `claims and who made them`; judged 16 of
  // 17 acceptable, rounds v–aa, the most of any kind): the best who-said question is asked among the news, so neither
  // the news sentences' figures nor a short text's budget push it out (an invented fire report asked three figures first).
  const claim = worth.filter((x) => x.q.type === 'who-said').sort(byChance)[0];
  const first = (x: Scored): boolean => x.ofNews || x.main || x === claim;
  const scored = [...news, ...worth
    .filter((x) => unsummed(x) && !news.includes(x))
    // The story's background after every main fact, however it scores; of the rest, what the news sentences tell first
    // (issue 15, round q: the main news unasked in 12 of 20 texts while side figures were): the budget or a kind's cap
    // may leave out a figure of a side detail, not a question on the news that clears the floor.
    .sort((x, y) => Number(x.background) - Number(y.background) || Number(first(y)) - Number(first(x)) || byChance(x, y))];
  // Half the quiz at most of one kind: numbers and dates, judged the surest, may carry a long report whose other kinds find little.
  // Three at least: the model leaves a short text's weaker kinds out, and a 200-word report's three good figures beat two.
  const perKind = Math.max(MIN_PER_KIND, Math.ceil(budget / 2));
  const sentences = new Set<number>();
  const answers = new Set<string>();
  const kinds = new Map<string, number>();
  const out: Question[] = [];
  let main = 0;
  // A side figure only where the quiz would otherwise be thin: judged acceptable 57–59 % of the time by article (rounds
  // a–bb), better than no quiz but worse than the story's own facts, which take its place where the text has them.
  for (const { q, kind, background, side } of [...scored.filter((x) => !x.side), ...belowFloor, ...scored.filter((x) => x.side)]) {
    if (out.length >= most || (side && out.length >= THIN_QUIZ)) break;
    // Every sentence it shows, not only the one that answers it: a gap prompt with the sentence before it shown
    // (`… führe pro Jahr 15 Milliarden Euro an Steuern ab. Der Jahresumsatz liege bei ___ Euro.`) gives away a
    // question on that sentence (round x).
    const shown = q.evidence.map((e) => sentenceAt(a, e.start)!.index);
    const keys = answerKeys(q, lang);
    if (shown.some((i) => sentences.has(i)) || keys.some((k) => answers.has(k)) || (kinds.get(kind) ?? 0) >= perKind || !accept(q)) continue;
    for (const i of shown) sentences.add(i);
    for (const k of keys) answers.add(k);
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    if (!background) main++;
    out.push(q);
  }
  // A quiz of background alone asks what the report is not about.
  return main ? out : [];
}
