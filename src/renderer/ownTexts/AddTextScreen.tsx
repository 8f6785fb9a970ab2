/**
 * Add an own text: paste it or open a .txt, .md or .html file; checked, then read like any article.
 * Reading a file, counting words and the language check run in the own-texts worker (prepareText.ts),
 * once per input: typing is debounced, and a text over the size limit is refused by its length before
 * any of that runs, so a huge paste costs nothing per keystroke.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { hrefOf } from '../domain/route';
import { guardMarks } from '../text/markGuard';
import { Cancelled, prepareTextInWorker, readFileInWorker } from '../workers/textClient';
import { formatOf } from '../text/extractText';
import { readEpub } from '../text/epub';
import { saveOwnText } from '../domain/ownTextStore';
import { PREPARE_STAGES, type PrepareStage, type PreparedText, type Refused } from '../text/prepareText';
import { MAX_FILE_BYTES, MAX_TEXT_BYTES, type TextProblem } from '../text/textLimits';
import { TEXT_LANG } from '../textLanguage';
import './ownTexts.css';

type Notice = { kind: 'error'; message: string } | { kind: 'notGerman' } | null;
type Prepared = { title: string; body: string; result: PreparedText | Refused };

/** Characters from which a paste is put in by assigning the text box's value (see onPaste). */
const LARGE_PASTE = 10_000;
/** Pause in typing before the worker counts the words again. */
const DEBOUNCE_MS = 400;

export function AddTextScreen() {
  const { t } = useTranslation('ownTexts');
  const { t: tc } = useTranslation();
  const { db } = useServices();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const bodyInput = useRef<HTMLTextAreaElement>(null);
  const caretAfterPaste = useRef<number | null>(null);
  /** Add was pressed: the text is saved even if the learner leaves the screen before the worker is done. */
  const adding = useRef(false);
  const mounted = useRef(true);
  /** The word count under way: a newer one, or leaving the screen, ends it. */
  const preview = useRef<AbortController | null>(null);
  /** The reading or adding the learner asked for: Cancel ends it, and leaving ends it unless it is an Add. */
  const asked = useRef<AbortController | null>(null);
  const askFor = () => (asked.current = new AbortController()).signal;
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  /** The step the worker is on while the learner waits for it (Add or Open a file); null when idle. */
  const [stage, setStage] = useState<PrepareStage | 'start' | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const busy = stage !== null;
  const oversized = body.length > MAX_TEXT_BYTES;

  const tooLarge = (bytes: number) => t('tooLarge', { size: (bytes / 1_000_000).toFixed(1), limit: MAX_TEXT_BYTES / 1_000_000 });
  const problemMessage = (p: TextProblem, fileName?: string) =>
    p.kind === 'tooLarge' ? tooLarge(p.bytes) : fileName ? t('fileEmpty', { name: fileName }) : t('empty');

  // The word count follows the text after a pause in typing; a text over the limit is not counted at all.
  useEffect(() => {
    if (busy || oversized || prepared?.body === body && prepared.title === title) return;
    const timer = setTimeout(() => {
      preview.current?.abort();
      preview.current = new AbortController();
      prepareTextInWorker(title, body, () => undefined, preview.current.signal).then(
        (result) => setPrepared({ title, body, result }),
        (err: unknown) => {
          if (!(err instanceof Cancelled)) setNotice({ kind: 'error', message: t('checkFailed', { message: String(err) }) });
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [title, body, busy, oversized, prepared, t]);

  // Leaving the screen ends a word count still under way, but not an Add the learner asked for.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      preview.current?.abort();
      if (!adding.current) asked.current?.abort();
    };
  }, []);

  const add = async (confirmedNotGerman: boolean) => {
    if (oversized) return setNotice({ kind: 'error', message: tooLarge(body.length) });
    setStage('start');
    adding.current = true;
    try {
      const result = prepared?.body === body && prepared.title === title ? prepared.result : await prepareTextInWorker(title, body, setStage, askFor());
      setPrepared({ title, body, result });
      const outcome = await saveOwnText(db, result, confirmedNotGerman);
      if ('saved' in outcome) {
        // A learner who went elsewhere meanwhile finds the text in the library; only one still waiting here is taken to it.
        if (mounted.current) window.location.hash = hrefOf({ screen: 'reader', articleId: outcome.saved });
        return;
      }
      setNotice(outcome.refused.kind === 'notGerman' ? { kind: 'notGerman' } : { kind: 'error', message: problemMessage(outcome.refused) });
    } catch (err) {
      if (!(err instanceof Cancelled)) setNotice({ kind: 'error', message: t('saveFailed', { message: err instanceof Error ? err.message : String(err) }) });
    }
    adding.current = false;
    setStage(null);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void add(false);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (/\.epub$/i.test(file.name)) return void importEpub(file);
    const format = formatOf(file.name);
    if (!format) return setNotice({ kind: 'error', message: t('unsupported', { name: file.name }) });
    // The size is known before the file is read: a huge one is refused at once.
    if (file.size > MAX_FILE_BYTES) return setNotice({ kind: 'error', message: tooLarge(file.size) });
    setStage('start');
    try {
      const read = await readFileInWorker(file, format, setStage, askFor());
      if (!read.ok) {
        setNotice({ kind: 'error', message: problemMessage(read.problem, file.name) });
      } else {
        setBody(read.text);
        if (!title.trim()) setTitle(read.title ?? file.name.replace(/\.[^.]+$/, ''));
        setNotice(null);
      }
    } catch (err) {
      if (!(err instanceof Cancelled)) setNotice({ kind: 'error', message: t('readFailed', { name: file.name, message: err instanceof Error ? err.message : String(err) }) });
    }
    setStage(null);
  };

  /** An e-book: each chapter becomes a text of its own in the library (issue 18); a book that cannot be read adds nothing. */
  const importEpub = async (file: File) => {
    setStage('start');
    adding.current = true;
    const signal = askFor();
    try {
      const book = readEpub(new Uint8Array(await file.arrayBuffer()));
      if (!book.ok) {
        setNotice({ kind: 'error', message: t(`epub.${book.problem}`, { name: file.name }) });
      } else {
        let added = 0;
        for (const chapter of book.chapters) {
          const outcome = await saveOwnText(db, await prepareTextInWorker(chapter.title, chapter.text, setStage, signal), false);
          if ('saved' in outcome) added++;
        }
        if (added > 0) {
          if (mounted.current) window.location.hash = hrefOf({ screen: 'library' });
          return;
        }
        setNotice({ kind: 'error', message: t('epub.noneAdded', { name: file.name }) });
      }
    } catch (err) {
      if (!(err instanceof Cancelled)) setNotice({ kind: 'error', message: t('readFailed', { name: file.name, message: err instanceof Error ? err.message : String(err) }) });
    } finally {
      adding.current = false;
    }
    setStage(null);
  };

  // A paste is checked before it enters the text box: one over the limit is refused (keeping it would cost every
  // keystroke), and a run of thousands of marks on one letter is cut (the text box would hang shaping it). A large
  // paste is put in by assigning the value: Chromium's own insertion is super-linear in line breaks (4,000 lines of
  // em-spaces took a minute; assigning 20,000 takes half a second).
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    const { selectionStart, selectionEnd } = e.currentTarget;
    const size = body.length - (selectionEnd - selectionStart) + pasted.length;
    if (size > MAX_TEXT_BYTES) {
      e.preventDefault();
      setNotice({ kind: 'error', message: tooLarge(size) });
      return;
    }
    const guarded = guardMarks(pasted);
    if (guarded === pasted && pasted.length < LARGE_PASTE) return;
    e.preventDefault();
    caretAfterPaste.current = selectionStart + guarded.length;
    setBody(body.slice(0, selectionStart) + guarded + body.slice(selectionEnd));
    setNotice(null);
  };

  // After a paste put in by hand, the caret goes where the browser would have put it: after the pasted text.
  useLayoutEffect(() => {
    const caret = caretAfterPaste.current;
    if (caret === null) return;
    caretAfterPaste.current = null;
    bodyInput.current?.setSelectionRange(caret, caret);
  }, [body]);

  const counted = prepared?.result.ok ? prepared.result.words : 0;

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
            ref={bodyInput}
            lang={TEXT_LANG}
            rows={14}
            value={body}
            onPaste={onPaste}
            onChange={(e) => {
              // The text box shapes its text like the reader does: a run of thousands of marks on one letter would hang it.
              const value = guardMarks(e.target.value);
              setBody(value);
              setNotice(value.length > MAX_TEXT_BYTES ? { kind: 'error', message: tooLarge(value.length) } : null);
            }}
            placeholder={t('textPlaceholder')}
            aria-describedby={`${id}-count`}
          />
          <p id={`${id}-count`} className="muted small">
            {oversized ? t('notCounted') : t('wordCount', { count: body.trim() ? counted : 0 })}
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
        {busy && (
          <div className="actions" role="status">
            <progress max={PREPARE_STAGES.length} value={stage === 'start' ? 0 : PREPARE_STAGES.indexOf(stage) + 1} aria-label={t('checking')} />
            <span className="small">{t(`stage.${stage}`)}</span>
            <button type="button" className="secondary" onClick={() => asked.current?.abort()}>
              {t('cancel')}
            </button>
          </div>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {t('add')}
          </button>
          <button type="button" className="secondary" onClick={() => fileInput.current?.click()} disabled={busy}>
            {t('openFile')}
          </button>
          <input ref={fileInput} type="file" accept=".txt,.md,.markdown,.html,.htm,.epub,text/plain,text/markdown,text/html,application/epub+zip" onChange={(e) => void onFile(e)} hidden data-testid="file-input" />
          <span className="muted small">{t('fileHint')}</span>
        </div>
      </form>
    </section>
  );
}
