/**
 * One sentence under tagging, as the tagger's rules see it: words, readings, clause spans and
 * the context questions rules ask (language-neutral; the rules themselves come with the language).
 */
import type { Upos } from '../../analysis';
import type { Reading } from '../02-readings/lemmatizer';
import { lowerCase, startsUpper } from '../capital';
import { punctuationTest } from '../punctuation';
import { FINITE, readingTraits, UPOS_BIT } from '../readingTraits';
import type { TagContext, TaggerRules, TagMemo } from './index';

export const INNER_CAPITAL = /.\p{Lu}/u;
export const NO_READINGS: readonly Reading[] = [];
const NO_WORDS: readonly string[] = [];
const NO_WORDS_READINGS: readonly (readonly Reading[])[] = [];
export const NOMINAL: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN', 'PRON']);
export const NOUN_PHRASE_START: ReadonlySet<Upos> = new Set(['DET', 'ADJ', 'ADP', 'NUM']);
const QUOTE_CLOSE = /^(["“”»«'’]|''|``)$/;
/**
 * Whether a word closes a quotation (QUOTE_CLOSE), the regex run only on a word that opens with ASCII punctuation, a
 * backtick, a guillemet or a curly quote: most words are asked, as the word after an article is (issue 19).
 */
export const closesQuote = punctuationTest(QUOTE_CLOSE, (k) => k < 64 || k === 0x60 || k === 0xab || k === 0xbb || (k >= 0x2018 && k <= 0x201f));
// Quotes and brackets do not end a clause (`Ich habe im Hotel "X" übernachtet`).
const CLAUSE_END = /^[,;:.!?–—]+$/;
/** Whether a word ends a clause (CLAUSE_END), the regex run only on a word that opens with ASCII punctuation or a dash. */
export const endsClause = punctuationTest(CLAUSE_END, (k) => k < 64 || k === 0x2013 || k === 0x2014);

export function has(rs: readonly Reading[], upos: Upos): boolean {
  for (const r of rs) if (r.upos === upos) return true;
  return false;
}

/**
 * The readings of `rs` that `keep`, in order: `rs` itself where it keeps them all, so that a rule narrowing a word's
 * readings step by step makes an array only at a step that leaves some out (issue 19).
 */
export function narrowed(rs: readonly Reading[], keep: (r: Reading) => boolean): readonly Reading[] {
  let k = 0;
  while (k < rs.length && keep(rs[k]!)) k++;
  if (k === rs.length) return rs;
  const out = rs.slice(0, k);
  for (k++; k < rs.length; k++) if (keep(rs[k]!)) out.push(rs[k]!);
  return out;
}

/** The reading of `upos` whose lemma shares the longest beginning with the word (`lw`, lower case). */
export function pick(rs: readonly Reading[], upos: Upos, lw: string): Reading | undefined {
  let best: Reading | undefined;
  let bestCount = 0;
  for (const r of rs) if (r.upos === upos) { best = r; bestCount++; }
  // One candidate (the common case): no scoring, no lower-casing.
  if (bestCount <= 1) return best;
  let bestScore = -1;
  for (const r of rs) {
    if (r.upos !== upos) continue;
    const ll = r.lemma.toLowerCase();
    let k = 0;
    while (k < ll.length && k < lw.length && ll[k] === lw[k]) k++;
    // A nominalised infinitive (`das Fragen`) is the rarer reading of a plural (`Fragen`).
    const score = (ll === lw && !r.nominalised ? 1000 : 0) + k * 2 + (r.source === 'closed' ? 1 : 0) - (r.nominalised ? 5 : 0);
    if (score > bestScore) { best = r; bestScore = score; }
  }
  return best;
}

/**
 * The length of the longest of a language's sentence openers, found once per set: rules ask whether a word opens its
 * sentence some thirty thousand times in a hundred news texts, mostly of words longer than any opener (issue 19).
 */
const openerLengths = new WeakMap<ReadonlySet<string>, number>();
function longestOpener(openers: ReadonlySet<string>): number {
  let longest = openerLengths.get(openers);
  if (longest === undefined) {
    longest = 0;
    for (const o of openers) longest = Math.max(longest, o.length);
    openerLengths.set(openers, longest);
  }
  return longest;
}

/**
 * The numbers a sentence's view keeps for each word (its clause's bounds and its traits), in typed arrays a tagger may
 * reuse sentence after sentence (issue 19: made per sentence, they were a tenth of the bytes analysis allocated). They
 * hold an earlier sentence's numbers past the words of the present one, which a view never reads.
 */
export class SentenceBuffers {
  clauseFrom: Int32Array;
  clauseTo: Int32Array;
  traits: Int32Array;
  /** The tagger's context over its view (`SentenceView`), made at the first sentence and moved on to each next one. */
  context: TagContext | undefined;

  constructor(size = 64) {
    this.clauseFrom = new Int32Array(size);
    this.clauseTo = new Int32Array(size);
    this.traits = new Int32Array(size);
  }

  /** Room for a sentence of `n` words: new arrays, twice as long as needed, where these are too short. */
  fit(n: number): this {
    if (this.traits.length < n) {
      this.clauseFrom = new Int32Array(2 * n);
      this.clauseTo = new Int32Array(2 * n);
      this.traits = new Int32Array(2 * n);
    }
    return this;
  }
}

/**
 * One sentence under tagging: its words, their readings and clause spans, and the context
 * questions the rules ask. A class rather than closures made per sentence: no allocation per
 * helper per call (issue 4, speed on unseen text). One view serves sentence after sentence (`read` moves it on), as the
 * rules keep nothing of it past their call: made per sentence, it was a thirtieth of the bytes analysis allocated (issue 19).
 */
export class SentenceView {
  words: readonly string[] = NO_WORDS;
  readings: readonly (readonly Reading[])[] = NO_WORDS_READINGS;
  n = 0;
  lowerWords: readonly string[] = NO_WORDS;
  /** The chosen readings, a new array for each sentence: the caller keeps it. */
  out: Reading[] = [];
  /** The first index of each word's clause, which also names the clause: two words share one where it is the same. */
  clauseFrom: Int32Array;
  clauseTo: Int32Array;
  /** Each word's `readingTraits`: what the rules ask of the words around the one they tag, one number a word (issue 19). */
  traits: Int32Array;

  /** The length of the longest sentence opener (`TaggerRules.openers`): a longer word is none, and is not looked up. */
  private readonly openerLength: number;

  /** `buffers`: the typed arrays the view fills, the tagger's own to reuse, else the view's. */
  constructor(readonly rules: TaggerRules, private readonly buffers = new SentenceBuffers()) {
    this.clauseFrom = buffers.clauseFrom;
    this.clauseTo = buffers.clauseTo;
    this.traits = buffers.traits;
    this.openerLength = longestOpener(rules.openers);
  }

  /**
   * Moves the view to a sentence: `lower`, the words in lower case where the caller has them (step 02 memoises them per
   * word), and `memos`, the words' memo entries, whose traits stand for the word's where it has the entry's readings.
   */
  read(words: readonly string[], readings: readonly (readonly Reading[])[], lower?: readonly string[], memos?: readonly TagMemo[]): this {
    const n = words.length;
    this.words = words;
    this.readings = readings;
    this.n = n;
    this.out = new Array(n);
    const { clauseFrom, clauseTo, traits } = this.buffers.fit(n);
    const lowerWords: string[] | undefined = lower ? undefined : new Array(n);
    // Clause spans (between punctuation) for auxiliary and participle rules: each word's clause, and the first and
    // one-past-last index of it, so clause scans stay inside it; a clause is closed where the next one starts.
    let from = 0;
    for (let i = 0; i < n; i++) {
      const w = words[i]!;
      const memo = memos?.[i];
      traits[i] = memo !== undefined && memo.readings === readings[i] ? memo.traits : readingTraits(readings[i]!);
      if (lowerWords) lowerWords[i] = lowerCase(w);
      if (endsClause(w)) {
        for (let k = from; k < i; k++) clauseTo[k] = i;
        from = i;
      }
      clauseFrom[i] = from;
    }
    for (let k = from; k < n; k++) clauseTo[k] = n;
    this.lowerWords = lower ?? lowerWords!;
    this.clauseFrom = clauseFrom;
    this.clauseTo = clauseTo;
    this.traits = traits;
    return this;
  }

  /** Whether a reading of the word at `j` has this part of speech (`has` on its readings). */
  has(j: number, upos: Upos): boolean {
    return (this.traits[j]! & UPOS_BIT[upos]) !== 0;
  }

  /** Whether the word at `j` has every trait of `bits` (`readingTraits`). */
  is(j: number, bits: number): boolean {
    return (this.traits[j]! & bits) === bits;
  }

  /** A capitalised word at `j` that is no pronoun (`Sie`). */
  nounAt(j: number): boolean {
    return j < this.n && startsUpper(this.words[j]!) && !this.has(j, 'PRON');
  }

  sentenceStart(i: number): boolean {
    if (i === 0) return true;
    const before = this.words[i - 1]!;
    return before.length <= this.openerLength && this.rules.openers.has(before);
  }

  otherVerbInClause(i: number): boolean {
    for (let j = this.clauseFrom[i]!; j < this.clauseTo[i]!; j++) {
      if (j === i) continue;
      // Most words have no finite verb among their readings: they are passed over on their traits.
      if (!this.is(j, FINITE)) continue;
      const rs = this.readings[j]!;
      // A determiner, pronoun or other closed-class word is no verb of the clause, whatever verb it spells (`eine`: einen).
      // Nor is a capital inside the sentence, which marks the noun it spells (`eine Pause`: pausen).
      const closedOther = rs[0]!.source === 'closed' && rs[0]!.upos !== 'VERB' && rs[0]!.upos !== 'AUX';
      const noun = startsUpper(this.words[j]!) && !this.sentenceStart(j);
      if (!closedOther && !noun) return true;
    }
    return false;
  }

  clauseHasLemma(i: number, lemmas: ReadonlySet<string>): boolean {
    for (let j = this.clauseFrom[i]!; j < this.clauseTo[i]!; j++) {
      // Only a word with an auxiliary's reading has its readings read (its traits say so).
      if (!this.has(j, 'AUX')) continue;
      for (const r of this.readings[j]!) if (r.upos === 'AUX' && lemmas.has(r.lemma)) return true;
    }
    return false;
  }

  nominalNext(i: number): boolean {
    const j = i + 1;
    if (j >= this.n) return false;
    if (startsUpper(this.words[j]!) && !this.has(j, 'DET') && !this.has(j, 'PRON') && !this.has(j, 'ADP')) return true;
    if (this.has(j, 'ADJ') && !this.has(j, 'VERB') && !this.has(j, 'AUX')) return true;
    if (this.has(j, 'NUM')) return true;
    if (this.has(j, 'ADJ') && j + 1 < this.n && startsUpper(this.words[j + 1]!)) return true;
    if (this.has(j, 'ADV') && j + 1 < this.n && this.has(j + 1, 'ADJ') && j + 2 < this.n && startsUpper(this.words[j + 2]!)) return true;
    return false;
  }

  /**
   * The copula earlier in the same clause, with no coordination in between (`ich bin … begeistert`): a conjunction as
   * tagged, since a word that only may be one is mostly not (`ist noch nicht bekannt`: noch, as in weder … noch).
   */
  copulaBefore(i: number): boolean {
    for (let j = i - 1; j >= 0 && this.clauseFrom[j] === this.clauseFrom[i]; j--) {
      if (this.out[j]?.upos === 'CCONJ') return false;
      if (!this.has(j, 'AUX')) continue;
      // A loop, not `some`: a closure over `this` made every call allocate a context for it (issue 19).
      for (const r of this.readings[j]!) if (r.upos === 'AUX' && this.rules.copula.has(r.lemma)) return true;
    }
    return false;
  }

  /**
   * An adjective at `j` that is no verb form (`netter`, not `erwartet`), in lower case or capitalised only as the
   * sentence's first word (`Jung und erfahren ist sie`).
   */
  plainAdjectiveAt(j: number): boolean {
    return this.has(j, 'ADJ') && !this.has(j, 'VERB') && !this.has(j, 'AUX') && (!startsUpper(this.words[j]!) || this.sentenceStart(j));
  }

  /**
   * A noun follows within the phrase, past adjectives, adverbs and numbers (`der zuvor äußerst knappen Wahl`), and
   * adjectives joined by a conjunction (`ein äußerst netter und sehr erfahrener Arzt`).
   */
  nounAhead(i: number): boolean {
    let end = i + 4;
    for (let j = i + 1; j < this.n && j <= end; j++) {
      if (endsClause(this.words[j]!)) return false;
      if (this.has(j, 'CCONJ') && j > i + 1 && this.plainAdjectiveAt(j - 1) && j + 1 < this.n && (this.has(j + 1, 'ADJ') || this.has(j + 1, 'ADV'))) {
        end = j + 4;
        continue;
      }
      // Only a capitalised noun: `Die machen nicht` has the verb `machen`, not the noun `Machen`.
      if ((this.has(j, 'NOUN') || this.has(j, 'PROPN')) && (startsUpper(this.words[j]!) || !(this.has(j, 'VERB') || this.has(j, 'AUX')))) {
        return !(this.has(j, 'PRON') && this.readings[j]![0]!.upos === 'PRON');
      }
      // A verb form that may be an adverb too (`äußerst`: äußern) goes on with the phrase.
      if (this.has(j, 'VERB') && !this.has(j, 'ADJ') && !this.has(j, 'ADV')) return false;
      if (this.has(j, 'AUX')) return false;
      if (!this.has(j, 'ADJ') && !this.has(j, 'ADV') && !this.has(j, 'NUM') && !this.has(j, 'DET')) return false;
    }
    return false;
  }
}
