/**
 * Progress (issue 7): every finished quiz over time, as a chart drawn in SVG (no chart library),
 * with a table holding the same numbers for screen readers and keyboard users.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { ArticleRecord, QuizAttemptRecord } from '../db/database';
import { percent } from '../domain/quizAttempts';
import { movingAverage, pathOf, placePoints, type ChartBox } from './chart';
import { TEXT_LANG } from '../textLanguage';
import { dayTicks } from './learning';
import { LearningProgress } from './LearningProgress';
import './progress.css';

const BOX: ChartBox = { width: 720, height: 260, left: 44, right: 16, top: 16, bottom: 34 };

export function ProgressScreen() {
  const { t, i18n } = useTranslation('progress');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const id = useId();
  const data = useLiveQuery(async () => ({ attempts: await db.quizAttempts.orderBy('finishedAt').toArray(), articles: await db.articles.toArray() }), [db]);
  if (!data) return <p className="muted">{tc('loading')}</p>;
  const { attempts } = data;
  const titles = new Map(data.articles.map((a: ArticleRecord) => [a.id, a.title]));
  const dateFmt = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const shortFmt = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short' });
  const label = (a: QuizAttemptRecord) => (a.storyId ? t('storyLabel') : (titles.get(a.articleId ?? '') ?? t('deletedArticle')));

  const full = attempts.filter((a) => a.kind !== 'retry');
  const answered = attempts.reduce((n, a) => n + a.total, 0);
  const right = attempts.reduce((n, a) => n + a.score, 0);
  const avg = full.length ? Math.round(full.reduce((n, a) => n + percent(a), 0) / full.length) : 0;
  const best = full.reduce((m, a) => Math.max(m, percent(a)), 0);

  return (
    <section className="progress-screen" aria-labelledby={`${id}-title`}>
      <header className="screen-header">
        <h1 id={`${id}-title`}>{t('title')}</h1>
        <p className="muted">{t('subtitle')}</p>
      </header>
      <LearningProgress />
      <h2>{t('quizTitle')}</h2>
      {attempts.length === 0 ? (
        <div className="empty-state">
          <h3>{t('empty.title')}</h3>
          <p>{t('empty.body')}</p>
          <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
        </div>
      ) : (
        <>
          <dl className="progress-stats">
            <div>
              <dt>{t('stats.quizzes')}</dt>
              <dd data-testid="progress-quizzes">{attempts.length}</dd>
            </div>
            <div>
              <dt>{t('stats.answers')}</dt>
              <dd>{t('stats.answersValue', { right, total: answered })}</dd>
            </div>
            <div>
              <dt>{t('stats.average')}</dt>
              <dd>{`${avg}%`}</dd>
            </div>
            <div>
              <dt>{t('stats.best')}</dt>
              <dd>{`${best}%`}</dd>
            </div>
          </dl>
          <Chart attempts={attempts} label={t('chartLabel', { count: attempts.length, first: percent(attempts[0]!), last: percent(attempts[attempts.length - 1]!), average: avg })} tickLabel={(at) => shortFmt.format(at)} />
          <p className="progress-legend muted" aria-hidden="true">
            <span className="legend-dot" /> {t('legend.quiz')} <span className="legend-dot retry" /> {t('legend.retry')} <span className="legend-line" /> {t('legend.trend')}
          </p>
          <table className="progress-table">
            <caption>{t('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.when')}</th>
                <th scope="col">{t('col.what')}</th>
                <th scope="col">{t('col.kind')}</th>
                <th scope="col">{t('col.score')}</th>
              </tr>
            </thead>
            <tbody>
              {[...attempts].reverse().map((a) => (
                <tr key={a.id}>
                  <td>{dateFmt.format(a.finishedAt)}</td>
                  <th scope="row" lang={a.storyId ? undefined : TEXT_LANG}>
                    {label(a)}
                  </th>
                  <td>{t(`kind.${a.kind ?? (a.storyId ? 'story' : 'article')}`)}</td>
                  <td className="num">{t('scoreValue', { score: a.score, total: a.total, percent: percent(a) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function Chart({ attempts, label, tickLabel }: { attempts: QuizAttemptRecord[]; label: string; tickLabel: (at: number) => string }) {
  const points = placePoints(
    attempts.map((a) => ({ at: a.finishedAt, pct: percent(a) })),
    BOX,
  );
  const full = points.filter((_, i) => attempts[i]!.kind !== 'retry');
  const trend = movingAverage(full.map((p) => p.pct));
  const trendPts = placePoints(
    full.map((p, i) => ({ at: p.at, pct: trend[i]! })),
    BOX,
  ).map((p, i) => ({ ...p, x: full[i]!.x }));
  const ticks = [0, 25, 50, 75, 100];
  const y = (pct: number) => BOX.top + (BOX.height - BOX.top - BOX.bottom) * (1 - pct / 100);
  const labelled = dayTicks(
    attempts.map((a) => a.finishedAt),
    Math.max(1, Math.ceil(points.length / 8)),
  );
  return (
    <figure className="progress-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
        {ticks.map((tk) => (
          <g key={tk}>
            <line x1={BOX.left} x2={BOX.width - BOX.right} y1={y(tk)} y2={y(tk)} className="grid" />
            <text x={BOX.left - 8} y={y(tk) + 4} textAnchor="end" className="axis">
              {`${tk}%`}
            </text>
          </g>
        ))}
        {trendPts.length > 1 && <path d={pathOf(trendPts)} className="trend" />}
        {points.length > 1 && <path d={pathOf(points)} className="line" />}
        {points.map((p, i) => (
          <circle key={i} cx={p.x} cy={p.y} r={5} className={attempts[i]!.kind === 'retry' ? 'dot retry' : 'dot'} />
        ))}
        {points.map((p, i) =>
          labelled[i] ? (
            <text key={`t${i}`} x={p.x} y={BOX.height - 10} textAnchor="middle" className="axis">
              {tickLabel(p.at)}
            </text>
          ) : null,
        )}
      </svg>
    </figure>
  );
}
