/**
 * Step 03, contextual part-of-speech choice: each word brings its readings from step 02; the
 * language's named rules over the neighbours pick one. Deterministic, no trained weights.
 * A word with one reading takes it; for the others choice rules are tried in order until one applies. Corrections
 * then run in order on the choice.
 */
import type { Upos } from '../../analysis';
import type { Reading } from '../02-readings/lemmatizer';
import { NO_READINGS, SentenceView } from './view';

export { SentenceView } from './view';

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
 * Chooses one reading per word. `readings[i]` must be non-empty (the engine adds a guess for unknown words first);
 * `lower`, the words in lower case, where the caller has them.
 */
export function tagSentence(words: readonly string[], readings: readonly (readonly Reading[])[], rules: TaggerRules, lower?: readonly string[]): Reading[] {
  const v = new SentenceView(words, readings, rules, lower);
  const { n, out, lowerWords } = v;
  // One context for the sentence, moved from word to word: rules read it during their call and keep nothing, so no
  // object per word is made for the garbage collector (issue 19).
  const table = askedAbout(rules.correct);
  const unnamed = table.get(ANY_UPOS)!;
  const c: TagContext = { v, i: 0, w: '', lw: '', rs: NO_READINGS, prev: '', closed: NO_READINGS, isQuestion: words[n - 1] === '?' };
  for (let i = 0; i < n; i++) {
    const rs = readings[i]!;
    // A word with one reading has nothing to choose, and most words of most parts of speech have no correction to
    // ask: such a word takes its reading with no context set (issue 19).
    const only = rs.length === 1 ? rs[0]! : undefined;
    let asked = only ? table.get(only.upos) ?? unnamed : unnamed;
    if (only && !asked.length) { out[i] = only; continue; }
    c.i = i;
    c.w = words[i]!;
    c.lw = lowerWords[i]!;
    c.rs = rs;
    c.prev = i > 0 ? lowerWords[i - 1]! : '';
    c.closed = only ? NO_READINGS : closedReadings(rs);
    let choice = only;
    if (!choice) {
      for (const rule of rules.choose) {
        choice = rule.tag(c);
        if (choice) break;
      }
      choice ??= rs[0]!;
      asked = table.get(choice.upos) ?? unnamed;
    }
    // The corrections asked about the choice's part of speech, in order; a correction may change it (AUX to VERB),
    // and those after it asked about the new one follow.
    for (let k = 0; k < asked.length; k++) {
      const j = asked[k]!;
      const next: Reading = rules.correct[j]!.tag(c, choice) ?? choice;
      if (next.upos !== choice.upos) {
        asked = table.get(next.upos) ?? unnamed;
        k = -1;
        while (k + 1 < asked.length && asked[k + 1]! <= j) k++;
      }
      choice = next;
    }
    out[i] = choice;
  }
  return out;
}

/** The closed-class readings of an ambiguous word; no new array when there are none or only such (most words). */
function closedReadings(rs: readonly Reading[]): readonly Reading[] {
  let count = 0;
  for (const r of rs) if (r.source === 'closed') count++;
  return count === 0 ? NO_READINGS : count === rs.length ? rs : rs.filter((r) => r.source === 'closed');
}

/** Stands for a part of speech no correction names. */
const ANY_UPOS = '';
const askedCache = new WeakMap<readonly TagCorrection[], ReadonlyMap<string, readonly number[]>>();

/** For each part of speech a correction names (and `ANY_UPOS`), the indexes of the corrections asked about it. */
function askedAbout(correct: readonly TagCorrection[]): ReadonlyMap<string, readonly number[]> {
  let table = askedCache.get(correct);
  if (!table) {
    const named = new Set<string>([ANY_UPOS]);
    for (const rule of correct) for (const u of rule.upos ?? []) named.add(u);
    const t = new Map<string, number[]>();
    for (const u of named) t.set(u, correct.flatMap((rule, j) => (!rule.upos || rule.upos.includes(u as Upos) ? [j] : [])));
    askedCache.set(correct, table = t);
  }
  return table;
}
