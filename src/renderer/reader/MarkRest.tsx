/**
 * The reader's footer action "Mark the rest as known" (issue 18): it says first how many words become known and
 * how many looked-up words become learning 1, writes them in one transaction, and keeps its Undo in place (not in a
 * passing toast) until the learner leaves the text or marks again. Marking the rest also counts the text as read today.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LesestoffDb } from '../db/database';
import { restToMarkKnown, type StatusMap } from '../domain/statusModel';
import { restoreStatuses, setManyStatuses, type StatusSnapshot } from '../domain/wordStatusStore';
import { recordFinished } from '../domain/readingLog';
import { changesOf, lookedUpIn, type MarkRestPlan, planMarkRest } from './markRest';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'done'; known: number; learning: number; snapshot: StatusSnapshot } | { kind: 'undone' };

// Memoised: a click on a word draws the reader again, and nothing of this changes with it (issue 19).
export const MarkRest = memo(function MarkRest({ db, articleId, words, keys, statuses }: { db: LesestoffDb; articleId: string; words: number; keys: string[]; statuses: StatusMap }) {
  const { t } = useTranslation('reader');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const confirming = step.kind === 'confirm';
  // The words looked up here are read only while the learner confirms, the one view that tells them apart: read all
  // along, every click's lookup (written just after its popover) woke this query and drew the footer again, in the
  // way of the learner's next click (issue 19). The footer's count needs the new words only.
  const lookedUp = useLiveQuery(async () => (confirming ? lookedUpIn(db, articleId) : null), [db, articleId, confirming]);
  const total = useMemo(() => restToMarkKnown(keys, statuses).length, [keys, statuses]);
  const plan = useMemo(() => (confirming && lookedUp ? planMarkRest(keys, statuses, lookedUp) : null), [confirming, keys, statuses, lookedUp]);
  // The question shows once its counts are known (a read of a few milliseconds); the footer stays as it was till then.
  const shown = step.kind === 'confirm' && !plan ? 'idle' : step.kind;
  const focusRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (shown === 'confirm' || shown === 'done') focusRef.current?.focus();
  }, [shown]);

  const apply = async (plan: MarkRestPlan) => {
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

  if (step.kind === 'confirm' && plan)
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
          <button type="button" ref={focusRef} onClick={() => void apply(plan)} disabled={total === 0}>
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
