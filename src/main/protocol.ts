/**
 * Serves the renderer from app://lesestoff/ rather than file://, so IndexedDB has one
 * stable, secure origin from the first release on (changing it later would strand user data).
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { withSecurityHeaders } from './hardening';
import { resolveInside } from './safePath';

export const APP_SCHEME = 'app';
const APP_HOST = 'lesestoff';
export { APP_ORIGIN } from './ipcGuards';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    // Only the app's own host: app://anything-else/ is no page of ours, whatever path it asks for.
    const file = url.host === APP_HOST ? resolveInside(rendererDir, url.pathname) : null;
    if (!file) return withSecurityHeaders(new Response('Not found', { status: 404 }));
    return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()));
  });
}
