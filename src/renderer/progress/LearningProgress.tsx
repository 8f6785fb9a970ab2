/**
 * What the learner did (issue 18): known words, the streak, look-ups, words read, reviews and how much was remembered,
 * with known words over time, look-ups and words read per day for the last two weeks, and each text's unknown words
 * when first opened and now. Known words over time come from when each word was marked known (its status's time), so
 * a word marked known and later changed leaves the count. Words read are the texts the learner finished
 * (domain/readingLog.ts says what counts as read).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { deserializeCard } from '../domain/schedule';
import type { FinishedRecord, OpenedRecord } from '../domain/readingLog';
import { TEXT_LANG } from '../textLanguage';
import { knownTimes, lastDays, perDay, retention, runningTotal, streak, textShares } from './learning';

const DAYS = 14;
/** The texts opened most recently; older ones are further back in the learner's mind too. */
const SHOWN_TEXTS = 10;
const BOX = { width: 340, height: 150, left: 34, right: 8, top: 10, bottom: 26 };

export function LearningProgress() {
  const { t, i18n } = useTranslation('progress');
  const { db } = useServices();
  const data = useLiveQuery(async () => {
    const statuses = await db.wordStatus.toArray();
    const lookups = await db.lookups.toArray();
    const cards = (await db.reviewCards.toArray()).map((c) => deserializeCard(c.card));
    const quizzes = await db.quizAttempts.toArray();
    const log = await db.readingLog.toArray();
    const opened = log.filter((r): r is OpenedRecord => r.kind === 'opened');
    const listed = await db.articleList.bulkGet([...new Set(opened.map((o) => o.articleId))]);
    const articles = new Map(listed.flatMap((a) => (a ? [[a.id, { title: a.title, keys: a.lemmaIndex?.keys }] as const] : [])));
    return { statuses, lookups, cards, quizzes, log, opened, articles };
  }, [db]);
  // Today as of opening the screen: the charts end with it.
  const [now] = useState(() => Date.now());
  if (!data) return null;
  const days = lastDays(DAYS, now);
  const knownAt = knownTimes(data.statuses);
  const lookupAt = data.lookups.map((l) => l.at);
  const reviewedAt = data.cards.flatMap((c) => (c.last_review ? [c.last_review.getTime()] : []));
  const finished = data.log.filter((r): r is FinishedRecord => r.kind === 'finished');
  const active = [...data.statuses.map((s) => s.updatedAt), ...lookupAt, ...reviewedAt, ...data.quizzes.map((q) => q.finishedAt), ...data.log.map((r) => r.at)];
  const days7 = days.slice(-7);
  const lookupsWeek = perDay(lookupAt, days7).reduce((a, b) => a + b, 0);
  const { reviews, remembered } = retention(data.cards);
  const dayFmt = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short' });
  const known = runningTotal(knownAt, days);
  const lookups = perDay(lookupAt, days);
  const wordsRead = perDay(
    finished.map((r) => r.at),
    days,
    finished.map((r) => r.words),
  );
  const wordsWeek = wordsRead.slice(-7).reduce((a, b) => a + b, 0);
  const shares = textShares(data.opened, data.articles, new Map(data.statuses.map((s) => [s.lemma, s.status]))).slice(0, SHOWN_TEXTS);
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <section className="learning-progress" aria-labelledby="learning-title">
      <h2 id="learning-title">{t('learning.title')}</h2>
      <dl className="progress-stats">
        <div>
          <dt>{t('learning.known')}</dt>
          <dd data-testid="progress-known">{knownAt.length}</dd>
        </div>
        <div>
          <dt>{t('learning.streak')}</dt>
          <dd data-testid="progress-streak">{t('learning.streakValue', { count: streak(active, now) })}</dd>
        </div>
        <div>
          <dt>{t('learning.lookups')}</dt>
          <dd>{lookupsWeek}</dd>
        </div>
        <div>
          <dt>{t('learning.wordsRead')}</dt>
          <dd data-testid="progress-words-read">{wordsWeek}</dd>
        </div>
        <div>
          <dt>{t('learning.reviews')}</dt>
          <dd>{reviews}</dd>
        </div>
        <div>
          <dt>{t('learning.remembered')}</dt>
          <dd>{remembered === null ? '–' : `${remembered}%`}</dd>
        </div>
      </dl>
      <div className="learning-charts">
        <DayBars title={t('learning.knownChart')} values={known} days={days} label={(d) => dayFmt.format(d)} summary={t('learning.knownSummary', { days: DAYS, from: known[0], to: known[known.length - 1] })} />
        <DayBars title={t('learning.lookupsChart')} values={lookups} days={days} label={(d) => dayFmt.format(d)} summary={t('learning.lookupsSummary', { days: DAYS, total: lookups.reduce((a, b) => a + b, 0) })} />
        <DayBars title={t('learning.wordsChart')} values={wordsRead} days={days} label={(d) => dayFmt.format(d)} summary={t('learning.wordsSummary', { days: DAYS, total: wordsRead.reduce((a, b) => a + b, 0) })} />
      </div>
      {shares.length > 0 && (
        <table className="progress-table text-shares" data-testid="text-shares">
          <caption>{t('learning.sharesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('learning.sharesText')}</th>
              <th scope="col">{t('learning.sharesOpened')}</th>
              <th scope="col">{t('learning.sharesBefore')}</th>
              <th scope="col">{t('learning.sharesNow')}</th>
            </tr>
          </thead>
          <tbody>
            {shares.map((r) => (
              <tr key={r.articleId}>
                <th scope="row" lang={r.title === null ? undefined : TEXT_LANG}>
                  {r.title ?? t('deletedArticle')}
                </th>
                <td>{dateFmt.format(r.openedAt)}</td>
                <td className="num">{r.before === null ? '–' : `${r.before} %`}</td>
                <td className="num">{r.now === null ? '–' : `${r.now} %`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Bars by day; dates on the axis once a week and today, in the UI language's format. */
function DayBars({ title, values, days, label, summary }: { title: string; values: number[]; days: number[]; label: (day: number) => string; summary: string }) {
  const max = Math.max(1, ...values);
  const w = (BOX.width - BOX.left - BOX.right) / values.length;
  const h = BOX.height - BOX.top - BOX.bottom;
  return (
    <figure className="progress-chart day-bars">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={summary}>
        <line x1={BOX.left} x2={BOX.width - BOX.right} y1={BOX.top + h} y2={BOX.top + h} className="grid" />
        <text x={BOX.left - 6} y={BOX.top + 8} textAnchor="end" className="axis">
          {max}
        </text>
        {values.map((v, i) => (
          <rect key={days[i]} x={BOX.left + i * w + 2} width={Math.max(1, w - 4)} y={BOX.top + h * (1 - v / max)} height={(h * v) / max} className="day-bar" />
        ))}
        {days.map((d, i) =>
          (values.length - 1 - i) % 7 === 0 ? (
            <text key={d} x={i === days.length - 1 ? BOX.width - BOX.right : BOX.left + i * w + w / 2} y={BOX.height - 8} textAnchor={i === days.length - 1 ? 'end' : 'middle'} className="axis">
              {label(d)}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
