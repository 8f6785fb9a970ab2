import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { hrefOf } from '../app/route';
import type { ArticleRecord } from '../db/database';
import { formatArticleDate } from './formatDate';

export function LibraryScreen() {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const articles = useLiveQuery(() => db.articles.orderBy('addedAt').toArray(), [db]);
  if (!articles) return <p className="muted">{tc('loading')}</p>;
  return (
    <section aria-labelledby="library-title">
      <header className="screen-header">
        <h1 id="library-title">{t('title')}</h1>
        <p className="muted">
          {t('subtitle')} · {t('count', { count: articles.length })}
        </p>
      </header>
      {articles.length === 0 ? (
        <div className="empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <ul className="article-list" aria-label={t('title')}>
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ArticleCard({ article }: { article: ArticleRecord }) {
  const { t, i18n } = useTranslation('library');
  return (
    <li className="article-card">
      <a href={hrefOf({ screen: 'reader', articleId: article.id })} className="article-link">
        <span className="article-meta">
          <span className="outlet">{article.outlet ?? t('unknownSource')}</span>
          <span aria-hidden="true"> · </span>
          <span>{article.date ? formatArticleDate(article.date, i18n.language) : t('unknownDate')}</span>
        </span>
        <span className="article-title">{article.title}</span>
        <span className="article-stats muted">
          {t('words', { count: article.wordCount })} · {t('minutes', { count: article.readingMinutes })}
        </span>
      </a>
    </li>
  );
}
