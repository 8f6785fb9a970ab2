/** The teacher's note for a word or phrase in the glossary popover (issue 8), marked as the teacher's. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { parseRoute } from '../domain/route';
import { notesAt, notesOfArticle, notesOnText } from '../domain/teacherNotes';
import { TEXT_LANG } from '../textLanguage';
import './teacherNote.css';

export interface TeacherNoteProps {
  /** The popover's target: a word with its offsets, or a phrase known by its words. */
  target: { text: string; token?: { start: number; end: number } };
  /** The article; when left out, the reader's article from the current route. */
  articleId?: string;
}

export function TeacherNote({ target, articleId }: TeacherNoteProps) {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const route = parseRoute(window.location.hash);
  const id = articleId ?? (route.screen === 'reader' ? route.articleId : null);
  const start = target.token?.start;
  const end = target.token?.end;
  const ofArticle = useLiveQuery(async () => (id ? notesOfArticle(db, id) : []), [db, id]);
  const notes = useMemo(() => (!ofArticle ? [] : start !== undefined && end !== undefined ? notesAt(ofArticle, start, end) : notesOnText(ofArticle, target.text)), [ofArticle, start, end, target.text]);
  if (notes.length === 0) return null;
  return (
    <section className="teacher-note" aria-label={t('teacherNote.label')} data-testid="teacher-note">
      <h3>{t('teacherNote.label')}</h3>
      {notes.map((n, i) => (
        <p key={i}>
          {notes.length > 1 && (
            <span className="teacher-note-words" lang={TEXT_LANG}>
              {n.text}:{' '}
            </span>
          )}
          {n.note}
        </p>
      ))}
    </section>
  );
}
