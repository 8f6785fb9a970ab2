/**
 * Error boundaries (issue 20): a render error shows what went wrong and a way out instead of a blank window.
 * react-error-boundary rather than our own class: React 19 still needs a class component for this, and the
 * library adds what we would otherwise rewrite (reset when the route changes, a typed fallback render).
 */
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import type { HostInfo } from '../../shared/api';
import type { LesestoffDb } from '../db/database';
import { backupOf } from './backup';
import { ErrorPanel } from './ErrorPanel';
import { hrefOf, type Route } from '../domain/route';

/**
 * Around each screen: a broken record takes down the screen that shows it, not the sidebar, so the learner
 * can go elsewhere; going to another screen clears the error.
 */
export function ScreenBoundary({ route, db, host, children }: { route: Route; db: LesestoffDb; host: HostInfo; children: ReactNode }) {
  return (
    <ErrorBoundary
      resetKeys={[route]}
      fallbackRender={({ error, resetErrorBoundary }) => <ScreenFallback error={error} route={route} db={db} host={host} onRetry={resetErrorBoundary} />}
    >
      {children}
    </ErrorBoundary>
  );
}

function ScreenFallback({ error, route, db, host, onRetry }: { error: unknown; route: Route; db: LesestoffDb; host: HostInfo; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <ErrorPanel
      title={t('screenError.title')}
      body={t('screenError.body')}
      error={error}
      context={{ appVersion: host.appVersion, hostKind: host.kind, where: `screen ${route.screen}` }}
      backup={() => backupOf(db)}
      actions={
        <>
          {route.screen !== 'library' && (
            <a className="button-link" href={hrefOf({ screen: 'library' })}>
              {t('backToLibrary')}
            </a>
          )}
          <button type="button" className={route.screen === 'library' ? undefined : 'secondary'} onClick={onRetry}>
            {t('screenError.retry')}
          </button>
        </>
      }
    />
  );
}

/** Around the whole app: the last resort when the shell itself fails. */
export function RootBoundary({ db, host, children }: { db: LesestoffDb; host: HostInfo; children: ReactNode }) {
  return <ErrorBoundary fallbackRender={({ error }) => <RootFallback error={error} db={db} host={host} />}>{children}</ErrorBoundary>;
}

function RootFallback({ error, db, host }: { error: unknown; db: LesestoffDb; host: HostInfo }) {
  const { t } = useTranslation();
  return (
    <div className="startup-error">
      <ErrorPanel
        title={t('rootError.title')}
        body={t('rootError.body')}
        error={error}
        context={{ appVersion: host.appVersion, hostKind: host.kind, where: `app at ${window.location.hash || '#/'}` }}
        backup={() => backupOf(db)}
        actions={
          <button type="button" onClick={() => window.location.reload()} autoFocus>
            {t('rootError.reload')}
          </button>
        }
      />
    </div>
  );
}
