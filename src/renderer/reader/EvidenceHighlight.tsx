/**
 * "Show in text" (issue 7): in the reader, highlights the evidence range from the route, scrolls it
 * into view and offers the way back to the question. It reads the reader's body from the DOM and
 * highlights with the CSS Custom Highlight API, so the reader's own rendering stays untouched.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, parseArticleMeta, type Span } from '../../core';
import { useRoute } from '../domain/route';
import { TEXT_LANG } from '../textLanguage';

export const EVIDENCE_HIGHLIGHT = 'quiz-evidence';

/** The DOM position of a text offset inside the body's paragraph elements (one per paragraph span). */
function domPoint(body: Element, paragraphs: Span[], offset: number, atEnd: boolean): { node: Node; offset: number } | null {
  const k = atEnd ? paragraphs.findLastIndex((p) => p.start < offset) : paragraphs.findIndex((p) => p.end > offset);
  const para = paragraphs[k];
  const el = body.children[k];
  if (!para || !el) return null;
  let rest = Math.min(Math.max(0, offset - para.start), para.end - para.start);
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    last = n;
    if (rest <= n.length) return { node: n, offset: rest };
    rest -= n.length;
  }
  return last ? { node: last, offset: last.length } : null;
}

export function evidenceRange(body: Element, paragraphs: Span[], start: number, end: number): Range | null {
  const a = domPoint(body, paragraphs, start, false);
  const b = domPoint(body, paragraphs, end, true);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range.collapsed ? null : range;
}

export function EvidenceHighlight({ text }: { text: string }) {
  const { t } = useTranslation('quiz');
  const route = useRoute();
  const evidence = route.screen === 'reader' ? route.evidence : undefined;
  const paragraphs = useMemo(() => parseArticleMeta(text, defaultLanguage.news).paragraphs, [text]);
  const ref = useRef<HTMLDivElement>(null);
  const [found, setFound] = useState<boolean | null>(null);

  useEffect(() => {
    const reader = ref.current?.closest('article') ?? null;
    if (!evidence || !reader) return;
    let scrolledBody: Element | null = null;
    let frame = 0;
    const apply = () => {
      frame = 0;
      const body = reader.querySelector('.article-body');
      const range = body ? evidenceRange(body, paragraphs, evidence.start, evidence.end) : null;
      setFound(range !== null);
      if (!range || !body) return;
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(EVIDENCE_HIGHLIGHT, new Highlight(range));
      if (scrolledBody !== body) {
        scrolledBody = body;
        (range.startContainer.parentElement ?? body).scrollIntoView({ block: 'center' });
      }
    };
    apply();
    // The reader swaps its plain body for the tokenised one when the analysis is done: follow it.
    const observer = new MutationObserver(() => {
      if (!frame) frame = requestAnimationFrame(apply);
    });
    observer.observe(reader, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
      if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(EVIDENCE_HIGHLIGHT);
    };
  }, [evidence, paragraphs]);

  if (!evidence) return null;
  return (
    <div className="evidence-banner" ref={ref} role="region" aria-label={t('evidence.label')} data-testid="evidence-banner">
      <p>
        <span className="evidence-swatch" aria-hidden="true" /> {found === false ? t('evidence.notShown') : t('evidence.shown')}
      </p>
      <blockquote lang={TEXT_LANG}>{text.slice(evidence.start, evidence.end).replace(/\s+/g, ' ').trim()}</blockquote>
      <a className="button-link" href={evidence.back}>
        ← {t('evidence.back')}
      </a>
    </div>
  );
}
