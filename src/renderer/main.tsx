import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { hostApi } from '@host';
import { AppContext, type AppServices } from './app/AppContext';
import { App } from './app/App';
import { openDatabase } from './db/database';
import { seedBundledArticles } from './db/seedBundled';
import { initI18n, pickUiLanguage } from './i18n/i18n';
import { loadComfort, loadSetting } from './settings/settingsStore';
import { applyComfort, comfortForFirstPaint, followSystemTheme } from './settings/readingComfort';
import { StartupError } from './app/StartupError';
import './styles.css';

async function start(): Promise<void> {
  // Theme and reader typography before anything paints: first the cached copy, then the saved settings.
  applyComfort(comfortForFirstPaint());
  followSystemTheme();
  const root = createRoot(document.getElementById('root')!);
  const db = openDatabase();
  applyComfort(await loadComfort(db));
  // Ask the browser not to evict the learner's data under storage pressure.
  void navigator.storage?.persist?.();
  const host = await hostApi.getHostInfo();
  await initI18n(pickUiLanguage(await loadSetting(db, 'uiLanguage'), host.locale));
  try {
    await seedBundledArticles(db, await hostApi.listBundledArticles());
  } catch (error) {
    root.render(<StartupError error={error} onRetry={() => window.location.reload()} />);
    return;
  }
  const services: AppServices = { api: hostApi, db, host };
  root.render(
    <StrictMode>
      <AppContext.Provider value={services}>
        <App />
      </AppContext.Provider>
    </StrictMode>,
  );
  document.body.dataset['ready'] = 'true';
}

void start();
