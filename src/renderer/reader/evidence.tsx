/**
 * A quiz's evidence in the reader (issue 13): the question carries it as offsets into the stored text, and the
 * reader draws it from the prepared paragraphs as a `<mark>` while it renders, so nothing reads the page's text back.
 */
import type { ReactNode } from 'react';
import type { Span } from '../../core';

/** The part of `evidence` inside each paragraph it touches, by paragraph index; empty when it lies outside the body. */
export function evidenceByParagraph(paragraphs: readonly Span[], evidence: Span | undefined): Map<number, Span> {
  const parts = new Map<number, Span>();
  if (!evidence) return parts;
  paragraphs.forEach((p, i) => {
    const start = Math.max(p.start, evidence.start);
    const end = Math.min(p.end, evidence.end);
    if (start < end) parts.set(i, { start, end });
  });
  return parts;
}

/** A run of the text to draw: a word, or the text between words, with its offsets. */
export interface Piece extends Span {
  node: ReactNode;
}

/**
 * Splits the plain text `[start, end)` where the evidence begins and ends, so each piece lies wholly inside or
 * outside it; `draw` turns a slice of the text into what is shown.
 */
export function textPieces(text: string, start: number, end: number, mark: Span | undefined, draw: (s: string) => ReactNode): Piece[] {
  const cuts = [start, ...(mark ? [mark.start, mark.end] : []).filter((c) => c > start && c < end), end];
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) pieces.push({ start: cuts[i]!, end: cuts[i + 1]!, node: draw(text.slice(cuts[i], cuts[i + 1])) });
  return pieces;
}

/** The pieces with those inside the evidence wrapped, each consecutive run in one `<mark className="evidence">`. */
export function markEvidence(pieces: Piece[], mark: Span | undefined): ReactNode[] {
  if (!mark) return pieces.map((p) => p.node);
  const out: ReactNode[] = [];
  let run: ReactNode[] = [];
  const flush = () => {
    if (run.length)
      out.push(
        <mark key={`evidence-${out.length}`} className="evidence">
          {run}
        </mark>,
      );
    run = [];
  };
  for (const p of pieces) {
    if (p.start >= mark.start && p.end <= mark.end) run.push(p.node);
    else {
      flush();
      out.push(p.node);
    }
  }
  flush();
  return out;
}
