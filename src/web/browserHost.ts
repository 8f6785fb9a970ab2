/**
 * Browser host: the same LesestoffApi as the Electron preload, for `npm run web` and the
 * end-to-end tests on machines without an Electron binary. Bundled files are emitted by
 * Vite as assets and fetched from the page's own origin.
 */
import { bundledArticleSchema, type LesestoffApi, type LesestoffEvents } from '../shared/api';

const articleUrls = import.meta.glob('../../resources/articles/*.txt', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export const hostApi: LesestoffApi = {
  getHostInfo: async () => ({ kind: 'web', appVersion: __APP_VERSION__, locale: navigator.language }),
  listBundledArticles: () =>
    Promise.all(
      Object.entries(articleUrls)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(async ([path, url]) => bundledArticleSchema.parse({ id: path.replace(/^.*\//, '').replace(/\.txt$/, ''), text: await fetchText(url) })),
    ),
  // A browser page is opened by no file manager and has no user-data folder: the backup is the Settings download.
  takeOpenedFiles: async () => [],
  saveAutoBackup: async () => ({ saved: false, file: null }),
};

export const hostEvents: LesestoffEvents = { didOpenFiles: () => () => undefined };
