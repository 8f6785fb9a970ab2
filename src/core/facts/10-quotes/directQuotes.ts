/** Direct quotes: spans between quote marks, found on the raw text before any tokenization. */
import type { QuoteRules } from './rules';

export interface Mark {
  start: number;
  end: number;
}

/** Longest direct quote we accept; longer spans are unbalanced marks. */
const MAX_QUOTE = 2000;
/** Spans of direct quotes, marks included. A quote never crosses a blank line. */
export function findDirectQuotes(text: string, rules: QuoteRules): Mark[] {
  const out: Mark[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = rules.quotePairs[ch];
    if (!closers) {
      i++;
      continue;
    }
    // A straight quote opens only before a word (not after one: `5"` or `"` closing a stray pair).
    if (ch === '"' && !/[\p{L}\p{N}„‚'(.…-]/u.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    // Whether the current line holds only spaces so far: a second line break then ends a blank line.
    let blankLine = false;
    while (j < text.length && j - i < MAX_QUOTE) {
      const c = text[j]!;
      if (closers.includes(c) && (ch !== '"' || !/[\p{L}\p{N}]/u.test(text[j - 1] === ' ' ? 'x' : ' '))) {
        found = j;
        break;
      }
      // A new opening mark of the same kind means this one was never closed.
      if (c === ch && ch !== '"' && ch !== '“') break;
      if (c === '\n' && blankLine) break;
      if (c === '\n') blankLine = true;
      else if (c !== ' ' && c !== '\t') blankLine = false;
      j++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(text.slice(i + 1, found))) out.push({ start: i, end: found + 1 });
    i = found + 1;
  }
  return out;
}
