import { useTranslation } from 'react-i18next';

export function StartupError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="empty-state">
      <h1>{t('error.title')}</h1>
      <p>{t('error.startup', { message })}</p>
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </div>
  );
}
