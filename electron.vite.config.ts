import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { rendererConfig } from './vite.shared.ts';

export default defineConfig({
  main: {
    // zod is bundled into main, so the packaged app needs no node_modules at all (electron-builder.config.mjs).
    build: { externalizeDeps: { exclude: ['zod'] }, rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    // A sandboxed preload cannot load ES modules: one self-contained CommonJS file.
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    ...rendererConfig('src/renderer/electronHost.ts'),
    // Minified like the web build: electron-vite leaves the renderer readable by default (1.68 MB unminified).
    build: { minify: true, rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
  },
});
