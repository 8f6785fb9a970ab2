/**
 * "Open a pack" (issue 8): pick or drop a `.lesestoff` file, see what it holds, then import it.
 * Nothing is stored before the student says so, and a bad file changes nothing: it gets a message
 * that says what is wrong with it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_EXTENSION } from '../../core/packs/packFile';
import { useServices } from '../app/AppContext';
import { hrefOf } from '../app/route';
import { importPack, previewPackFile, type ImportError, type ImportMode, type ImportPackResult, type PackPreview } from '../db/importPack';
import { readFileBytes } from './download';
import { FileDrop } from './FileDrop';
import { packErrorKey } from './packErrors';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'preview'; name: string; bytes: Uint8Array; preview: PackPreview; mode: ImportMode }
  | { step: 'error'; name: string; error: ImportError | { code: 'read-failed'; message: string } }
  | { step: 'done'; name: string; result: Extract<ImportPackResult, { ok: true }>; title: string };

export function OpenPack() {
  const { t } = useTranslation('packs');
  const { db } = useServices();
  const [state, setState] = useState<State>({ step: 'idle' });

  const open = async (file: File) => {
    setState({ step: 'reading', name: file.name });
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(file);
    } catch (err) {
      setState({ step: 'error', name: file.name, error: { code: 'read-failed', message: String(err) } });
      return;
    }
    const preview = await previewPackFile(db, bytes);
    if (!preview.ok) setState({ step: 'error', name: file.name, error: preview.error });
    else setState({ step: 'preview', name: file.name, bytes, preview, mode: 'update' });
  };

  const confirm = async () => {
    if (state.step !== 'preview') return;
    const result = await importPack(db, state.bytes, { mode: state.preview.existing ? state.mode : 'update' });
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
          disabled={state.step === 'reading'}
        />
      )}
      <div aria-live="polite" className="open-pack-status">
        {state.step === 'reading' && <p className="muted">{t('open.reading', { name: state.name })}</p>}
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
            <span lang="de">{a.title}</span>
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
