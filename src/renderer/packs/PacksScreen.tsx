/**
 * Lesson packs (issue 8). Everyone: open a pack, and the packs imported so far. In teacher mode
 * also the teacher's drafts, with the editor and the class overview of each.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { PackRecord } from '../db/database';
import { UndoToast } from '../ui/UndoToast';
import { deleteDraft, listDrafts, newDraft, saveDraft, type PackDraft } from './drafts';
import { OpenPack } from './OpenPack';
import { deletePack, restorePack } from './removals';
import { useTeacherMode } from '../domain/teacherMode';
import './packs.css';

export function PacksScreen() {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const teacher = useTeacherMode(db);
  const [toast, setToast] = useState<{ message: string; undo: () => void } | null>(null);
  return (
    <section aria-labelledby="packs-title" className="packs">
      <header className="screen-header">
        <h1 id="packs-title">{t('title')}</h1>
        <p className="muted">{teacher ? t('subtitleTeacher') : t('subtitle')}</p>
      </header>
      {teacher && <Drafts onToast={setToast} />}
      <OpenPack />
      <ImportedPacks onToast={setToast} />
      {toast && <UndoToast message={toast.message} onUndo={toast.undo} onDismiss={() => setToast(null)} />}
    </section>
  );
}

type Toast = (toast: { message: string; undo: () => void }) => void;

function Drafts({ onToast }: { onToast: Toast }) {
  const { t, i18n } = useTranslation('packs');
  const { db } = useServices();
  const drafts = useLiveQuery(() => listDrafts(db), [db]);
  const create = async () => {
    const draft = newDraft();
    if (!(await saveDraft(db, draft)).ok) return;
    window.location.hash = hrefOf({ screen: 'packEditor', draftId: draft.id });
  };
  const remove = async (draft: PackDraft) => {
    if (!(await deleteDraft(db, draft.id)).ok) return;
    onToast({ message: t('drafts.deleted', { title: draft.title || t('untitled') }), undo: () => void saveDraft(db, draft) });
  };
  return (
    <section className="pack-panel" aria-labelledby="drafts-title">
      <div className="panel-head">
        <h2 id="drafts-title">{t('drafts.title')}</h2>
        <button type="button" onClick={() => void create()} data-testid="new-pack">
          + {t('drafts.new')}
        </button>
      </div>
      {drafts && drafts.length === 0 && <p className="muted empty-line">{t('drafts.empty')}</p>}
      {drafts && drafts.length > 0 && (
        <ul className="pack-list" aria-labelledby="drafts-title">
          {drafts.map((d) => (
            <li key={d.id} className="pack-row">
              <div className="pack-row-main">
                <a href={hrefOf({ screen: 'packEditor', draftId: d.id })} className="pack-row-title">
                  {d.title || t('untitled')}
                </a>
                <span className="muted">
                  {d.level && <span className="level-badge">{d.level}</span>} {t('counts.articles', { count: d.articles.length })} · {t('counts.questions', { count: d.questions.length })} ·{' '}
                  {d.exported ? t('drafts.exported', { version: d.exported.version, date: new Date(d.exported.at).toLocaleDateString(i18n.language) }) : t('drafts.notExported')}
                </span>
              </div>
              <div className="row-actions">
                <a className="button-link secondary-link" href={hrefOf({ screen: 'classOverview', packId: d.id })}>
                  {t('drafts.overview')}
                </a>
                <button type="button" className="secondary" onClick={() => void remove(d)} aria-label={t('drafts.deleteLabel', { title: d.title || t('untitled') })}>
                  {t('delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ImportedPacks({ onToast }: { onToast: Toast }) {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const packs = useLiveQuery(() => db.packs.orderBy('id').toArray(), [db]);
  if (!packs || packs.length === 0) return null;
  const remove = async (pack: PackRecord) => {
    const removed = await deletePack(db, pack);
    if (removed) onToast({ message: t('imported.deleted', { title: pack.title }), undo: () => void restorePack(db, removed) });
  };
  return (
    <section className="pack-panel" aria-labelledby="imported-title">
      <h2 id="imported-title">{t('imported.title')}</h2>
      <ul className="pack-list" aria-labelledby="imported-title">
        {packs.map((p) => (
          <li key={p.id} className="pack-row">
            <div className="pack-row-main">
              <a href={hrefOf({ screen: 'pack', packId: p.id })} className="pack-row-title">
                {p.title}
              </a>
              <span className="muted">
                {p.level && <span className="level-badge">{p.level}</span>} {t('counts.articles', { count: p.articles?.length ?? 0 })} · {t('counts.questions', { count: p.questions?.length ?? 0 })} ·{' '}
                {t('preview.version', { version: p.version ?? 1 })}
              </span>
            </div>
            <div className="row-actions">
              <button type="button" className="secondary" onClick={() => void remove(p)} aria-label={t('imported.deleteLabel', { title: p.title })}>
                {t('delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
