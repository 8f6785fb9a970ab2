/** The learner's vocabulary: searchable, sortable, virtualised; edit, delete with undo, export. */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import type { VocabularyRecord } from '../db/database';
import { UndoToast } from '../ui/UndoToast';
import { download, toAnkiTsv, toCsv } from './exportVocabulary';
import { headword, meaningOf } from '../domain/vocabularyStore';
import { filterVocabulary, vocabularySorts, type VocabularySort } from './filterVocabulary';
import { deleteVocabulary, restoreVocabulary, updateVocabulary } from '../domain/vocabularyStore';
import { TEXT_LANG } from '../textLanguage';
import './vocabulary.css';

const ROW_HEIGHT = 76;

export function VocabularyScreen() {
  const { t } = useTranslation('vocabulary');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const id = useId();
  const all = useLiveQuery(() => db.vocabulary.toArray(), [db]);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<VocabularySort>('newest');
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(() => (all ? filterVocabulary(all, deferredQuery, sort) : []), [all, deferredQuery, sort]);
  const [editing, setEditing] = useState<VocabularyRecord | null>(null);
  const [toast, setToast] = useState<{ message: string; undo: () => void } | null>(null);

  if (!all) return <p className="muted">{tc('loading')}</p>;

  const remove = async (row: VocabularyRecord) => {
    if (row.id === undefined) return;
    const deleted = await deleteVocabulary(db, [row.id]);
    if (!deleted.ok) return;
    if (editing?.id === row.id) setEditing(null);
    setToast({ message: t('deleted', { lemma: row.lemma }), undo: () => void restoreVocabulary(db, deleted.value) });
  };

  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby={`${id}-title`} className="vocabulary">
      <header className="screen-header vocab-header">
        <div>
          <h1 id={`${id}-title`}>{t('title')}</h1>
          <p className="muted">{t('count', { count: all.length })}</p>
        </div>
        <div className="vocab-export">
          <button type="button" className="secondary" disabled={rows.length === 0} onClick={() => download(`lesestoff-vocabulary-${stamp}.csv`, toCsv(rows), 'text/csv;charset=utf-8')}>
            {t('exportCsv')}
          </button>
          <button type="button" className="secondary" disabled={rows.length === 0} onClick={() => download(`lesestoff-anki-${stamp}.txt`, toAnkiTsv(rows), 'text/tab-separated-values;charset=utf-8')}>
            {t('exportAnki')}
          </button>
        </div>
      </header>
      {all.length === 0 ? (
        <div className="empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
          <a href={hrefOf({ screen: 'library' })}>{tc('backToLibrary')}</a>
        </div>
      ) : (
        <>
          <div className="vocab-tools" role="search">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              {t('search')}
            </label>
            <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} />
            <label htmlFor={`${id}-sort`}>{t('sortLabel')}</label>
            <select id={`${id}-sort`} value={sort} onChange={(e) => setSort(e.target.value as VocabularySort)}>
              {vocabularySorts.map((s) => (
                <option key={s} value={s}>
                  {t(`sort.${s}`)}
                </option>
              ))}
            </select>
            <span className="muted" role="status">
              {query ? t('matches', { count: rows.length }) : ''}
            </span>
          </div>
          {editing && <EditPanel key={editing.id} entry={editing} onClose={() => setEditing(null)} />}
          {rows.length === 0 ? <p className="muted">{t('noMatch')}</p> : <VirtualList rows={rows} onEdit={setEditing} onDelete={(r) => void remove(r)} />}
        </>
      )}
      {toast && <UndoToast message={toast.message} onUndo={toast.undo} onDismiss={() => setToast(null)} />}
    </section>
  );
}

function VirtualList({ rows, onEdit, onDelete }: { rows: VocabularyRecord[]; onEdit: (r: VocabularyRecord) => void; onDelete: (r: VocabularyRecord) => void }) {
  const { t } = useTranslation('vocabulary');
  const parent = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design.
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => parent.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  return (
    <div ref={parent} className="vocab-scroll" data-testid="vocab-list">
      <ul className="vocab-list" style={{ height: virtualizer.getTotalSize() }} aria-label={t('title')}>
        {virtualizer.getVirtualItems().map((item) => {
          const r = rows[item.index]!;
          return (
            <li key={r.id} className="vocab-row" style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }} aria-posinset={item.index + 1} aria-setsize={rows.length}>
              <div className="vocab-main">
                <span className="vocab-lemma" lang={TEXT_LANG}>
                  {headword(r)}
                </span>
                <span className="vocab-sense">{meaningOf(r) ?? t('noSense')}</span>
                {r.note && <span className="vocab-note">— {r.note}</span>}
              </div>
              <div className="vocab-context muted" lang={TEXT_LANG} title={r.context}>
                {r.context}
              </div>
              <div className="vocab-actions">
                <button type="button" className="secondary" onClick={() => onEdit(r)} aria-label={t('editLabel', { lemma: r.lemma })}>
                  {t('edit')}
                </button>
                <button type="button" className="secondary" onClick={() => onDelete(r)} aria-label={t('deleteLabel', { lemma: r.lemma })}>
                  {t('delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function EditPanel({ entry, onClose }: { entry: VocabularyRecord; onClose: () => void }) {
  const { t } = useTranslation('vocabulary');
  const { db } = useServices();
  const id = useId();
  const [sense, setSense] = useState(entry.sense ?? '');
  const [note, setNote] = useState(entry.note ?? '');
  const [own, setOwn] = useState(entry.ownMeaning ?? '');
  const save = async () => {
    // A failed save keeps the form open with what was typed; the alert says why.
    if (entry.id !== undefined && !(await updateVocabulary(db, entry.id, { sense: sense.trim(), note: note.trim(), ownMeaning: own.trim() })).ok) return;
    onClose();
  };
  return (
    <form
      className="vocab-edit"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={`${id}-h`} lang={TEXT_LANG}>
        {t('editing', { lemma: headword(entry) })}
      </h2>
      <p className="muted" lang={TEXT_LANG}>
        {entry.context}
      </p>
      <label htmlFor={`${id}-own`}>{t('ownMeaning')}</label>
      <input id={`${id}-own`} type="text" value={own} onChange={(e) => setOwn(e.target.value)} />
      <label htmlFor={`${id}-sense`}>{t('sense')}</label>
      <input id={`${id}-sense`} type="text" value={sense} onChange={(e) => setSense(e.target.value)} autoFocus />
      <label htmlFor={`${id}-note`}>{t('note')}</label>
      <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="vocab-edit-actions">
        <button type="submit">{t('save')}</button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
