import { app, BrowserWindow } from 'electron';
import path from 'node:path';
import { readBundledArticles } from '../node/bundledLibrary';
import { saveAutoBackup } from './autoBackup';
import { devServerUrlOf } from './hardening';
import { registerIpcHandlers } from './ipc';
import { OpenedFiles, packPathsIn } from './openedFiles';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './protocol';
import { hardenSessions } from './security';
import type { LesestoffApi } from '../shared/api';
import { eventChannelOf } from '../shared/apiMethods';

// electron-vite sets this while `electron-vite dev` serves the renderer with hot reload; a packaged build ignores it.
const devServerUrl = devServerUrlOf(process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');

registerAppScheme();

// Packs opened from the OS wait here until the page takes them; a window that exists is told at once.
const openedFiles = new OpenedFiles(() => BrowserWindow.getAllWindows()[0]?.webContents.send(eventChannelOf('didOpenFiles')));
openedFiles.add(packPathsIn(process.argv.slice(1), process.cwd()));

const api: LesestoffApi = {
  getHostInfo: async () => ({ kind: 'electron', appVersion: app.getVersion(), locale: app.getPreferredSystemLanguages()[0] ?? app.getLocale() }),
  listBundledArticles: () => readBundledArticles(path.join(resourcesDir, 'articles')),
  takeOpenedFiles: () => openedFiles.take(),
  saveAutoBackup: (json) => saveAutoBackup(path.join(app.getPath('userData'), 'backups'), json),
};

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1200,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Lesestoff',
    webPreferences: {
      preload: path.join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

function focusWindow(): void {
  const win = BrowserWindow.getAllWindows()[0];
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

// One instance only (issue 20): a second one cannot open the locked IndexedDB and would show an empty window.
// It hands its files over to the first, which brings its window to the front, and quits.
// (The lock is per user-data folder, so test runs with their own profiles still run side by side.)
const firstInstance = app.requestSingleInstanceLock();
if (!firstInstance) app.quit();

app.on('second-instance', (_event, argv, workingDirectory) => {
  openedFiles.add(packPathsIn(argv.slice(1), workingDirectory));
  focusWindow();
});

// macOS sends a double-clicked pack as an event, before or after the app is ready, never in argv.
app.on('open-file', (event, file) => {
  event.preventDefault();
  openedFiles.add(packPathsIn([file], process.cwd()));
  focusWindow();
});

void app.whenReady().then(() => {
  if (!firstInstance) return;
  hardenSessions();
  serveRenderer(path.join(import.meta.dirname, '../renderer'));
  registerIpcHandlers(api, devServerUrl);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
