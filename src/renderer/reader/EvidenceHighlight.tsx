/**
 * "Show in text" (issue 7): in the reader, the banner over the evidence of a quiz's question, with the excerpt and
 * the way back to the question. The reader marks the evidence itself while it renders the body (`reader/evidence.tsx`,
 * from the question's offsets and the prepared paragraphs); this scrolls the mark into view once the body is drawn.
 */
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../domain/route';
import { TEXT_LANG } from '../textLanguage';

export function EvidenceHighlight({ text, evidence, shown, ready }: { text: string; evidence: EvidenceLink; shown: boolean; ready: boolean }) {
  const { t } = useTranslation('quiz');
  const ref = useRef<HTMLDivElement>(null);

  // Once for the plain body and once more for the tokenised one that replaces it when the analysis is done; before the
  // browser paints, so the learner never sees the mark jump out of view when the body is swapped.
  useLayoutEffect(() => {
    const mark = shown ? ref.current?.closest('article')?.querySelector('mark.evidence') : null;
    return mark ? scrollIntoViewSettled(mark) : undefined;
  }, [evidence, shown, ready]);

  return (
    <div className="evidence-banner" ref={ref} role="region" aria-label={t('evidence.label')} data-testid="evidence-banner">
      <p>
        <span className="evidence-swatch" aria-hidden="true" /> {shown ? t('evidence.shown') : t('evidence.notShown')}
      </p>
      <blockquote lang={TEXT_LANG}>{text.slice(evidence.start, evidence.end).replace(/\s+/g, ' ').trim()}</blockquote>
      <a className="button-link" href={evidence.back}>
        ← {t('evidence.back')}
      </a>
    </div>
  );
}

/** Frames to follow the mark after scrolling to it, while the paragraphs scrolled past take their real height. */
const SETTLE_FRAMES = 10;

/**
 * Scrolls `el` to the middle of the window and keeps it there for a few frames: the reader's paragraphs lay out
 * only near the view (`content-visibility: auto`), so those above the mark change height once it is scrolled to.
 */
function scrollIntoViewSettled(el: Element): () => void {
  let frame = 0;
  let left = SETTLE_FRAMES;
  const follow = () => {
    const r = el.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
    if (--left > 0) frame = requestAnimationFrame(follow);
  };
  el.scrollIntoView({ block: 'center' });
  frame = requestAnimationFrame(follow);
  return () => cancelAnimationFrame(frame);
}
