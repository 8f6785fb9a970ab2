/**
 * The teacher's glossary notes (issue 8): pick an article, select words in its text with the mouse
 * (or type them and pick the place), write the note. Students see it in the glossary popover.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS } from '../../../core';
import { context, occurrences, segments, trimSpan, type Span } from './noteSpans';
import type { EditorSectionProps } from './PackEditorScreen';
import { TEXT_LANG } from '../../textLanguage';

export function NotesEditor({ draft, onChange, onRemove }: EditorSectionProps) {
  const { t } = useTranslation('packs');
  const id = useId();
  const [articleId, setArticleId] = useState<string>('');
  const article = draft.articles.find((a) => a.id === articleId) ?? draft.articles[0];
  const text = article?.text ?? '';
  const [words, setWords] = useState('');
  const [place, setPlace] = useState(0);
  const [note, setNote] = useState('');
  const sourceRef = useRef<HTMLDivElement>(null);
  const found = useMemo(() => occurrences(text, words), [text, words]);
  const span: Span | undefined = found[Math.min(place, found.length - 1)];
  const notesHere = draft.notes.map((n, index) => ({ n, index })).filter(({ n }) => n.articleId === article?.id);
  const parts = segments(text, [...notesHere.map(({ n }) => n), ...(span ? [span] : [])]);

  if (!article)
    return (
      <section className="editor-section" aria-labelledby="notes-title">
        <NotesHeading />
        <p className="muted empty-line">{t('notes.needArticle')}</p>
      </section>
    );

  /** Offsets of the mouse selection in the article text: the text is rendered verbatim, so character counts match. */
  const takeSelection = () => {
    const sel = window.getSelection();
    const root = sourceRef.current;
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed || !root) return;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const offset = (node: Node, at: number) => {
      const r = document.createRange();
      r.setStart(root, 0);
      r.setEnd(node, at);
      return r.toString().length;
    };
    const picked = trimSpan(text, { start: offset(range.startContainer, range.startOffset), end: offset(range.endContainer, range.endOffset) });
    if (!picked || picked.end - picked.start > PACK_LIMITS.noteText) return;
    const w = text.slice(picked.start, picked.end);
    const all = occurrences(text, w);
    setWords(w);
    setPlace(Math.max(0, all.findIndex((o) => o.start === picked.start)));
  };

  const add = () => {
    if (!span || !note.trim()) return;
    onChange({ ...draft, notes: [...draft.notes, { articleId: article.id, start: span.start, end: span.end, text: text.slice(span.start, span.end), note: note.trim() }] });
    setWords('');
    setNote('');
    setPlace(0);
  };

  return (
    <section className="editor-section" aria-labelledby="notes-title">
      <NotesHeading />
      <p className="muted help">{t('notes.intro')}</p>
      <div className="notes-layout">
        <div>
          {draft.articles.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-article`}>{t('notes.article')}</label>
              <select
                id={`${id}-article`}
                value={article.id}
                onChange={(e) => {
                  setArticleId(e.target.value);
                  setWords('');
                  setPlace(0);
                }}
              >
                {draft.articles.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div ref={sourceRef} className="note-source article-body" lang={TEXT_LANG} onMouseUp={takeSelection} onKeyUp={takeSelection} tabIndex={0} role="region" aria-label={t('notes.textLabel', { title: article.title })} data-testid="note-source">
            {parts.map((p) =>
              p.marked ? (
                <mark key={p.start} className={span && p.start >= span.start && p.start < span.end ? 'current' : ''}>
                  {p.text}
                </mark>
              ) : (
                <span key={p.start}>{p.text}</span>
              ),
            )}
          </div>
        </div>
        <div className="note-form">
          <div className="field">
            <label htmlFor={`${id}-words`}>{t('notes.words')}</label>
            <input
              id={`${id}-words`}
              type="text"
              lang={TEXT_LANG}
              value={words}
              maxLength={PACK_LIMITS.noteText}
              onChange={(e) => {
                setWords(e.target.value);
                setPlace(0);
              }}
              aria-describedby={`${id}-words-help`}
              data-testid="note-words"
            />
            <p id={`${id}-words-help`} className="muted help" aria-live="polite">
              {!words.trim() ? t('notes.wordsHelp') : found.length === 0 ? t('notes.notFound') : t('notes.found', { count: found.length })}
            </p>
          </div>
          {found.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-place`}>{t('notes.place')}</label>
              <select id={`${id}-place`} value={Math.min(place, found.length - 1)} onChange={(e) => setPlace(Number(e.target.value))}>
                {found.map((o, i) => {
                  const c = context(text, o, 25);
                  return (
                    <option key={o.start} value={i}>
                      {`${i + 1}: ${c.before}[${c.words}]${c.after}`}
                    </option>
                  );
                })}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('notes.note')}</label>
            <textarea id={`${id}-note`} rows={3} value={note} maxLength={PACK_LIMITS.note} onChange={(e) => setNote(e.target.value)} data-testid="note-text" />
          </div>
          <button type="button" onClick={add} disabled={!span || !note.trim()} data-testid="add-note">
            {t('notes.add')}
          </button>
        </div>
      </div>
      {draft.notes.length > 0 && (
        <ul className="note-list" aria-label={t('notes.listLabel')}>
          {draft.notes.map((n, index) => {
            const a = draft.articles.find((x) => x.id === n.articleId);
            return (
              <li key={`${n.articleId}:${n.start}:${index}`}>
                <div>
                  <span className="note-words" lang={TEXT_LANG}>
                    {n.text}
                  </span>
                  <span className="muted"> · {a?.title}</span>
                  <p className="pre-wrap">{n.note}</p>
                </div>
                <button
                  type="button"
                  className="secondary small"
                  onClick={() => onRemove({ ...draft, notes: draft.notes.filter((_, i) => i !== index) }, t('notes.removed', { words: n.text }))}
                  aria-label={t('notes.removeLabel', { words: n.text })}
                >
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function NotesHeading() {
  const { t } = useTranslation('packs');
  return (
    <h2 id="notes-title">
      <span className="step-number" aria-hidden="true">
        3
      </span>
      {t('notes.title')}
    </h2>
  );
}
