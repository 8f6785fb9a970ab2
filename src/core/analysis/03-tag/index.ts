/**
 * Step 03, contextual part-of-speech choice: each word brings its readings from step 02; the
 * language's named rules over the neighbours pick one. Deterministic, no trained weights.
 * Choice rules are tried in order until one applies; corrections then run in order on the choice.
 */
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

/** Chooses one reading per word. `readings[i]` must be non-empty (the engine adds a guess for unknown words first). */
export function tagSentence(words: readonly string[], readings: readonly (readonly Reading[])[], rules: TaggerRules): Reading[] {
  const v = new SentenceView(words, readings, rules);
  const { n, out, lowerWords } = v;
  const isQuestion = words[n - 1] === '?';
  for (let i = 0; i < n; i++) {
    const rs = readings[i]!;
    const c: TagContext = {
      v, i, w: words[i]!, lw: lowerWords[i]!, rs, isQuestion,
      prev: i > 0 ? lowerWords[i - 1]! : '',
      closed: rs.length === 1 ? NO_READINGS : rs.filter((r) => r.source === 'closed'),
    };
    let choice: Reading | undefined;
    for (const rule of rules.choose) {
      choice = rule.tag(c);
      if (choice) break;
    }
    choice ??= rs[0]!;
    for (const rule of rules.correct) choice = rule.tag(c, choice) ?? choice;
    out[i] = choice;
  }
  return out;
}
