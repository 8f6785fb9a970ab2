import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { rendererConfig } from './vite.shared.ts';

/** The same renderer as a web page, with the browser host in place of the Electron preload. */
export default defineConfig({
  ...rendererConfig('src/web/browserHost.ts'),
  base: './',
  // Bundled texts stay files: the CSP does not let fetch() read data: URLs.
  build: { outDir: resolve('dist-web'), emptyOutDir: true, assetsInlineLimit: 0 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
