/** On each library card (issue 7): start the article's quiz, and its best score and last attempt. */
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { ArticleRecord } from '../db/database';
import { percent, useAttemptSummary, type AttemptSummary } from '../domain/quizAttempts';
import { cachedFormat } from './formatDate';
import './quizBadges.css';

export function ArticleQuizBadge({ article }: { article: Pick<ArticleRecord, 'id' | 'title'> }) {
  const { t } = useTranslation('quiz');
  const { db } = useServices();
  const summary = useAttemptSummary(db, { articleId: article.id });
  return (
    <div className="card-quiz">
      <a className="quiz-card-link" href={hrefOf({ screen: 'quiz', target: { kind: 'article', id: article.id } })} aria-label={t('quizFor', { title: article.title })}>
        {t('quizButton')}
      </a>
      <AttemptBadges summary={summary} />
    </div>
  );
}

export function AttemptBadges({ summary }: { summary: AttemptSummary | undefined }) {
  const { t, i18n } = useTranslation('quiz');
  if (!summary || summary.count === 0) return null;
  const { best, last } = summary;
  return (
    <span className="attempt-badges" data-testid="attempt-badges">
      {best && (
        <span className="badge badge-best" data-testid="best-score">
          {t('best', { score: best.score, total: best.total, percent: percent(best) })}
        </span>
      )}
      {last && (
        <span className="badge" data-testid="last-attempt">
          {t('last', { score: last.score, total: last.total, when: relativeTime(last.finishedAt, i18n.language) })}
        </span>
      )}
    </span>
  );
}

export function relativeTime(at: number, language: string, now = Date.now()): string {
  const rtf = cachedFormat(`rel:${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }));
  const min = Math.round((at - now) / 60_000);
  if (Math.abs(min) < 60) return rtf.format(min, 'minute');
  const h = Math.round(min / 60);
  if (Math.abs(h) < 24) return rtf.format(h, 'hour');
  const d = Math.round(h / 24);
  if (Math.abs(d) < 30) return rtf.format(d, 'day');
  return cachedFormat(`medium:${language}`, () => new Intl.DateTimeFormat(language, { dateStyle: 'medium' })).format(at);
}
