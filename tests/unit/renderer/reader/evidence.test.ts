import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { evidenceByParagraph, markEvidence, textPieces } from '../../../../src/renderer/reader/evidence';

// Invented: a headline, two body paragraphs; the evidence is the second sentence of the first and runs into the second.
const text = 'Markt in Celle\n\nDer Markt öffnet um acht. Es gibt Äpfel aus dem Alten Land.\n\nBirnen kommen später.';
const paragraphs = [
  { start: text.indexOf('Der'), end: text.indexOf('Land.') + 5 },
  { start: text.indexOf('Birnen'), end: text.length },
];
const html = (children: ReactNode[]) => renderToStaticMarkup(createElement('p', null, ...children));
const drawn = (i: number, parts: ReturnType<typeof evidenceByParagraph>) => {
  const p = paragraphs[i]!;
  return html(markEvidence(textPieces(text, p.start, p.end, parts.get(i), (s) => s), parts.get(i)));
};

describe('quiz evidence in the reader, drawn from offsets', () => {
  it('marks the evidence where the paragraphs hold it, across a paragraph break', () => {
    const evidence = { start: text.indexOf('Es gibt'), end: text.indexOf('kommen') };
    const parts = evidenceByParagraph(paragraphs, evidence);
    expect([...parts.keys()]).toEqual([0, 1]);
    expect(drawn(0, parts)).toBe('<p>Der Markt öffnet um acht. <mark class="evidence">Es gibt Äpfel aus dem Alten Land.</mark></p>');
    expect(drawn(1, parts)).toBe('<p><mark class="evidence">Birnen </mark>kommen später.</p>');
  });

  it('marks nothing when the evidence lies outside the body (in the headline)', () => {
    const parts = evidenceByParagraph(paragraphs, { start: 0, end: 5 });
    expect(parts.size).toBe(0);
    expect(drawn(0, parts)).toBe('<p>Der Markt öffnet um acht. Es gibt Äpfel aus dem Alten Land.</p>');
  });

  it('keeps words that are elements inside one mark with the text between them', () => {
    const p = paragraphs[1]!;
    const mark = { start: p.start, end: p.start + 'Birnen kommen'.length };
    const word = (start: number, end: number) => ({ start, end, node: createElement('span', { key: start }, text.slice(start, end)) });
    const pieces = [word(p.start, p.start + 6), ...textPieces(text, p.start + 6, p.start + 7, mark, (s) => s), word(p.start + 7, p.start + 13), ...textPieces(text, p.start + 13, p.end, mark, (s) => s)];
    expect(html(markEvidence(pieces, mark))).toBe('<p><mark class="evidence"><span>Birnen</span> <span>kommen</span></mark> später.</p>');
  });
});
