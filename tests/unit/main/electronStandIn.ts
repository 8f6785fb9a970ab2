/**
 * A small stand-in for the `electron` module, so src/main runs in Node under Vitest (no Electron binary here).
 * It records what main registers — protocol handlers, IPC handlers, session handlers, app events, windows —
 * and lets a test play the operating system or a page: fire `second-instance`, call an IPC channel, navigate.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export class FakeWebContents extends EventEmitter {
  readonly sent: string[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  send(channel: string): void {
    this.sent.push(channel);
  }
  setWindowOpenHandler(handler: FakeWebContents['windowOpenHandler']): void {
    this.windowOpenHandler = handler;
  }
  /** What Electron does when a page navigates: asks `will-navigate` listeners, who may prevent it. */
  navigate(url: string): boolean {
    let prevented = false;
    this.emit('will-navigate', { preventDefault: () => (prevented = true), url }, url);
    return !prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static windows: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.windows;
  }
  readonly webContents = new FakeWebContents();
  loadedUrl = '';
  minimized = false;
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.windows.push(this);
    standIn.app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {}
  focus(): void {
    this.focused++;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  hasLock = true;
  quitCalls = 0;
  userData = '/tmp/lesestoff-stand-in';
  private ready!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** The test says when the app is ready, after it has played what happens before (argv, open-file). */
  becomeReady(): void {
    this.ready();
  }
  requestSingleInstanceLock(): boolean {
    return this.hasLock;
  }
  quit(): void {
    this.quitCalls++;
  }
  getAppPath(): string {
    return process.cwd();
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`stand-in has no path ${name}`);
    return this.userData;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getLocale(): string {
    return 'de';
  }
  getPreferredSystemLanguages(): string[] {
    return ['de-DE'];
  }
}

export interface IpcEvent {
  senderFrame: { url: string } | null;
}

function createStandIn() {
  const ipcHandlers = new Map<string, (event: IpcEvent, ...args: unknown[]) => Promise<unknown>>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const privileged: { scheme: string }[] = [];
  type PermissionRequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
  type PermissionCheckHandler = (wc: unknown, permission: string) => boolean;
  const session = {
    permissionRequestHandler: null as PermissionRequestHandler | null,
    permissionCheckHandler: null as PermissionCheckHandler | null,
    setPermissionRequestHandler(handler: PermissionRequestHandler) {
      session.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler) {
      session.permissionCheckHandler = handler;
    },
  };
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handle(channel: string, handler: (event: IpcEvent, ...args: unknown[]) => Promise<unknown>) {
        ipcHandlers.set(channel, handler);
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: { scheme: string }[]) {
        privileged.push(...schemes);
      },
      handle(scheme: string, handler: (request: Request) => Promise<Response>) {
        protocolHandlers.set(scheme, handler);
      },
    },
    // Electron's net.fetch reads file:// URLs; Node's fetch does not, so the stand-in reads the file.
    net: {
      async fetch(url: string): Promise<Response> {
        try {
          return new Response(await readFile(fileURLToPath(url)), { status: 200 });
        } catch {
          return new Response('missing', { status: 404 });
        }
      },
    },
    session: { defaultSession: session },
    shell: { opened: [] as string[], openExternal(url: string) {
      standIn.shell.opened.push(url);
      return Promise.resolve();
    } },
    // What the test reads back.
    recorded: { ipcHandlers, protocolHandlers, privileged },
  };
}

export const standIn = createStandIn();
export type ElectronStandIn = typeof standIn;

/** Calls an IPC channel as a page at `frameUrl` would. */
export function invoke(channel: string, frameUrl: string | null, ...args: unknown[]): Promise<unknown> {
  const handler = standIn.recorded.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, ...args);
}
