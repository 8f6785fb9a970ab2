/**
 * "Open a pack" (issue 8): pick or drop a `.lesestoff` file, see what it holds, then import it.
 * Nothing is stored before the student says so, and a bad file changes nothing: it gets a message
 * that says what is wrong with it. The file is read once (issue 20): its size is checked first, its
 * bytes are read in steps with progress and Cancel, and the engine worker unzips and checks it; the
 * preview and the import use that one result.
 */
import { transfer } from 'comlink';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_EXTENSION, type PackReadResult, ZIP_LIMITS } from '../../core';
import { useServices } from '../domain/AppContext';
import { onOpenedPack, takeOpenedPack } from '../domain/openedPacks';
import { hrefOf } from '../domain/route';
import { importPack, previewPackFile, type ImportError, type ImportMode, type ImportPackResult, type PackPreview } from '../db/importPack';
import { engine } from '../workers/engineClient';
import { readFileBytes } from '../ui/download';
import { FileDrop } from './FileDrop';
import { packErrorKey } from './packErrors';
import { TEXT_LANG } from '../textLanguage';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string; done: number; total: number }
  | { step: 'checking'; name: string }
  | { step: 'preview'; name: string; read: PackReadResult; preview: PackPreview; mode: ImportMode }
  | { step: 'error'; name: string; error: ImportError | { code: 'read-failed'; message: string } }
  | { step: 'done'; name: string; result: Extract<ImportPackResult, { ok: true }>; title: string };

export function OpenPack() {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const [state, setState] = useState<State>({ step: 'idle' });
  // The open in progress: Cancel aborts it, and a result that arrives after Cancel is dropped.
  const opening = useRef<AbortController | null>(null);

  const open = async (file: File) => {
    opening.current?.abort();
    const controller = new AbortController();
    opening.current = controller;
    const current = () => opening.current === controller && !controller.signal.aborted;
    if (file.size > ZIP_LIMITS.fileBytes) {
      // Refused before a byte is read: a 50 MB file is "too large", whatever it holds.
      setState({ step: 'error', name: file.name, error: { code: 'file-too-large', message: `The file is ${file.size} bytes; at most ${ZIP_LIMITS.fileBytes}` } });
      return;
    }
    setState({ step: 'reading', name: file.name, done: 0, total: file.size });
    let read: PackReadResult;
    try {
      const bytes = await readFileBytes(file, (done, total) => current() && setState({ step: 'reading', name: file.name, done, total }), controller.signal);
      if (!current()) return;
      setState({ step: 'checking', name: file.name });
      read = await engine().readPack(transfer(bytes, [bytes.buffer]));
    } catch (err) {
      if (current()) setState({ step: 'error', name: file.name, error: { code: 'read-failed', message: String(err) } });
      return;
    }
    if (!current()) return;
    const preview = await previewPackFile(db, read);
    if (!current()) return;
    if (!preview.ok) setState({ step: 'error', name: file.name, error: preview.error });
    else setState({ step: 'preview', name: file.name, read, preview, mode: 'update' });
  };

  // A pack double-clicked in the file manager (issue 17) is opened here, as if it had been picked.
  const openWaiting = useEffectEvent(() => {
    const file = takeOpenedPack();
    if (file) void open(file);
  });
  useEffect(() => {
    // A pack that arrived before this screen was shown is taken just after it mounts, like a later arrival.
    const first = setTimeout(() => openWaiting(), 0);
    const off = onOpenedPack(() => openWaiting());
    return () => {
      clearTimeout(first);
      off();
    };
  }, []);

  const cancelOpen = () => {
    opening.current?.abort();
    opening.current = null;
    setState({ step: 'idle' });
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const result = await importPack(db, state.read, { mode: state.preview.existing ? state.mode : 'update' });
    if (!result.ok) setState({ step: 'error', name: state.name, error: result.error });
    else setState({ step: 'done', name: state.name, result, title: state.preview.summary.title });
  };

  return (
    <section className="pack-panel open-pack" aria-labelledby="open-pack-title">
      <h2 id="open-pack-title">{t('open.title')}</h2>
      <p className="muted">{t('open.intro')}</p>
      {state.step !== 'preview' && (
        <FileDrop
          inputId="open-pack-file"
          accept={PACK_EXTENSION}
          onFiles={(files) => files[0] && void open(files[0])}
          buttonLabel={t('open.choose')}
          hint={t('open.drop')}
          disabled={state.step === 'reading' || state.step === 'checking'}
        />
      )}
      <div aria-live="polite" className="open-pack-status">
        {(state.step === 'reading' || state.step === 'checking') && (
          <div className="open-pack-progress" data-testid="pack-reading">
            <p className="muted">{state.step === 'reading' ? t('open.reading', { name: state.name }) : t('open.checking', { name: state.name })}</p>
            {state.step === 'reading' ? (
              <progress max={Math.max(1, state.total)} value={state.done} aria-label={t('open.progress', { name: state.name })} />
            ) : (
              <progress aria-label={t('open.progress', { name: state.name })} />
            )}
            <button type="button" className="secondary" onClick={cancelOpen} data-testid="cancel-open">
              {t('cancel')}
            </button>
          </div>
        )}
        {state.step === 'error' && (
          <div className="pack-error" role="alert" data-testid="pack-error" data-code={state.error.code}>
            <strong>{t('open.failed', { name: state.name })}</strong>
            <p>{t(packErrorKey(state.error))}</p>
            <p className="muted">{t('open.unchanged')}</p>
            {state.error.message && (
              // The reader's own words (English): which entry, field or limit; for the teacher or whoever made the file.
              <details className="error-details">
                <summary>{t('open.details')}</summary>
                <code data-testid="pack-error-detail">{state.error.message}</code>
              </details>
            )}
          </div>
        )}
        {state.step === 'done' && (
          <div className="pack-success" role="status" data-testid="pack-imported">
            <strong>{t(`open.done.${state.result.status}`, { title: state.title })}</strong>{' '}
            <a href={hrefOf({ screen: 'pack', packId: state.result.packId })}>{t('open.openIt')}</a>
          </div>
        )}
      </div>
      {state.step === 'preview' && (
        <PackPreviewCard
          summary={state.preview.summary}
          instructions={state.preview.instructions}
          existing={state.preview.existing}
          mode={state.mode}
          onMode={(mode) => setState({ ...state, mode })}
          onImport={() => void confirm()}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </section>
  );
}

type PackSummary = PackPreview['summary'];

function PackPreviewCard(props: {
  summary: PackSummary;
  instructions: string;
  existing: PackPreview['existing'];
  mode: ImportMode;
  onMode: (mode: ImportMode) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('packs');
  const { summary: s, existing } = props;
  return (
    <div className="pack-preview" data-testid="pack-preview">
      <h3>
        {s.title} {s.level && <span className="level-badge">{s.level}</span>}
      </h3>
      <p className="muted">
        {t('counts.articles', { count: s.articles.length })} · {t('counts.notes', { count: s.notes })} · {t('counts.questions', { count: s.questions })} · {t('preview.version', { version: s.version })}
      </p>
      {props.instructions && (
        <div className="pack-instructions">
          <h4>{t('instructions')}</h4>
          <p className="pre-wrap">{props.instructions}</p>
        </div>
      )}
      <h4>{t('articles')}</h4>
      <ol className="plain-list">
        {s.articles.map((a) => (
          <li key={a.id}>
            <span lang={TEXT_LANG}>{a.title}</span>
            {a.outlet && <span className="muted"> · {a.outlet}</span>}
          </li>
        ))}
      </ol>
      {existing && (
        <fieldset className="choice-group">
          <legend>{t('preview.existing', { title: existing.title, version: existing.version ?? '?' })}</legend>
          <div className="choices">
            <label className="choice">
              <input type="radio" name="import-mode" value="update" checked={props.mode === 'update'} onChange={() => props.onMode('update')} />
              {t('preview.update', { version: s.version })}
            </label>
            <label className="choice">
              <input type="radio" name="import-mode" value="keep-both" checked={props.mode === 'keep-both'} onChange={() => props.onMode('keep-both')} />
              {t('preview.keepBoth')}
            </label>
          </div>
        </fieldset>
      )}
      <div className="button-row">
        <button type="button" onClick={props.onImport}>
          {existing ? (props.mode === 'update' ? t('preview.doUpdate') : t('preview.doKeepBoth')) : t('preview.import')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
