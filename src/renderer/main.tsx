import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import i18next from 'i18next';
import { hostApi, hostEvents } from '@host';
import type { HostInfo } from '../shared/api';
import { AppContext, type AppServices } from './domain/AppContext';
import { receiveOpenedPacks } from './domain/openedPacks';
import { App } from './app/App';
import { readableBackup } from './app/backup';
import { RootBoundary } from './app/ErrorBoundaries';
import { StartupError } from './app/StartupError';
import { rememberedUiLanguage, rememberUiLanguage, startupProblem, startupStep } from './app/startup';
import { startAutoBackup } from './db/autoBackup';
import { openDatabase, openReady } from './db/database';
import { reprepareStale } from './db/prepared';
import { isBundledId, seedBundledArticles } from './db/seedBundled';
import { initI18n, pickUiLanguage } from './i18n/i18n';
import { warmUpEngine } from './workers/engineClient';
import { fetchReadingsAhead } from './workers/readingsAsset';
import { markStart } from './workers/startMarks';
import { loadComfort, loadSetting } from './domain/settingsStore';
import { parseRoute } from './domain/route';
import { applyComfort, comfortForFirstPaint, followSystemTheme } from './domain/readingComfort';
import './styles.css';

async function start(): Promise<void> {
  // The engine's assets load in the worker while the database opens and the library is drawn (issue 19): the first
  // article's words are then clickable about when the library shows, instead of a few seconds after it.
  markStart('app');
  // Opened at an article, whose first click reads the glossary: its loading starts with the worker's (issue 19).
  const route = parseRoute(location.hash);
  warmUpEngine(route.screen === 'reader');
  // A bundled one is drawn from the reading the app ships: fetched while the database opens, not after (issue 19).
  if (route.screen === 'reader' && isBundledId(route.articleId)) fetchReadingsAhead();
  // Theme and reader typography before anything paints: first the cached copy, then the saved settings.
  applyComfort(comfortForFirstPaint());
  followSystemTheme();
  const root = createRoot(document.getElementById('root')!);
  // Every step that can fail is inside the try, so a failure shows the startup screen, never a blank window (issue 20).
  let host: HostInfo = { kind: 'web', appVersion: '?', locale: navigator.language };
  const db = openDatabase();
  try {
    host = await hostApi.getHostInfo();
    await startupStep('open', () => openReady(db));
    const [comfort, uiLanguage] = await startupStep('settings', () => Promise.all([loadComfort(db), loadSetting(db, 'uiLanguage')]));
    applyComfort(comfort);
    await initI18n(pickUiLanguage(uiLanguage, host.locale));
    await startupStep('library', async () => seedBundledArticles(db, await hostApi.listBundledArticles()));
  } catch (error) {
    db.close();
    await showStartupError(root, error, host);
    return;
  }
  // Ask the browser not to evict the learner's data under storage pressure.
  void navigator.storage?.persist?.();
  rememberUiLanguage(i18next.language);
  i18next.on('languageChanged', rememberUiLanguage);
  const services: AppServices = { api: hostApi, db, host };
  root.render(
    <StrictMode>
      <RootBoundary db={db} host={host}>
        <AppContext.Provider value={services}>
          <App />
        </AppContext.Provider>
      </RootBoundary>
    </StrictMode>,
  );
  document.body.dataset['ready'] = 'true';
  // Articles prepared by an older engine are prepared again in the background; screens use the stored body meanwhile.
  // Not the learner's work but derived from it: what fails now is tried again at the next start.
  void reprepareStale(db).catch(() => undefined);
  // A daily backup in the user-data folder (issue 17); a web page has no folder of its own.
  if (host.kind === 'electron') startAutoBackup(db, (json) => hostApi.saveAutoBackup(json));
  // A pack opened from the file manager goes to the Open-a-pack screen, which checks it like a picked file.
  receiveOpenedPacks(hostApi, hostEvents, () => window.location.assign('#/packs'));
}

async function showStartupError(root: Root, error: unknown, host: HostInfo): Promise<void> {
  if (!i18next.isInitialized) await initI18n(pickUiLanguage(rememberedUiLanguage(), host.locale));
  // A blocked open is still waiting in the queue; a second open would wait behind it, so no backup is read then.
  const backup = startupProblem(error) === 'blocked' ? null : await readableBackup();
  root.render(<StartupError error={error} backup={backup} context={{ appVersion: host.appVersion, hostKind: host.kind, where: 'startup' }} onRetry={() => window.location.reload()} />);
  document.body.dataset['ready'] = 'failed';
}

void start();
