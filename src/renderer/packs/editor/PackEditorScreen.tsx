/**
 * The teacher's pack editor (issue 8): details, articles, notes and questions of one draft, the
 * problems that keep it from being exported, a preview as a student sees it, and the exports.
 * Every change is saved to the draft at once; destructive ones can be undone.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../domain/AppContext';
import { hrefOf } from '../../domain/route';
import { UndoToast } from '../../ui/UndoToast';
import { draftContent, exportVersion, loadDraft, saveDraft, type PackDraft } from '../drafts';
import { StudentPackView } from '../student/StudentPackView';
import { ArticlePicker } from './ArticlePicker';
import { DetailsSection } from './DetailsSection';
import { draftProblems } from './draftProblems';
import { ExportSection } from './ExportSection';
import { NotesEditor } from './NotesEditor';
import { QuestionsEditor } from './QuestionsEditor';
import '../packs.css';
import './editor.css';

export interface EditorSectionProps {
  draft: PackDraft;
  onChange: (next: PackDraft) => void;
  /** A change that removes something: offered for undo with this message. */
  onRemove: (next: PackDraft, message: string) => void;
}

const SAVE_DELAY_MS = 300;

export function PackEditorScreen({ draftId }: { draftId: string }) {
  const { t } = useTranslation('packs');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const [draft, setDraft] = useState<PackDraft | null | undefined>(undefined);
  const [preview, setPreview] = useState(false);
  const [toast, setToast] = useState<{ message: string; previous: PackDraft } | null>(null);
  const pending = useRef<PackDraft | null>(null);

  useEffect(() => {
    let live = true;
    void loadDraft(db, draftId).then((d) => live && setDraft(d));
    return () => {
      live = false;
    };
  }, [db, draftId]);

  // Typing saves after a short pause; leaving the screen saves what is pending.
  useEffect(() => {
    if (!draft || pending.current !== draft) return;
    const timer = window.setTimeout(() => {
      pending.current = null;
      void saveDraft(db, draft);
    }, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [db, draft]);
  useEffect(
    () => () => {
      if (pending.current) void saveDraft(db, pending.current);
    },
    [db],
  );

  const change = useCallback((next: PackDraft) => {
    const d = { ...next, updatedAt: Date.now() };
    pending.current = d;
    setDraft(d);
  }, []);
  const remove = (next: PackDraft, message: string) => {
    if (draft) setToast({ message, previous: draft });
    change(next);
  };

  if (draft === undefined) return <p className="muted">{tc('loading')}</p>;
  if (draft === null)
    return (
      <section className="empty-state">
        <p>{t('editor.notFound')}</p>
        <a href={hrefOf({ screen: 'packs' })}>{t('editor.backToPacks')}</a>
      </section>
    );

  const problems = draftProblems(draft);
  const title = draft.title.trim() || t('untitled');
  return (
    <section aria-labelledby="editor-title" className="packs pack-editor">
      <a className="back-link" href={hrefOf({ screen: 'packs' })}>
        ← {t('editor.backToPacks')}
      </a>
      <header className="screen-header editor-header">
        <div>
          <p className="eyebrow">{preview ? t('editor.previewEyebrow') : t('editor.eyebrow')}</p>
          <h1 id="editor-title">{title}</h1>
          <p className="muted">
            {t('counts.articles', { count: draft.articles.length })} · {t('counts.notes', { count: draft.notes.length })} · {t('counts.questions', { count: draft.questions.length })}
          </p>
        </div>
        <div className="row-actions">
          <button type="button" className={preview ? '' : 'secondary'} aria-pressed={preview} onClick={() => setPreview(!preview)} data-testid="preview-toggle">
            {preview ? t('editor.backToEditing') : t('editor.preview')}
          </button>
          <a className="button-link secondary-link" href={hrefOf({ screen: 'classOverview', packId: draft.id })}>
            {t('drafts.overview')}
          </a>
        </div>
      </header>
      {preview ? (
        <div className="preview-frame" data-testid="student-preview">
          <p className="preview-banner" role="note">
            {t('editor.previewBanner')}
          </p>
          {draft.articles.length === 0 ? <p className="muted">{t('editor.previewEmpty')}</p> : <StudentPackView content={draftContent(draft, exportVersion(draft).version)} preview />}
        </div>
      ) : (
        <div className="editor-sections">
          <DetailsSection draft={draft} onChange={change} onRemove={remove} />
          <ArticlePicker draft={draft} onChange={change} onRemove={remove} />
          <NotesEditor draft={draft} onChange={change} onRemove={remove} />
          <QuestionsEditor draft={draft} onChange={change} onRemove={remove} />
          <ExportSection draft={draft} problems={problems} onExported={(d) => change(d)} />
        </div>
      )}
      {toast && (
        <UndoToast
          message={toast.message}
          onUndo={() => change(toast.previous)}
          onDismiss={() => setToast(null)}
        />
      )}
    </section>
  );
}
