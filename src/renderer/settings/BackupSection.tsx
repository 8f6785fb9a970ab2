/**
 * Backup and restore in Settings (issue 17): one file with everything the learner made, and a restore that shows
 * what a file holds and from when before it changes anything, with the choice to replace this profile's data or
 * merge the file into it. A bad or foreign file gets a message and changes nothing (db/backup.ts checks it whole).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../domain/AppContext';
import { BACKUP_TABLES, backupFileName, backupOf, previewBackupFile, restoreBackup, type BackupError, type BackupPreview, type BackupTable, type RestoreMode } from '../db/backup';
import { downloadFile } from '../ui/download';
import { FilePickButton } from '../ui/FilePickButton';
import './backup.css';

type State =
  | { step: 'idle' }
  | { step: 'preview'; name: string; preview: Extract<BackupPreview, { ok: true }>; mode: RestoreMode }
  | { step: 'restoring' }
  | { step: 'error'; name: string; error: BackupError }
  | { step: 'done'; added: Record<BackupTable, number>; mode: RestoreMode };

export function BackupSection() {
  const { t, i18n } = useTranslation('settings');
  const { db } = useServices();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [exportFailed, setExportFailed] = useState(false);

  const exportBackup = async () => {
    try {
      const backup = await backupOf(db);
      downloadFile(backupFileName(backup), JSON.stringify(backup), 'application/json');
      setExportFailed(false);
    } catch {
      setExportFailed(true);
    }
  };

  const open = async (file: File) => {
    const preview = await previewBackupFile(file, db.verno);
    if (preview.ok) setState({ step: 'preview', name: file.name, preview, mode: 'merge' });
    else setState({ step: 'error', name: file.name, error: preview.error });
  };

  const restore = async () => {
    if (state.step !== 'preview') return;
    const { preview, mode, name } = state;
    setState({ step: 'restoring' });
    const result = await restoreBackup(db, preview.backup, mode);
    setState(result.ok ? { step: 'done', added: result.added, mode } : { step: 'error', name, error: result.error });
  };

  const dateTime = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'long', timeStyle: 'short' });

  return (
    <section aria-labelledby="backup-title" className="backup">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p className="muted">{t('backup.intro')}</p>
      <div className="backup-actions">
        <button type="button" onClick={() => void exportBackup()} data-testid="export-backup">
          {t('backup.export')}
        </button>
        <FilePickButton inputId="restore-backup-file" accept=".json,application/json" className="secondary" testId="choose-backup" onFiles={([file]) => void open(file!)}>
          {t('backup.choose')}
        </FilePickButton>
      </div>
      {exportFailed && (
        <p role="alert" className="backup-error">
          {t('backup.exportFailed')}
        </p>
      )}
      <div aria-live="polite">
        {state.step === 'preview' && (
          <div className="backup-preview" data-testid="backup-preview">
            <h3>{t('backup.preview.title', { name: state.name })}</h3>
            <p>{t('backup.preview.from', { date: dateTime(state.preview.summary.exportedAt) })}</p>
            <ul>
              {BACKUP_TABLES.map((table) => (
                <li key={table} data-testid={`backup-count-${table}`}>
                  {t(`backup.count.${table}`, { count: state.preview.summary.counts[table] })}
                </li>
              ))}
            </ul>
            <fieldset className="choice-group">
              <legend>{t('backup.mode.label')}</legend>
              {(['merge', 'replace'] as const).map((mode) => (
                <label key={mode} className="choice">
                  <input type="radio" name="restore-mode" value={mode} checked={state.mode === mode} onChange={() => setState({ ...state, mode })} />
                  <span>
                    {t(`backup.mode.${mode}`)}
                    <span className="muted"> {t(`backup.mode.${mode}Help`)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <div className="backup-actions">
              <button type="button" onClick={() => void restore()} data-testid="restore-backup">
                {t(state.mode === 'replace' ? 'backup.restoreReplace' : 'backup.restoreMerge')}
              </button>
              <button type="button" className="secondary" onClick={() => setState({ step: 'idle' })}>
                {t('backup.cancel')}
              </button>
            </div>
          </div>
        )}
        {state.step === 'restoring' && <p className="muted">{t('backup.restoring')}</p>}
        {state.step === 'error' && (
          <div className="backup-error" role="alert" data-testid="backup-error" data-code={state.error.code}>
            <strong>{t('backup.failed', { name: state.name })}</strong>
            <p>{t(`backup.error.${state.error.code}`)}</p>
            <p className="muted">{t('backup.unchanged')}</p>
            <details className="error-details">
              <summary>{t('backup.details')}</summary>
              <code>{state.error.message}</code>
            </details>
          </div>
        )}
        {state.step === 'done' && (
          <p role="status" className="backup-done" data-testid="backup-restored">
            {t(state.mode === 'replace' ? 'backup.doneReplace' : 'backup.doneMerge', { count: state.added.vocabulary })}
          </p>
        )}
      </div>
    </section>
  );
}
