/** The screen instead of a blank window when the app cannot start (issue 20): why, and what to do. */
import { useTranslation } from 'react-i18next';
import type { Backup } from './backup';
import { ErrorPanel } from './ErrorPanel';
import type { ReportContext } from '../domain/errorReport';
import { startupProblem } from './startup';

export interface StartupErrorProps {
  error: unknown;
  context: ReportContext;
  /** The learner's data as read from disk, when it could be read: offered as a backup file. */
  backup: Backup | null;
  onRetry: () => void;
}

export function StartupError({ error, context, backup, onRetry }: StartupErrorProps) {
  const { t } = useTranslation();
  const problem = startupProblem(error);
  return (
    <div className="startup-error">
      <ErrorPanel
        title={t('startup.title')}
        body={t(`startup.${problem}`)}
        error={error}
        context={context}
        backup={backup ? () => Promise.resolve(backup) : undefined}
        actions={
          <button type="button" onClick={onRetry} autoFocus>
            {t('startup.retry')}
          </button>
        }
      />
    </div>
  );
}
