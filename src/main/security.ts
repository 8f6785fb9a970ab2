/**
 * Electron's security checklist applied to every window: no navigation away from the app,
 * no new windows, and every permission denied unless a feature asks for it explicitly.
 */
import { app, session, shell, type WebContents } from 'electron';
import { isAllowedExternalUrl } from './hardening';

export function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // The app's own external links open in the user's browser, never inside the app; nothing else opens.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
