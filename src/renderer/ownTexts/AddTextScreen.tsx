/** Add an own text: paste it or open a .txt, .md or .html file; checked, then read like any article. */
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/AppContext';
import { hrefOf } from '../app/route';
import { extractText, formatOf } from './extractText';
import { isMostlyGerman } from './languageCheck';
import { addOwnText } from './ownTextStore';
import { checkText, MAX_TEXT_BYTES } from './textLimits';
import './ownTexts.css';

type Notice = { kind: 'error'; message: string } | { kind: 'notGerman' } | null;

export function AddTextScreen() {
  const { t } = useTranslation('ownTexts');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const words = body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

  const tooLarge = (bytes: number) => t('tooLarge', { size: (bytes / 1_000_000).toFixed(1), limit: MAX_TEXT_BYTES / 1_000_000 });

  const add = async (confirmedNotGerman: boolean) => {
    const problem = checkText(body);
    if (problem?.kind === 'empty') return setNotice({ kind: 'error', message: t('empty') });
    if (problem?.kind === 'tooLarge') return setNotice({ kind: 'error', message: tooLarge(problem.bytes) });
    if (!confirmedNotGerman && !isMostlyGerman(body)) return setNotice({ kind: 'notGerman' });
    setBusy(true);
    try {
      const articleId = await addOwnText(db, title, body);
      window.location.hash = hrefOf({ screen: 'reader', articleId });
    } catch (err) {
      setNotice({ kind: 'error', message: t('saveFailed', { message: err instanceof Error ? err.message : String(err) }) });
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void add(false);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const format = formatOf(file.name);
    if (!format) return setNotice({ kind: 'error', message: t('unsupported', { name: file.name }) });
    if (file.size > MAX_TEXT_BYTES * 4) return setNotice({ kind: 'error', message: tooLarge(file.size) });
    try {
      const extracted = extractText(await file.text(), format);
      const problem = checkText(extracted.text);
      if (problem?.kind === 'tooLarge') return setNotice({ kind: 'error', message: tooLarge(problem.bytes) });
      if (problem?.kind === 'empty') return setNotice({ kind: 'error', message: t('fileEmpty', { name: file.name }) });
      setBody(extracted.text);
      if (!title.trim()) setTitle(extracted.title ?? file.name.replace(/\.[^.]+$/, ''));
      setNotice(null);
    } catch (err) {
      setNotice({ kind: 'error', message: t('readFailed', { name: file.name, message: err instanceof Error ? err.message : String(err) }) });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="add-text">
      <a className="back-link" href={hrefOf({ screen: 'library' })}>
        ← {tc('backToLibrary')}
      </a>
      <header className="screen-header">
        <h1 id={`${id}-title`}>{t('title')}</h1>
        <p className="muted">{t('intro')}</p>
      </header>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('titleLabel')}</label>
          <input id={`${id}-name`} type="text" value={title} onChange={(e) => setTitle(e.target.value)} placeholder={t('titlePlaceholder')} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('textLabel')}</label>
          <textarea
            id={`${id}-body`}
            lang="de"
            rows={14}
            value={body}
            onChange={(e) => {
              setBody(e.target.value);
              if (notice) setNotice(null);
            }}
            placeholder={t('textPlaceholder')}
            aria-describedby={`${id}-count`}
          />
          <p id={`${id}-count`} className="muted small">
            {t('wordCount', { count: words })}
          </p>
        </div>
        {notice?.kind === 'error' && (
          <p role="alert" className="notice notice-error">
            {notice.message}
          </p>
        )}
        {notice?.kind === 'notGerman' && (
          <div role="alert" className="notice notice-warning">
            <p>{t('notGerman')}</p>
            <div className="actions">
              <button type="button" onClick={() => void add(true)} disabled={busy}>
                {t('addAnyway')}
              </button>
              <button type="button" className="secondary" onClick={() => setNotice(null)}>
                {t('keepEditing')}
              </button>
            </div>
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('add')}
          </button>
          <button type="button" className="secondary" onClick={() => fileInput.current?.click()}>
            {t('openFile')}
          </button>
          <input ref={fileInput} type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => void onFile(e)} hidden data-testid="file-input" />
          <span className="muted small">{t('fileHint')}</span>
        </div>
      </form>
    </section>
  );
}
