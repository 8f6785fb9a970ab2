import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { ArticleListRecord } from '../db/database';
import { deleteArticle, restoreArticle } from '../domain/ownTextStore';
import { freshLemmaKeys } from '../domain/lemmaIndex';
import { countUnknown, type StatusMap } from '../domain/statusModel';
import { useStatusMap } from '../domain/wordStatusStore';
import { formatArticleDate } from '../ui/formatDate';
import { UndoToast } from '../ui/UndoToast';
import { useDueCount } from './useDueCount';
import { useLemmaIndex } from './useLemmaIndex';
import { ArticleQuizBadge } from '../ui/ArticleQuizBadge';
import './library.css';

/**
 * The home screen. The pack collections and the story panel are other features' components: app passes them in,
 * so the library imports no other feature (issue 13).
 */
export function LibraryScreen({ packCollections, storyPanel }: { packCollections: ReactNode; storyPanel: ReactNode }) {
  const { t } = useTranslation('library');
  const { t: tc } = useTranslation();
  const { t: to } = useTranslation('ownTexts');
  const { db } = useServices();
  // The list without texts (articleList.ts): a teacher's pack may hold 50 texts of up to 1 MB each.
  const articles = useLiveQuery(() => db.articleList.orderBy('addedAt').toArray(), [db]);
  const statuses = useStatusMap(db);
  const [toast, setToast] = useState<{ message: string; undo: () => void } | null>(null);
  useLemmaIndex(db, articles);
  if (!articles) return <p className="muted">{tc('loading')}</p>;

  const remove = async (article: ArticleListRecord) => {
    const deleted = await deleteArticle(db, article.id);
    if (deleted) setToast({ message: to('deleted', { title: article.title }), undo: () => void restoreArticle(db, deleted) });
  };

  return (
    <section aria-labelledby="library-title">
      <header className="screen-header library-header">
        <div>
          <h1 id="library-title">{t('title')}</h1>
          <p className="muted">
            {t('subtitle')} · {t('count', { count: articles.length })}
          </p>
        </div>
        <a className="button-link" href={hrefOf({ screen: 'addText' })}>
          + {to('addEntry')}
        </a>
      </header>
      <DueBanner />
      {packCollections}
      {storyPanel}
      {articles.length === 0 ? (
        <div className="empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <ul className="article-list" aria-label={t('title')}>
          {articles.map((a) => (
            <ArticleCard key={a.id} article={a} statuses={statuses} onDelete={a.origin === 'user' ? () => void remove(a) : undefined} />
          ))}
        </ul>
      )}
      {toast && <UndoToast message={toast.message} onUndo={toast.undo} onDismiss={() => setToast(null)} />}
    </section>
  );
}

function DueBanner() {
  const { t } = useTranslation('review');
  const { db } = useServices();
  const due = useDueCount(db);
  if (due === undefined) return null;
  return (
    <p className="due-banner" data-testid="due-count">
      {due === 0 ? (
        <span className="muted">{t('noneDue')}</span>
      ) : (
        <>
          <strong>{t('dueCount', { count: due })}</strong> <a href={hrefOf({ screen: 'review' })}>{t('start')}</a>
        </>
      )}
    </p>
  );
}

function ArticleCard({ article, statuses, onDelete }: { article: ArticleListRecord; statuses: StatusMap; onDelete: (() => void) | undefined }) {
  const { t, i18n } = useTranslation('library');
  const { t: tr } = useTranslation('reader');
  const { t: to } = useTranslation('ownTexts');
  const keys = freshLemmaKeys(article);
  const unknown = keys ? countUnknown(keys, statuses) : null;
  return (
    <li className="article-card">
      <a href={hrefOf({ screen: 'reader', articleId: article.id })} className="article-link">
        <span className="article-meta">
          <span className="outlet">{article.origin === 'user' ? t('origin.user') : (article.outlet ?? t('unknownSource'))}</span>
          <span aria-hidden="true"> · </span>
          <span>{article.date ? formatArticleDate(article.date, i18n.language) : t('unknownDate')}</span>
        </span>
        <span className="article-title">{article.title}</span>
        <span className="article-stats muted">
          {t('words', { count: article.wordCount })} · {t('minutes', { count: article.readingMinutes })} ·{' '}
          <span className="unknown-count" data-testid="unknown-count">
            {unknown === null ? tr('counting') : tr('unknownWords', { count: unknown })}
          </span>
        </span>
      </a>
      <ArticleQuizBadge article={article} />
      {onDelete && (
        <button type="button" className="card-action secondary" onClick={onDelete} aria-label={to('deleteLabel', { title: article.title })}>
          {to('delete')}
        </button>
      )}
    </li>
  );
}
