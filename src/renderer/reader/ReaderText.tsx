/**
 * The tokenised article body. Every word is a focusable span (roving tabindex: one tab stop for
 * the whole text); events are delegated to the body, and paragraphs re-render only when a
 * status or the selection inside them changes, so a 10,000-word text stays responsive.
 */
import { memo, useMemo, type KeyboardEvent, type MouseEvent } from 'react';
import type { Span } from '../../core';
import type { WordStatus } from '../db/database';
import { markEvidence, type Piece, textPieces } from './evidence';
import { guardMarks } from '../text/markGuard';
import type { ReaderDoc } from './readerDoc';
import { statusOf, type StatusMap } from '../domain/statusModel';
import { TEXT_LANG } from '../textLanguage';

/** Flat indices of words inside a saved phrase (`findPhrases`'s map, keyed by them). */
type PhraseWords = Pick<ReadonlySet<number>, 'has'>;

const statusCode = (s: WordStatus) => (s === 'new' ? 'n' : s === 'known' ? 'k' : s === 'ignored' ? 'i' : String(s));

interface ParagraphProps {
  doc: ReaderDoc;
  index: number;
  statuses: StatusMap;
  selected: ReadonlySet<number>;
  /** Words inside a saved phrase's occurrence, drawn marked. */
  phrases: PhraseWords;
  /** What a screen reader says of such a word, as the underline shows it. */
  phraseLabel: string;
  tabStop: number;
  /** The part of a quiz's evidence in this paragraph, drawn marked. */
  evidence: Span | undefined;
  /** Changes exactly when something drawn in this paragraph changes. */
  signature: string;
}

const Paragraph = memo(
  function Paragraph({ doc, index, statuses, selected, phrases, phraseLabel, tabStop, evidence }: ParagraphProps) {
    const para = doc.paragraphs[index]!;
    const out: Piece[] = [];
    const gap = (from: number, to: number) => out.push(...textPieces(doc.text, from, to, evidence, guardMarks));
    let at = para.start;
    for (let i = para.first; i < para.last; i++) {
      const t = doc.tokens[i]!;
      if (t.start > at) gap(at, t.start);
      const key = doc.keys[i]!;
      if (key === '') {
        out.push({ start: t.start, end: t.end, node: guardMarks(doc.text.slice(t.start, t.end)) });
      } else {
        const status = statusOf(statuses, key);
        out.push({
          start: t.start,
          end: t.end,
          node: (
            <span
              key={i}
              className={`w st-${status}${selected.has(i) ? ' sel' : ''}${phrases.has(i) ? ' phrase' : ''}`}
              data-t={i}
              tabIndex={i === tabStop ? 0 : -1}
              role="button"
              aria-haspopup="dialog"
              aria-description={phrases.has(i) ? phraseLabel : undefined}
            >
              {guardMarks(doc.text.slice(t.start, t.end))}
            </span>
          ),
        });
      }
      at = t.end;
    }
    if (at < para.end) gap(at, para.end);
    return <p>{markEvidence(out, evidence)}</p>;
  },
  (a, b) => a.doc === b.doc && a.signature === b.signature && a.phraseLabel === b.phraseLabel && a.tabStop === b.tabStop && a.evidence?.start === b.evidence?.start && a.evidence?.end === b.evidence?.end,
);

export interface ReaderTextProps {
  doc: ReaderDoc;
  statuses: StatusMap;
  selected: ReadonlySet<number>;
  phrases: PhraseWords;
  phraseLabel: string;
  onClick: (e: MouseEvent<HTMLDivElement>) => void;
  onMouseUp: (e: MouseEvent<HTMLDivElement>) => void;
  onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
  label: string;
  bodyRef: React.RefObject<HTMLDivElement | null>;
  /** A quiz's evidence by paragraph index (`evidenceByParagraph`). */
  evidence: ReadonlyMap<number, Span>;
}

export function ReaderText({ doc, statuses, selected, phrases, phraseLabel, onClick, onMouseUp, onKeyDown, label, bodyRef, evidence }: ReaderTextProps) {
  const signatures = useMemo(
    () =>
      doc.paragraphs.map((p) => {
        let sig = '';
        for (let i = p.first; i < p.last; i++) {
          const k = doc.keys[i]!;
          if (k === '') continue;
          sig += statusCode(statusOf(statuses, k));
          if (selected.has(i)) sig += '*';
          if (phrases.has(i)) sig += '~';
        }
        return sig;
      }),
    [doc, statuses, selected, phrases],
  );
  const tabStop = doc.words[0] ?? -1;
  return (
    // The body is a composite widget: words are its items (arrow keys, Enter), events are delegated here.
    <div className="article-body tokenised" lang={TEXT_LANG} ref={bodyRef} onClick={onClick} onMouseUp={onMouseUp} onKeyDown={onKeyDown} aria-label={label} role="group">
      {doc.paragraphs.map((p, i) => (
        <Paragraph key={p.start} doc={doc} index={i} statuses={statuses} selected={selected} phrases={phrases} phraseLabel={phraseLabel} tabStop={p.first <= tabStop && tabStop < p.last ? tabStop : -1} evidence={evidence.get(i)} signature={signatures[i]!} />
      ))}
    </div>
  );
}
