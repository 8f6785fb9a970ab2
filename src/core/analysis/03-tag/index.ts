/**
 * Step 03, contextual part-of-speech choice: each word brings its readings from step 02; the
 * language's named rules over the neighbours pick one. Deterministic, no trained weights.
 * A word with one reading takes it; for the others choice rules are tried in order until one applies. Corrections
 * then run in order on the choice.
 */
import type { Upos } from '../../analysis';
import type { Reading } from '../02-readings/lemmatizer';
import { CLOSED, CLOSED_ONLY } from '../readingTraits';
import { NO_READINGS, type SentenceBuffers, SentenceView } from './view';

export { SentenceBuffers, SentenceView } from './view';

/** One word under tagging. */
export interface TagContext {
  v: SentenceView;
  i: number;
  /** The word, and in lower case. */
  w: string;
  lw: string;
  rs: readonly Reading[];
  /** The word before, in lower case (`''` at the start). */
  prev: string;
  /** The closed-class readings of an ambiguous word. */
  closed: readonly Reading[];
  isQuestion: boolean;
}

/** A named choice: the reading it picks, or undefined when it does not apply. */
export interface TagRule {
  name: string;
  /**
   * What the word alone must be for the rule to choose (its form, its readings, `closed`: the closed-class ones among
   * them): asked once per word's readings and remembered, so that `tag` is not asked about the many ambiguous words it
   * could never choose for (issue 19: most rules name a word or a pair of parts of speech). `tag` is asked only where
   * this holds; without it, always.
   */
  word?(w: string, lw: string, rs: readonly Reading[], closed: readonly Reading[]): boolean;
  tag(c: TagContext): Reading | undefined;
}

/** A named correction of the chosen reading: the new reading, or undefined when it does not apply. */
export interface TagCorrection {
  name: string;
  /**
   * The parts of speech of a choice this correction may change: it is not asked about a choice of another, which
   * spares most words most corrections (issue 19). Without it, it is asked about every choice.
   */
  upos?: readonly Upos[];
  /**
   * What the word alone must be for the correction to apply to a choice (its form, its readings, the choice itself):
   * asked once per word's readings and reading and remembered, so that `tag` is not asked about the many words it could
   * never change (issue 19). `tag` is asked only where this holds; without it, always.
   */
  word?(w: string, lw: string, rs: readonly Reading[], choice: Reading): boolean;
  tag(c: TagContext, choice: Reading): Reading | undefined;
}

export interface TaggerRules {
  /** Words after which a capital letter does not mark a noun (sentence-initial position). */
  openers: ReadonlySet<string>;
  /** The copula's lemma (`sein`). */
  copula: ReadonlySet<string>;
  choose: readonly TagRule[];
  correct: readonly TagCorrection[];
}

/**
 * A word's place for what tagging finds of it alone (step 02's memo entry: the same object, with the same readings, for
 * every occurrence of the word); kept as long as the entry.
 */
export interface TagMemo {
  readonly readings: readonly Reading[];
  /** What those readings are (`readingTraits`). */
  readonly traits: number;
  /** The corrections that may apply to each reading (`askedOf`): one number for a word's one reading (most words), else one per reading. */
  tagged: number | readonly number[] | undefined;
  /** The list of corrections `tagged` was found for. */
  taggedBy: object | undefined;
  /** The choice rules that may choose for a word of several readings (`choosable`), as bits; and the list they were found for. */
  chooses: number | undefined;
  choosesBy: object | undefined;
  /** The closed-class readings of a word that has others too (`closedReadings`), found at its first occurrence. */
  closed: readonly Reading[] | undefined;
}

/**
 * Chooses one reading per word. `readings[i]` must be non-empty (the engine adds a guess for unknown words first);
 * `lower`, the words in lower case, and `memos`, the words' memo entries (`TagMemo`), where the caller has them;
 * `buffers`, the caller's to reuse for every sentence it tags (`SentenceBuffers`).
 */
export function tagSentence(
  words: readonly string[], readings: readonly (readonly Reading[])[], rules: TaggerRules, lower?: readonly string[], memos?: readonly TagMemo[],
  buffers?: SentenceBuffers,
): Reading[] {
  // One context, and one view, for every sentence the buffers' owner tags (for the sentence where none are given): rules
  // read them during their call and keep nothing, so no object per word or per sentence is made for the garbage
  // collector (issue 19).
  let c = buffers?.context;
  if (c?.v.rules !== rules) {
    c = { v: new SentenceView(rules, buffers), i: 0, w: '', lw: '', rs: NO_READINGS, prev: '', closed: NO_READINGS, isQuestion: false };
    if (buffers) buffers.context = c;
  }
  const v = c.v.read(words, readings, lower, memos);
  const { n, out, lowerWords } = v;
  const correct = rules.correct;
  if (correct.length > MAX_RULES) throw new Error(`tagger: at most ${MAX_RULES} corrections, got ${correct.length}`);
  if (rules.choose.length > MAX_RULES) throw new Error(`tagger: at most ${MAX_RULES} choice rules, got ${rules.choose.length}`);
  c.isQuestion = words[n - 1] === '?';
  for (let i = 0; i < n; i++) {
    const rs = readings[i]!;
    const w = words[i]!, lw = lowerWords[i]!;
    const known = askedOfWord(correct, w, lw, rs, memos?.[i]);
    // A word with one reading has nothing to choose, and most words have no correction that could change their
    // reading: such a word takes its reading with no context set (issue 19).
    const only = rs.length === 1 ? rs[0]! : undefined;
    if (known === 0) { out[i] = only!; continue; }
    c.i = i;
    c.w = w;
    c.lw = lw;
    c.rs = rs;
    c.prev = i > 0 ? lowerWords[i - 1]! : '';
    c.closed = only ? NO_READINGS : closedReadings(rs, v.traits[i]!, memos?.[i]);
    let choice = only;
    let asked = typeof known === 'number' ? known : 0;
    if (!choice) {
      // The choice rules whose word check holds, in order (one bit each), until one chooses.
      for (let left = choosable(rules.choose, w, lw, rs, c.closed, memos?.[i]); left !== 0; left &= left - 1) {
        choice = rules.choose[31 - Math.clz32(left & -left)]!.tag(c);
        if (choice) break;
      }
      choice ??= rs[0]!;
      const k = rs.indexOf(choice);
      asked = k >= 0 && typeof known !== 'number' ? known[k]! : askedOf(correct, w, lw, rs, choice);
    }
    // The corrections asked about the choice, in order (one bit each); a correction may change it (AUX to VERB, or
    // its lemma), and those after it asked about the new one follow.
    while (asked !== 0) {
      const j = 31 - Math.clz32(asked & -asked);
      asked &= asked - 1;
      const next = correct[j]!.tag(c, choice);
      if (next && next !== choice) {
        choice = next;
        asked = askedOf(correct, w, lw, rs, next, j + 1);
      }
    }
    out[i] = choice;
  }
  return out;
}

/**
 * The closed-class readings of an ambiguous word, told by its traits; no new array when there are none or only such
 * (most words). Those of a word that has others too are kept in its memo entry: filtered afresh at every occurrence,
 * they were a thirtieth of the bytes analysis allocates (issue 19: `die`, `der`, `das`, `zu` have such readings).
 */
function closedReadings(rs: readonly Reading[], traits: number, memo: TagMemo | undefined): readonly Reading[] {
  if ((traits & CLOSED) === 0) return NO_READINGS;
  if ((traits & CLOSED_ONLY) !== 0) return rs;
  const own = memo?.readings === rs ? memo : undefined;
  if (own?.closed !== undefined) return own.closed;
  const closed = rs.filter((r) => r.source === 'closed');
  if (own) own.closed = closed;
  return closed;
}

/** Most corrections, and most choice rules, a tagger may have: one bit each in a word's memo. */
const MAX_RULES = 32;

/**
 * The choice rules that may choose for an ambiguous word, as bits (rule `j` is bit `j`): those whose word check holds.
 * Kept in the word's memo entry where it has one with these readings, as `askedOfWord` keeps the corrections'.
 */
function choosable(choose: readonly TagRule[], w: string, lw: string, rs: readonly Reading[], closed: readonly Reading[], memo: TagMemo | undefined): number {
  const own = memo?.readings === rs ? memo : undefined;
  if (own?.choosesBy === choose) return own.chooses!;
  let bits = 0;
  for (let j = 0; j < choose.length; j++) {
    const rule = choose[j]!;
    if (!rule.word || rule.word(w, lw, rs, closed)) bits |= 1 << j;
  }
  if (own) {
    own.chooses = bits;
    own.choosesBy = choose;
  }
  return bits;
}

/**
 * The corrections from `from` on that may apply to reading `r` of a word, as bits (correction `j` is bit `j`): those
 * naming its part of speech whose word check holds.
 */
function askedOf(correct: readonly TagCorrection[], w: string, lw: string, rs: readonly Reading[], r: Reading, from = 0): number {
  let bits = 0;
  for (let j = from; j < correct.length; j++) {
    const rule = correct[j]!;
    if ((!rule.upos || rule.upos.includes(r.upos)) && (!rule.word || rule.word(w, lw, rs, r))) bits |= 1 << j;
  }
  return bits;
}

/**
 * The corrections that may apply to each reading of a word (`askedOf`): a number for a word with one reading, else one
 * per reading by its index. Kept in the word's memo entry where it has one with these readings (not where step 02 read
 * it otherwise in its sentence), so that the word checks are asked once per word (issue 19); a number costs the entry
 * no object of its own.
 */
function askedOfWord(correct: readonly TagCorrection[], w: string, lw: string, rs: readonly Reading[], memo: TagMemo | undefined): number | readonly number[] {
  const own = memo?.readings === rs ? memo : undefined;
  if (own?.taggedBy === correct) return own.tagged!;
  // A loop, not `rs.map` with a closure: a closure over the arguments made every call, the memo's hits included, allocate
  // a context for them (64 bytes a token, issue 19).
  let asked: number | number[];
  if (rs.length === 1) asked = askedOf(correct, w, lw, rs, rs[0]!);
  else {
    asked = [];
    for (const r of rs) asked.push(askedOf(correct, w, lw, rs, r));
  }
  if (own) {
    own.tagged = asked;
    own.taggedBy = correct;
  }
  return asked;
}
