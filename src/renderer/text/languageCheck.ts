/**
 * Is a text mostly in the app's language? Asked of the language model's detector (`LanguageModel.detect`, which the
 * quiz asks too), good enough to warn before a learner adds an English or French page by mistake.
 */
import { defaultLanguage } from '../../core';

export interface LanguageEstimate {
  words: number;
  /** The detector's score, 0–1: German prose scores 0.25–0.45; English, French or Spanish below 0.05. */
  share: number;
}

export function estimateLanguage(text: string): LanguageEstimate {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return { words: words.length, share: defaultLanguage.detect(words) };
}

export const LANGUAGE_THRESHOLD = 0.12;

export function isMostlyGerman(text: string): boolean {
  return estimateLanguage(text).share >= LANGUAGE_THRESHOLD;
}
