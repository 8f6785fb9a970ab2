/** A lesson pack the student imported (issue 8), at `#/pack/<id>`. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../domain/AppContext';
import { hrefOf } from '../../domain/route';
import { packContentFromDb } from '../../db/importPack';
import { StudentPackView } from './StudentPackView';
import '../packs.css';

export function PackScreen({ packId }: { packId: string }) {
  const { t } = useTranslation('packs');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const data = useLiveQuery(async () => {
    const record = await db.packs.get(packId);
    const content = record ? await packContentFromDb(db, packId) : null;
    if (!record || !content) return null;
    return { content, recordIds: new Map((record.articles ?? []).map((a) => [a.id, a.recordId])) };
  }, [db, packId]);
  if (data === undefined) return <p className="muted">{tc('loading')}</p>;
  if (data === null)
    return (
      <section className="empty-state">
        <p>{t('student.notFound')}</p>
        <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
      </section>
    );
  const { content } = data;
  return (
    <section aria-labelledby="pack-title" className="packs pack-screen">
      <a className="back-link" href={hrefOf({ screen: 'library' })}>
        ← {tc('backToLibrary')}
      </a>
      <header className="screen-header">
        <p className="eyebrow">{t('student.eyebrow')}</p>
        <h1 id="pack-title">
          {content.title} {content.level && <span className="level-badge">{content.level}</span>}
        </h1>
        <p className="muted">
          {t('counts.articles', { count: content.articles.length })} · {t('counts.questions', { count: content.questions.length })} · {t('preview.version', { version: content.version })}
        </p>
      </header>
      <StudentPackView content={content} recordIds={data.recordIds} />
    </section>
  );
}
