/**
 * Import known words (issue 17): a list or a LingQ/LUTE export is matched to lemmas, the preview says how many
 * matched and which did not, and only then are the matched words marked known.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { FilePickButton } from '../ui/FilePickButton';
import { engine } from '../workers/engineClient';
import { importKnownWords, previewKnownWords, spansOf, wordsFromList, type KnownWordsPreview } from './knownWords';

/** A word list this large is no word list; refused before it is read. */
const MAX_LIST_BYTES = 20 * 1024 * 1024;

type State =
  | { step: 'idle' }
  | { step: 'matching'; name: string; words: number }
  | { step: 'preview'; name: string; preview: KnownWordsPreview }
  | { step: 'error'; name: string; reason: 'too-large' | 'empty' | 'failed' }
  | { step: 'done'; marked: number };

/** How many unmatched words the preview names; the count says how many there are in all. */
const SHOWN_UNMATCHED = 12;

export function KnownWordsImport() {
  const { t } = useTranslation('settings');
  const { db } = useServices();
  const [state, setState] = useState<State>({ step: 'idle' });

  const open = async (file: File) => {
    if (file.size > MAX_LIST_BYTES) return setState({ step: 'error', name: file.name, reason: 'too-large' });
    try {
      const { words, cut } = wordsFromList(await file.text());
      if (words.length === 0) return setState({ step: 'error', name: file.name, reason: 'empty' });
      setState({ step: 'matching', name: file.name, words: words.length });
      const { text, spans } = spansOf(words);
      await engine().ready();
      const analysed = await engine().analyze(text, spans);
      setState({ step: 'preview', name: file.name, preview: await previewKnownWords(db, words, analysed, cut) });
    } catch {
      setState({ step: 'error', name: file.name, reason: 'failed' });
    }
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    try {
      setState({ step: 'done', marked: await importKnownWords(db, state.preview.lemmas) });
    } catch {
      setState({ step: 'error', name: state.name, reason: 'failed' });
    }
  };

  return (
    <section aria-labelledby="known-words-title" className="backup">
      <h2 id="known-words-title">{t('knownWords.title')}</h2>
      <p className="muted">{t('knownWords.intro')}</p>
      <div className="backup-actions">
        <FilePickButton inputId="known-words-file" accept=".txt,.csv,.tsv,text/plain,text/csv" className="secondary" disabled={state.step === 'matching'} onFiles={([file]) => void open(file!)}>
          {t('knownWords.choose')}
        </FilePickButton>
      </div>
      <div aria-live="polite">
        {state.step === 'matching' && <p className="muted">{t('knownWords.matching', { count: state.words, name: state.name })}</p>}
        {state.step === 'preview' && (
          <div className="backup-preview" data-testid="known-words-preview">
            <h3>{t('knownWords.preview.title', { name: state.name })}</h3>
            <ul>
              <li>{t('knownWords.preview.words', { count: state.preview.words })}</li>
              <li data-testid="known-words-matched">{t('knownWords.preview.matched', { count: state.preview.lemmas.length })}</li>
              <li>{t('knownWords.preview.already', { count: state.preview.alreadyMarked })}</li>
              <li data-testid="known-words-unmatched">
                {t('knownWords.preview.unmatched', { count: state.preview.unmatched.length })}
                {state.preview.unmatched.length > 0 && <span className="muted"> {state.preview.unmatched.slice(0, SHOWN_UNMATCHED).join(', ')}{state.preview.unmatched.length > SHOWN_UNMATCHED ? ' …' : ''}</span>}
              </li>
              {state.preview.cut && <li>{t('knownWords.preview.cut')}</li>}
            </ul>
            <div className="backup-actions">
              <button type="button" onClick={() => void confirm()} disabled={state.preview.lemmas.length === state.preview.alreadyMarked} data-testid="import-known-words">
                {t('knownWords.import', { count: state.preview.lemmas.length - state.preview.alreadyMarked })}
              </button>
              <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
                {t('backup.cancel')}
              </button>
            </div>
          </div>
        )}
        {state.step === 'error' && (
          <div className="backup-error" role="alert">
            <strong>{t('knownWords.failed', { name: state.name })}</strong>
            <p>{t(`knownWords.error.${state.reason}`)}</p>
            <p className="muted">{t('backup.unchanged')}</p>
          </div>
        )}
        {state.step === 'done' && (
          <p role="status" className="backup-done" data-testid="known-words-done">
            {t('knownWords.done', { count: state.marked })}
          </p>
        )}
      </div>
    </section>
  );
}
