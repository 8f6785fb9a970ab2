import { defineConfig } from '@playwright/test';
import path from 'node:path';

/** E2E_HOST is set by scripts/e2e.mjs: `electron` where the binary exists, else `web`. */
const host = process.env['E2E_HOST'] === 'electron' ? 'electron' : 'web';
// Overridable so that two runs on one machine (say, a developer's and a bench) don't collide.
const WEB_PORT = Number(process.env['E2E_PORT'] ?? 4317);
const WEB_DIST = path.resolve(process.env['E2E_DIST'] ?? 'dist-web');

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.cache/reports/playwright.json' }]],
  use: { baseURL: `http://localhost:${WEB_PORT}/`, trace: 'off' },
  webServer:
    host === 'web'
      ? {
          command: `npx vite preview --config vite.web.config.ts --outDir ${WEB_DIST} --port ${WEB_PORT} --strictPort --host 127.0.0.1`,
          url: `http://127.0.0.1:${WEB_PORT}/`,
          reuseExistingServer: false,
          timeout: 60_000,
        }
      : undefined,
});
