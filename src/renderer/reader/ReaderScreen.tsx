import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseArticleMeta } from '../../core/articleMeta';
import { germanNewsConventions } from '../../core/de/newsConventions';
import { useServices } from '../app/AppContext';
import { hrefOf } from '../app/route';
import { formatArticleDate } from '../library/formatDate';

export function ReaderScreen({ articleId }: { articleId: string }) {
  const { t, i18n } = useTranslation('reader');
  const { t: tc } = useTranslation();
  const { t: tl } = useTranslation('library');
  const { db } = useServices();
  // `null` once loaded and missing, `undefined` while loading.
  const article = useLiveQuery(async () => (await db.articles.get(articleId)) ?? null, [db, articleId]);
  const paragraphs = useMemo(() => (article ? parseArticleMeta(article.text, germanNewsConventions).paragraphs : []), [article]);

  if (article === undefined) return <p className="muted">{tc('loading')}</p>;
  if (article === null)
    return (
      <section className="empty-state">
        <p>{t('notFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
      </section>
    );
  return (
    <article className="reader" aria-labelledby="article-title">
      <a className="back-link" href={hrefOf({ screen: 'library' })}>
        ← {tc('backToLibrary')}
      </a>
      <header>
        <p className="article-meta">
          {article.outlet ? t('source', { outlet: article.outlet }) : tl('unknownSource')}
          {article.date ? ` · ${formatArticleDate(article.date, i18n.language)}` : ''}
        </p>
        <h1 id="article-title">{article.title}</h1>
      </header>
      {paragraphs.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <div className="article-body" lang="de">
          {paragraphs.map((p) => (
            <p key={p.start}>{article.text.slice(p.start, p.end)}</p>
          ))}
        </div>
      )}
    </article>
  );
}
