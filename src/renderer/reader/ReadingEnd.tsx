/**
 * The end of a text (issue 18): how much of it was unknown when the learner first opened it and how much is now, and
 * "Finished reading", which counts its words as read today (progress: words read per day). The first opening is
 * recorded here, once the text's words are known; a text counts once a day unless the learner reads it again.
 */
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LesestoffDb } from '../db/database';
import { recordFinished, recordFirstOpen, unknownPercent, useTextLog } from '../domain/readingLog';
import { countUnknown, type StatusMap } from '../domain/statusModel';

// Memoised: a click on a word draws the reader again, and nothing of this changes with it (issue 19).
export const ReadingEnd = memo(function ReadingEnd({ db, articleId, words, keys, statuses }: { db: LesestoffDb; articleId: string; words: number; keys: string[]; statuses: StatusMap }) {
  const { t } = useTranslation('reader');
  // Today as of opening the text: "read today" is about this visit's day.
  const [now] = useState(() => Date.now());
  const log = useTextLog(db, articleId, now);
  useEffect(() => {
    void recordFirstOpen(db, articleId, keys);
  }, [db, articleId, keys]);
  if (!log) return null;
  const before = log.opened ? unknownPercent(log.opened.unknown, log.opened.distinct) : null;
  const current = unknownPercent(countUnknown(keys, statuses), keys.length);
  return (
    <section className="reading-end" aria-label={t('readingEnd.label')}>
      {before !== null && current !== null && (
        <p data-testid="unknown-share">{t('readingEnd.share', { before, now: current })}</p>
      )}
      {log.readToday === 0 ? (
        <>
          <button type="button" onClick={() => void recordFinished(db, articleId, words)}>
            {t('readingEnd.finished')}
          </button>
          <p className="muted">{t('readingEnd.finishedHelp', { count: words })}</p>
        </>
      ) : (
        <>
          <p role="status">{t('readingEnd.readToday', { count: words })}</p>
          <button type="button" className="secondary" onClick={() => void recordFinished(db, articleId, words, { again: true })}>
            {t('readingEnd.again')}
          </button>
        </>
      )}
    </section>
  );
});
