import { defineConfig } from '@playwright/test';

/** E2E_HOST is set by scripts/e2e.mjs: `electron` where the binary exists, else `web`. */
const host = process.env['E2E_HOST'] === 'electron' ? 'electron' : 'web';
export const WEB_PORT = 4317;

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
          command: `npx vite preview --config vite.web.config.ts --port ${WEB_PORT} --strictPort --host 127.0.0.1`,
          url: `http://127.0.0.1:${WEB_PORT}/`,
          reuseExistingServer: false,
          timeout: 60_000,
        }
      : undefined,
});
