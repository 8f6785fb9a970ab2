/**
 * "Show in text" (issue 7): in the reader, the banner over the evidence of a quiz's question, with the excerpt and
 * the way back to the question. The reader marks the evidence itself while it renders the body (`reader/evidence.tsx`,
 * from the question's offsets and the prepared paragraphs); this scrolls the mark into view once the body is drawn.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink } from '../domain/route';
import { TEXT_LANG } from '../textLanguage';

export function EvidenceHighlight({ text, evidence, shown, ready }: { text: string; evidence: EvidenceLink; shown: boolean; ready: boolean }) {
  const { t } = useTranslation('quiz');
  const ref = useRef<HTMLDivElement>(null);

  // Once for the plain body and once more for the tokenised one that replaces it when the analysis is done.
  useEffect(() => {
    if (shown) ref.current?.closest('article')?.querySelector('mark.evidence')?.scrollIntoView({ block: 'center' });
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
