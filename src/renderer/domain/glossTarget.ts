/**
 * What the reader hands the glossary popover (issue 13): the reader builds the target from its analysis and app passes
 * the popover in as a component, so neither feature imports the other.
 */
import type { Token } from '../../core';
import type { WordStatus } from '../db/database';

export interface GlossTarget {
  /** Flat token indices the popover is about (a word, its separable partner, or a phrase). */
  indices: number[];
  /** Flat index of the token the popover is placed at. */
  anchor: number;
  /** As written: `kündigte`, or the selected phrase. */
  text: string;
  /** The status and vocabulary key. */
  lemma: string;
  sentence: string;
  /** Single words: the analysed token. */
  token?: Token;
  /** Separable verbs: both halves as written (`kündigte … an`). */
  sepText?: string;
  plural?: string;
  /** Phrases: each word and its lemma. */
  phrase?: { words: string[]; lemmas: string[] };
}

export interface GlossaryPopoverProps {
  target: GlossTarget;
  /** The element to stay clear of. */
  anchor: () => HTMLElement | null;
  lang: string;
  status: WordStatus;
  savedSense: string | null | undefined;
  /** The learner's own meaning of the saved entry (issue 18), shown before the glossary's senses. */
  savedOwnMeaning: string | undefined;
  onStatus: (status: WordStatus) => void;
  /** `ownMeaning` is undefined when the learner did not touch it, empty when they cleared it. */
  onSave: (sense: string | undefined, note: string | undefined, ownMeaning: string | undefined) => void;
  onClose: () => void;
  onStep: (delta: number) => void;
  /** A saved phrase's card opened from one of its words (issue 18): that word, and how to open its own card. */
  singleWord?: { text: string; open: () => void } | undefined;
}
