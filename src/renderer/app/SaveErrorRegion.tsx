/** The one place failed saves are announced (issue 20): what was not saved, why, Retry and Dismiss. */
import { useTranslation } from 'react-i18next';
import { dismissSaves, retrySaves, useSaveFailures } from '../domain/saveErrors';
import './errors.css';

export function SaveErrorRegion() {
  const { t } = useTranslation();
  const failures = useSaveFailures();
  // The region is always in the page, so screen readers announce what is added to it.
  return (
    <div className="save-errors" role="alert" data-testid="save-errors">
      {failures.map((f) => (
        <div key={f.kind} className="save-error" data-kind={f.kind}>
          <p>
            <strong>{t(`saveError.${f.kind}`, { count: f.count })}</strong> {f.reason === 'quota' ? t('saveError.quota') : t('saveError.other', { message: f.message })}
          </p>
          <div className="save-error-actions">
            <button type="button" onClick={() => void retrySaves(f.kind)}>
              {t('saveError.retry')}
            </button>
            <button type="button" className="secondary" onClick={() => dismissSaves(f.kind)}>
              {t('saveError.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
