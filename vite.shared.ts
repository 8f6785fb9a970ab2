/** Settings both renderer builds share: the Electron renderer and the browser host. */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

const pkg = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };

/** `hostModule` is the platform variant the build picks for the `@host` import. */
export function rendererConfig(hostModule: string): UserConfig {
  return {
    root: resolve('src/renderer'),
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    resolve: { alias: { '@host': resolve(hostModule) } },
    // Core modules do nothing when imported (data in, data out: no statement runs at their top level but a
    // declaration), so a worker keeps only the core it uses: through core's one public API, the glossary's loading
    // thread also compiled zod and the German word lists, 150 kB instead of 9 kB, before it could index the keys
    // (issue 19).
    worker: { format: 'es', rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /\/src\/core\//, sideEffects: false }] } } },
  };
}
