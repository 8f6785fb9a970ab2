/** Small span helpers shared by the extractors. */
import type { Analysis, Token } from '../analysis';
import type { TextSpan } from './types';

export function span(text: string, start: number, end: number): TextSpan {
  return { start, end, text: text.slice(start, end) };
}

/** Narrow a span to its content: no surrounding blanks or clause punctuation. */
export function trimSpan(text: string, start: number, end: number, strip = /[\s,;:.!?–-]/u): TextSpan {
  while (start < end && strip.test(text[start]!)) start++;
  while (end > start && strip.test(text[end - 1]!)) end--;
  return span(text, start, end);
}

export { startsUpper as isUpper } from '../analysis/capital';
export const isWord = (t: Token): boolean => /^[\p{L}\p{N}]/u.test(t.text);
export const isPunct = (t: Token): boolean => !/[\p{L}\p{N}]/u.test(t.text);

/** Sentence index for every offset lookup: binary search over sentence starts. */
export function sentenceAt(analysis: Analysis, offset: number): number {
  const s = analysis.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function sentenceSpan(text: string, analysis: Analysis, index: number): TextSpan {
  const s = analysis.sentences[index]!;
  return trimSpan(text, s.start, s.end, /\s/u);
}
