/**
 * Serves the renderer from app://lesestoff/ rather than file://, so IndexedDB has one
 * stable, secure origin from the first release on (changing it later would strand user data).
 */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { withSecurityHeaders } from './hardening';
import { resolveInside } from './safePath';

export const APP_SCHEME = 'app';
export { APP_ORIGIN } from './ipcGuards';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveInside(rendererDir, new URL(request.url).pathname);
    if (!file) return withSecurityHeaders(new Response('Not found', { status: 404 }));
    return withSecurityHeaders(await net.fetch(pathToFileURL(file).toString()));
  });
}
