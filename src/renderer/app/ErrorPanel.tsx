/**
 * One way of saying that something failed (issue 20), for the startup screen and the error boundaries: what
 * went wrong in the learner's words, the ways out, and a report to copy.
 */
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from './backup';
import { downloadBackup } from './backup';
import { errorMessage, reportText, type ReportContext } from '../domain/errorReport';
import './errors.css';

export interface ErrorPanelProps {
  title: string;
  body: string;
  error: unknown;
  context: ReportContext;
  /** Buttons and links that lead out (retry, back to the library …), shown first. */
  actions: ReactNode;
  /** Reads the learner's data for a backup file; left out where it cannot be read. */
  backup?: () => Promise<Backup | null>;
}

export function ErrorPanel({ title, body, error, context, actions, backup }: ErrorPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const report = reportText(error, context);
  return (
    <section className="error-panel" role="alert" aria-labelledby={`${id}-title`} data-testid="error-panel">
      <h1 id={`${id}-title`}>{title}</h1>
      <p>{body}</p>
      <p className="error-panel-cause muted">{t('errorPanel.cause', { message: errorMessage(error) })}</p>
      <div className="error-panel-actions">
        {actions}
        {backup && <BackupButton backup={backup} />}
        <CopyReportButton report={report} />
      </div>
      <details className="error-panel-report">
        <summary>{t('errorPanel.showReport')}</summary>
        <p className="muted">{t('errorPanel.reportHelp')}</p>
        <textarea readOnly value={report} rows={7} aria-label={t('errorPanel.reportLabel')} />
      </details>
    </section>
  );
}

function CopyReportButton({ report }: { report: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setState('copied');
    } catch {
      // No clipboard permission (an insecure origin, a denied prompt): the report is in the details to copy by hand.
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void copy()}>
        {t('errorPanel.copyReport')}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? t('errorPanel.copied') : state === 'failed' ? t('errorPanel.copyFailed') : ''}
      </span>
    </>
  );
}

function BackupButton({ backup }: { backup: () => Promise<Backup | null> }) {
  const { t } = useTranslation();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  // A second click while the first is still reading would save the file twice.
  const busy = useRef(false);
  const save = async () => {
    if (busy.current) return;
    busy.current = true;
    setState('working');
    const data = await backup().catch(() => null);
    busy.current = false;
    if (!data) return setState('failed');
    downloadBackup(data);
    setState('idle');
  };
  return (
    <>
      <button type="button" className="secondary" onClick={() => void save()} disabled={state === 'working'}>
        {t('errorPanel.exportBackup')}
      </button>
      <span role="status" className="error-text">
        {state === 'failed' ? t('errorPanel.backupFailed') : ''}
      </span>
    </>
  );
}
