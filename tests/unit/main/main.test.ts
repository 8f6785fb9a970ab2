/**
 * src/main/index.ts run in Node against the electron stand-in (issue 17): what the app serves, whom it answers,
 * what it refuses, and how a pack opened from the operating system reaches the page.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiMethods, channelOf, eventChannelOf } from '../../../src/shared/apiMethods';
import { CONTENT_SECURITY_POLICY, EXTERNAL_LINKS } from '../../../src/main/hardening';
import { FakeBrowserWindow, invoke, standIn } from './electronStandIn';

vi.mock('electron', async () => (await import('./electronStandIn')).standIn);

const PAGE = 'app://lesestoff/index.html';
const dir = mkdtempSync(path.join(tmpdir(), 'lesestoff-main-'));
// Invented pack files: main hands over bytes, the renderer's pack reader judges them.
const atLaunch = path.join(dir, 'Unterricht Woche 3.lesestoff');
const fromFinder = path.join(dir, 'finder.LESESTOFF');
const secondLaunch = path.join(dir, 'zweiter Start.lesestoff');
writeFileSync(atLaunch, 'PK launch');
writeFileSync(fromFinder, 'PK finder');
writeFileSync(secondLaunch, 'PK second');

const window = (): FakeBrowserWindow => {
  const win = FakeBrowserWindow.windows[0];
  if (!win) throw new Error('no window');
  return win;
};
const serve = (url: string): Promise<Response> => {
  const handler = standIn.recorded.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// is not served');
  return handler(new Request(url));
};
const take = async () => (await invoke(channelOf('takeOpenedFiles'), PAGE)) as { name: string; bytes?: Uint8Array; error?: string }[];
const decoded = (files: { bytes?: Uint8Array }[]) => files.map((f) => (f.bytes ? new TextDecoder().decode(f.bytes) : null));

const argv = process.argv;
beforeAll(async () => {
  standIn.app.userData = path.join(dir, 'userData');
  // As the OS starts the app for a double-clicked pack: the file is an argument (with flags around it).
  process.argv = [argv[0] ?? 'electron', '.', '--no-sandbox-is-not-ours', atLaunch];
  await import('../../../src/main/index');
  process.argv = argv;
  // macOS gives a double-clicked file as an event, possibly before the app is ready.
  let prevented = false;
  standIn.app.emit('open-file', { preventDefault: () => (prevented = true) }, fromFinder);
  expect(prevented).toBe(true);
  standIn.app.becomeReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.windows).toHaveLength(1));
});
afterAll(() => {
  process.argv = argv;
});

describe('the window', () => {
  it('loads the app from app://lesestoff with isolation, the sandbox and no Node', () => {
    expect(window().loadedUrl).toBe(PAGE);
    expect(window().options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(standIn.recorded.privileged).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ secure: true, standard: true }) })]);
  });
});

describe('the app:// protocol', () => {
  it('serves the renderer with the CSP header', async () => {
    const response = await serve(PAGE);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(readFileSync('src/renderer/index.html', 'utf8'));
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    // The URL parser folds plain and %2e dot segments, so these stay inside the renderer folder and find nothing there.
    'app://lesestoff/../main/index.ts',
    'app://lesestoff/%2e%2e/main/index.ts',
    // An encoded slash survives the parser: main/index.ts really is next to the renderer folder here.
    'app://lesestoff/..%2fmain%2findex.ts',
    'app://lesestoff/assets/..%2f..%2fmain/index.ts',
    'app://lesestoff/%252e%252e%252fmain%252findex.ts',
    // Another host of the same scheme is not the app.
    'app://evil/index.html',
    'app://lesestoff.evil/index.html',
  ])('refuses %s', async (url) => {
    const response = await serve(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('import');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('IPC', () => {
  it('registers one handler per API method and answers the app page', async () => {
    expect([...standIn.recorded.ipcHandlers.keys()].sort()).toEqual(apiMethods.map(channelOf).sort());
    expect(await invoke(channelOf('getHostInfo'), PAGE)).toEqual({ kind: 'electron', appVersion: '0.0.0-test', locale: 'de-DE' });
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['another app:// host', 'app://lesestoff.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['no frame (a destroyed page)', null],
  ])('refuses a call from %s', async (_what, url) => {
    await expect(invoke(channelOf('getHostInfo'), url)).rejects.toThrow(/untrusted/);
    await expect(invoke(channelOf('takeOpenedFiles'), url)).rejects.toThrow(/untrusted/);
  });

  it.each([
    ['getHostInfo', ['unexpected']],
    ['listBundledArticles', [{ dir: '/etc' }]],
    ['saveAutoBackup', [42]],
    ['saveAutoBackup', []],
    ['saveAutoBackup', ['{"format":"lesestoff-backup"}', 'extra']],
  ] as const)('refuses %s with invalid arguments %j', async (method, args) => {
    await expect(invoke(channelOf(method), PAGE, ...args)).rejects.toThrow();
  });

  it('lists the bundled articles from resources/', async () => {
    const articles = (await invoke(channelOf('listBundledArticles'), PAGE)) as { id: string; text: string }[];
    const files = readdirSync('resources/articles').filter((f) => f.endsWith('.txt'));
    expect(articles.map((a) => `${a.id}.txt`)).toEqual(files.sort());
    expect(articles.every((a) => a.text.length > 0)).toBe(true);
  });

  it('keeps an automatic backup in the user-data folder, once a day', async () => {
    const json = JSON.stringify({ format: 'lesestoff-backup', tables: {} });
    const first = (await invoke(channelOf('saveAutoBackup'), PAGE, json)) as { saved: boolean; file: string };
    expect(first.saved).toBe(true);
    expect(path.dirname(first.file)).toBe(path.join(dir, 'userData', 'backups'));
    expect(readFileSync(first.file, 'utf8')).toBe(json);
    expect(await invoke(channelOf('saveAutoBackup'), PAGE, json)).toEqual({ saved: false, file: first.file });
    await expect(invoke(channelOf('saveAutoBackup'), PAGE, '{"format":"something else"}')).rejects.toThrow(/Not a Lesestoff backup/);
  });
});

describe('navigation, new windows and permissions', () => {
  it('denies navigation away from the app', () => {
    expect(window().webContents.navigate('https://evil.example/')).toBe(false);
    expect(window().webContents.navigate('app://lesestoff/index.html#/library')).toBe(false);
  });

  it('opens no new window, and hands only the credits links to the browser', () => {
    const open = window().webContents.windowOpenHandler;
    if (!open) throw new Error('no window-open handler');
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: EXTERNAL_LINKS[0] ?? '' })).toEqual({ action: 'deny' });
    expect(standIn.shell.opened).toEqual([EXTERNAL_LINKS[0]]);
  });

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read'])('denies the permission %s', (permission) => {
    const { permissionRequestHandler, permissionCheckHandler } = standIn.session.defaultSession;
    const granted = vi.fn();
    permissionRequestHandler?.(window().webContents, permission, granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(permissionCheckHandler?.(window().webContents, permission)).toBe(false);
  });
});

describe('packs opened from the operating system', () => {
  it('hands the page the files given at launch and by open-file, once', async () => {
    const files = await take();
    expect(files.map((f) => f.name)).toEqual(['Unterricht Woche 3.lesestoff', 'finder.LESESTOFF']);
    expect(decoded(files)).toEqual(['PK launch', 'PK finder']);
    expect(await take()).toEqual([]);
  });

  it('a second launch focuses the window, tells the page and hands over its file', async () => {
    const win = window();
    win.minimized = true;
    const focused = win.focused;
    standIn.app.emit('second-instance', {}, ['/opt/Lesestoff/lesestoff', '--flag', 'zweiter Start.lesestoff', 'notes.txt'], dir);
    expect(win.minimized).toBe(false);
    expect(win.focused).toBe(focused + 1);
    expect(win.webContents.sent).toContain(eventChannelOf('didOpenFiles'));
    const files = await take();
    expect(files.map((f) => f.name)).toEqual(['zweiter Start.lesestoff']);
    expect(decoded(files)).toEqual(['PK second']);
  });

  it('a second launch without a file only focuses the window', async () => {
    const sent = window().webContents.sent.length;
    standIn.app.emit('second-instance', {}, ['/opt/Lesestoff/lesestoff'], dir);
    expect(window().webContents.sent).toHaveLength(sent);
    expect(await take()).toEqual([]);
  });

  it('says which file it could not read instead of failing the others', async () => {
    standIn.app.emit('second-instance', {}, ['/opt/Lesestoff/lesestoff', 'weg.lesestoff', secondLaunch], dir);
    const files = await take();
    expect(files.map((f) => [f.name, f.error ?? 'read'])).toEqual([
      ['weg.lesestoff', 'unreadable'],
      ['zweiter Start.lesestoff', 'read'],
    ]);
  });
});
