/**
 * Lesson packs in the library (issue 8): each imported pack as its own collection, with its
 * articles and a way into its questions; and "Open a pack" for students.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import { TEXT_LANG } from '../textLanguage';
import './packs.css';

export function PackCollections() {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const data = useLiveQuery(async () => {
    const packs = await db.packs.orderBy('id').toArray();
    const ids = packs.flatMap((p) => (p.articles ?? []).map((a) => a.recordId));
    // Titles from the list, not the texts (articleList.ts): a pack may hold 50 texts of up to 1 MB.
    const titles = new Map((await db.articleList.bulkGet(ids)).flatMap((a) => (a ? [[a.id, a.title] as const] : [])));
    return packs.map((p) => ({ pack: p, articles: (p.articles ?? []).map((a) => ({ id: a.recordId, title: titles.get(a.recordId) ?? '' })) }));
  }, [db]);
  if (!data) return null;
  return (
    <section className="pack-collections" aria-labelledby="pack-collections-title" data-testid="pack-collections">
      <div className="panel-head">
        <h2 id="pack-collections-title">{t('collections.title')}</h2>
        <a className="button-link secondary-link" href={hrefOf({ screen: 'packs' })} data-testid="open-pack-link">
          {t('collections.open')}
        </a>
      </div>
      {data.length === 0 ? (
        <p className="muted empty-line">{t('collections.empty')}</p>
      ) : (
        <ul className="collection-list">
          {data.map(({ pack, articles }) => (
            <li key={pack.id} className="collection-card" data-testid="pack-collection">
              <div className="collection-head">
                <a href={hrefOf({ screen: 'pack', packId: pack.id })} className="collection-title">
                  {pack.title}
                </a>
                {pack.level && <span className="level-badge">{pack.level}</span>}
                <span className="muted">
                  {t('counts.articles', { count: articles.length })} · {t('counts.notes', { count: pack.notes?.length ?? 0 })} · {t('counts.questions', { count: pack.questions?.length ?? 0 })}
                </span>
              </div>
              <ul className="collection-articles">
                {articles.map((a) => (
                  <li key={a.id}>
                    <a href={hrefOf({ screen: 'reader', articleId: a.id })} lang={TEXT_LANG}>
                      {a.title}
                    </a>
                  </li>
                ))}
              </ul>
              <a className="button-link" href={hrefOf({ screen: 'pack', packId: pack.id })}>
                {t('collections.work')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
