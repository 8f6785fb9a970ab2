/**
 * The reader's footer action "Mark the rest as known" (issue 18): it says first how many words become known and
 * how many looked-up words become learning 1, writes them in one transaction, and keeps its Undo in place (not in a
 * passing toast) until the learner leaves the text or marks again. Marking the rest also counts the text as read today.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LesestoffDb } from '../db/database';
import type { StatusMap } from '../domain/statusModel';
import { restoreStatuses, setManyStatuses, type StatusSnapshot } from '../domain/wordStatusStore';
import { recordFinished } from '../domain/readingLog';
import { changesOf, planMarkRest } from './markRest';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'done'; known: number; learning: number; snapshot: StatusSnapshot } | { kind: 'undone' };

const NO_LOOKUPS: ReadonlySet<string> = new Set();

// Memoised: a click on a word draws the reader again, and nothing of this changes with it (issue 19).
export const MarkRest = memo(function MarkRest({ db, articleId, words, keys, statuses }: { db: LesestoffDb; articleId: string; words: number; keys: string[]; statuses: StatusMap }) {
  const { t } = useTranslation('reader');
  const lookedUp = useLiveQuery(async () => new Set((await db.lookups.where('articleId').equals(articleId).toArray()).map((r) => r.lemma)), [db, articleId]) ?? NO_LOOKUPS;
  const plan = useMemo(() => planMarkRest(keys, statuses, lookedUp), [keys, statuses, lookedUp]);
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const focusRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step.kind === 'confirm' || step.kind === 'done') focusRef.current?.focus();
  }, [step.kind]);
  const total = plan.known.length + plan.learning.length;

  const apply = async () => {
    const known = plan.known.length;
    const learning = plan.learning.length;
    const result = await setManyStatuses(db, changesOf(plan));
    // Marking the rest is finishing the text, as in LingQ: it counts as read today (once, whatever Undo does later).
    if (result.ok) void recordFinished(db, articleId, words);
    // A failed write is shown by the save alerts with Retry; nothing changed, so there is nothing to undo.
    setStep(result.ok ? { kind: 'done', known, learning, snapshot: result.value } : { kind: 'idle' });
  };

  const undo = async (snapshot: StatusSnapshot) => {
    const result = await restoreStatuses(db, snapshot);
    if (result.ok) setStep({ kind: 'undone' });
  };

  if (step.kind === 'confirm')
    return (
      <div className="reader-footer mark-rest" role="alertdialog" aria-labelledby="mark-rest-question" aria-describedby="mark-rest-what">
        <p id="mark-rest-question">
          <strong>{t('markRest.question')}</strong>
        </p>
        <ul id="mark-rest-what">
          <li>{t('markRest.known', { count: plan.known.length })}</li>
          {plan.learning.length > 0 && <li>{t('markRest.learning', { count: plan.learning.length })}</li>}
        </ul>
        <div className="mark-rest-actions">
          <button type="button" ref={focusRef} onClick={() => void apply()} disabled={total === 0}>
            {t('markRest.confirm')}
          </button>
          <button type="button" className="secondary" onClick={() => setStep({ kind: 'idle' })}>
            {t('markRest.cancel')}
          </button>
        </div>
      </div>
    );

  return (
    <footer className="reader-footer">
      {step.kind === 'done' ? (
        <>
          <p role="status">
            {t('markRest.doneKnown', { count: step.known })}
            {step.learning > 0 ? ` ${t('markRest.doneLearning', { count: step.learning })}` : ''}
          </p>
          <button type="button" ref={focusRef} className="secondary" onClick={() => void undo(step.snapshot)}>
            {t('undo')}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={() => setStep({ kind: 'confirm' })} disabled={total === 0}>
            {t('markRestKnown')}
          </button>
          <p className="muted" role="status">
            {step.kind === 'undone' ? `${t('markRest.undone')} ` : ''}
            {total === 0 ? t('noNewWords') : t('markRestKnownHelp', { count: total })}
          </p>
        </>
      )}
    </footer>
  );
});
