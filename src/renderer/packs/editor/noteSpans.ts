/** Finding the words a teacher's note is on (issue 8): by a mouse selection or by typing them. */

export interface Span {
  start: number;
  end: number;
}

/** Every place `words` occurs in `text` (exact, case-sensitive), at most `max`. */
export function occurrences(text: string, words: string, max = 50): Span[] {
  const w = words.trim();
  if (!w) return [];
  const out: Span[] = [];
  for (let i = text.indexOf(w); i !== -1 && out.length < max; i = text.indexOf(w, i + 1)) out.push({ start: i, end: i + w.length });
  return out;
}

/** A selection trimmed of surrounding space and punctuation, or null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  if (start > end) [start, end] = [end, start];
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  while (start < end && /[\s.,;:!?"„“”»«()]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?"„“”»«()]/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/** Some words either side of a span, for telling occurrences apart. */
export function context(text: string, span: Span, chars = 40): { before: string; words: string; after: string } {
  const from = Math.max(0, span.start - chars);
  const to = Math.min(text.length, span.end + chars);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, span.start).replace(/\s+/g, ' '),
    words: text.slice(span.start, span.end),
    after: text.slice(span.end, to).replace(/\s+/g, ' ') + (to < text.length ? '…' : ''),
  };
}

/** The text cut into plain pieces and marked pieces (existing notes), in order; overlaps are merged. */
export function segments(text: string, marks: Span[]): { text: string; marked: boolean; start: number }[] {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const out: { text: string; marked: boolean; start: number }[] = [];
  let at = 0;
  for (const m of sorted) {
    const s = Math.max(m.start, at);
    if (m.end <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), marked: false, start: at });
    out.push({ text: text.slice(s, m.end), marked: true, start: s });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false, start: at });
  return out;
}
