/**
 * How a story names its reports: by the outlet the text names (`Seoul (Reuters) -`). Many texts do
 * not name theirs, and a title is no outlet name, so those are counted instead of listed by title.
 */
import { useTranslation } from 'react-i18next';
import type { ArticleListRecord } from '../db/database';

/** An own text is marked as one even when it names an outlet: the learner pasted it. */
export function OutletName({ article }: { article: ArticleListRecord }) {
  const { t } = useTranslation('stories');
  if (article.origin === 'user') return <>{article.outlet ? t('ownTextFrom', { outlet: article.outlet }) : t('ownText')}</>;
  if (article.outlet) return <>{article.outlet}</>;
  return <span className="outlet-unnamed">{t('unnamedOutlet')}</span>;
}

export function OutletList({ articles, className }: { articles: ArticleListRecord[]; className?: string }) {
  const { t } = useTranslation('stories');
  const named = articles.filter((a) => a.outlet || a.origin === 'user');
  const unnamed = articles.length - named.length;
  return (
    <p className={className}>
      {named.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ' · '}
          <OutletName article={a} />
        </span>
      ))}
      {unnamed > 0 && (
        <span className="outlet-unnamed">
          {named.length > 0 && ' · '}
          {t('unnamedCount', { count: unnamed })}
        </span>
      )}
    </p>
  );
}
