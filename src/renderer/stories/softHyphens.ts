/**
 * Long compounds in Compare outlets' narrow columns break where the language joins them (`Fischerei|verband`), not
 * wherever the line ends (`Fischereiverb|and`): Chromium on Linux has no hyphenation dictionary for `hyphens: auto`,
 * so soft hyphens (U+00AD) go in at the joints the engine's compound split finds. For display only: the stored text
 * and its offsets never hold them, and a copy leaves them out (`withoutSoftHyphens`).
 */
import { useEffect, useState } from 'react';
import type { SplitResult } from '../../core';
import { engine } from '../workers/engineClient';

export const SOFT_HYPHEN = '\u00AD';
/** Shorter words fit a column's line; only longer ones are broken. */
export const MIN_LETTERS = 14;

const LONG_WORD = new RegExp(`\\p{L}{${MIN_LETTERS},}`, 'gu');

/** The distinct words of at least `MIN_LETTERS` letters in the texts. */
export function longWords(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap((t) => t.match(LONG_WORD) ?? []))];
}

/**
 * Where a split cuts its word: after each part but the last, with its linking element (`Gemeinde|rats|sitzung` →
 * 8, 12). None when the parts do not spell the word as written (then the split is not of these letters).
 */
export function jointsOf(split: Pick<SplitResult, 'word' | 'parts'>): number[] {
  const joints: number[] = [];
  let at = 0;
  for (const p of split.parts) {
    at += p.text.length + (p.link?.length ?? 0);
    joints.push(at);
  }
  const spelled = split.parts.map((p) => p.text + (p.link ?? '')).join('');
  if (spelled.toLowerCase() !== split.word.toLowerCase()) return [];
  return joints.slice(0, -1);
}

/** The text with a soft hyphen at each joint of its long words; other words as they are. */
export function withSoftHyphens(text: string, joints: ReadonlyMap<string, readonly number[]>): string {
  return text.replace(LONG_WORD, (word) => {
    const cuts = joints.get(word);
    if (!cuts?.length) return word;
    let out = '';
    let from = 0;
    for (const cut of cuts) {
      out += word.slice(from, cut) + SOFT_HYPHEN;
      from = cut;
    }
    return out + word.slice(from);
  });
}

export const withoutSoftHyphens = (text: string): string => text.replaceAll(SOFT_HYPHEN, '');

/** The joints of the texts' long words, from the engine worker; empty until it answers (the words then break as before). */
export function useJoints(texts: readonly string[]): ReadonlyMap<string, readonly number[]> {
  const key = longWords(texts).join('\n');
  const [joints, setJoints] = useState<ReadonlyMap<string, readonly number[]>>(new Map());
  useEffect(() => {
    let live = true;
    const words = key ? key.split('\n') : [];
    void Promise.all(words.map((w) => engine().split(w))).then(
      (splits) => live && setJoints(new Map(splits.map((s, i) => [words[i]!, jointsOf(s)]))),
      // No joints is the old display: the words break where the line ends.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return joints;
}
