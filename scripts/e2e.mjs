// End-to-end tests on the best host this machine has: Electron where its binary exists,
// otherwise the web build in Debian's Chromium. Says which one it tested.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { electronBinary } from './electronBinary.mjs';

const electron = electronBinary();
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
mkdirSync('tests/e2e/screenshots', { recursive: true });

let host;
if (electron.path) {
  host = 'electron';
  console.log(`E2E host: Electron (${electron.path}) via _electron.launch`);
  if (run('npx', ['electron-vite', 'build'])) process.exit(1);
} else if (existsSync(chromium)) {
  host = 'web';
  console.log(`E2E host: web build in Chromium (${chromium}); no Electron binary: ${electron.missing}`);
  // Absolute: Vite resolves a relative outDir against its root (src/renderer).
  const outDir = path.resolve(process.env.E2E_DIST ?? 'dist-web');
  if (run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'])) process.exit(1);
} else {
  console.error(`E2E: neither an Electron binary (${electron.missing}) nor Chromium at ${chromium}. Install it: apt-get install -y chromium`);
  process.exit(1);
}
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)], { E2E_HOST: host }));
