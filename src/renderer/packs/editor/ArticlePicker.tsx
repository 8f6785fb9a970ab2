/** The pack's articles: chosen from the library (bundled texts or the teacher's own), in order. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../domain/AppContext';
import { hrefOf } from '../../domain/route';
import { addArticle, move, removeArticle } from '../drafts';
import type { EditorSectionProps } from './PackEditorScreen';
import { TEXT_LANG } from '../../textLanguage';

export function ArticlePicker({ draft, onChange, onRemove }: EditorSectionProps) {
  const { t } = useTranslation('packs');
  const { t: tl } = useTranslation('library');
  const { db } = useServices();
  const library = useLiveQuery(() => db.articles.orderBy('addedAt').toArray(), [db]);
  const chosen = new Set(draft.articles.map((a) => a.sourceId));
  // Open at first; afterwards the teacher decides (it stays open while adding several).
  const [libraryOpen, setLibraryOpen] = useState(draft.articles.length === 0);
  const available = (library ?? []).filter((a) => !chosen.has(a.id) && a.origin !== 'pack');
  return (
    <section className="editor-section" aria-labelledby="articles-title">
      <h2 id="articles-title">
        <span className="step-number" aria-hidden="true">
          2
        </span>
        {t('articles')}
      </h2>
      {draft.articles.length === 0 ? (
        <p className="muted empty-line">{t('editor.noArticles')}</p>
      ) : (
        <ol className="chosen-articles" aria-label={t('editor.chosenArticles')}>
          {draft.articles.map((a, i) => {
            const questions = draft.questions.filter((q) => (q.evidence ?? []).some((e) => e.article === a.id)).length;
            const notes = draft.notes.filter((n) => n.articleId === a.id).length;
            return (
              <li key={a.id} className="chosen-article">
                <span className="chosen-title">
                  <span lang={TEXT_LANG}>{a.title}</span>
                  <span className="muted"> · {a.outlet ?? tl('unknownSource')}</span>
                </span>
                <span className="row-actions">
                  <button type="button" className="secondary small" onClick={() => onChange({ ...draft, articles: move(draft.articles, i, -1) })} disabled={i === 0} aria-label={t('editor.articleUp', { title: a.title })}>
                    ↑
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => onChange({ ...draft, articles: move(draft.articles, i, 1) })}
                    disabled={i === draft.articles.length - 1}
                    aria-label={t('editor.articleDown', { title: a.title })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => onRemove(removeArticle(draft, a.id), t('editor.articleRemoved', { title: a.title, notes, questions }))}
                    aria-label={t('editor.removeArticle', { title: a.title })}
                  >
                    {t('remove')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <details className="article-library" open={libraryOpen} onToggle={(e) => setLibraryOpen(e.currentTarget.open)}>
        <summary>{t('editor.addFromLibrary', { count: available.length })}</summary>
        {available.length === 0 ? (
          <p className="muted">
            {t('editor.libraryEmpty')} <a href={hrefOf({ screen: 'addText' })}>{t('editor.addOwnText')}</a>
          </p>
        ) : (
          <ul className="library-choices">
            {available.map((a) => (
              <li key={a.id}>
                <span>
                  <span lang={TEXT_LANG} className="choice-title">
                    {a.title}
                  </span>
                  <span className="muted">
                    {' '}
                    · {a.origin === 'user' ? tl('origin.user') : (a.outlet ?? tl('unknownSource'))} · {tl('words', { count: a.wordCount })}
                  </span>
                </span>
                <button type="button" className="secondary small" onClick={() => onChange(addArticle(draft, a))} aria-label={t('editor.addArticle', { title: a.title })}>
                  + {t('add')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
