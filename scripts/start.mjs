// `npm start`: the desktop app. When Electron's binary is missing it is downloaded first (with a progress line and a
// time limit); the web host (same renderer, data in the browser profile) is the fallback only when that cannot work,
// and the one line before it says why (offline, proxy, timeout, unsupported Node). The decision is startDecision.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { electronBinary } from './electronBinary.mjs';
import { decideStart, minimumNodeOf } from './startDecision.mjs';

const DOWNLOAD_TIME_LIMIT_MS = 10 * 60_000;
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const run = (cmd, args) => spawn(cmd, args, { stdio: 'inherit', shell: false }).on('exit', (code) => process.exit(code ?? 0));

/** Fetches the binary with @electron/get into its cache, then lets electron's own install.js unpack it from there. */
async function downloadElectron({ signal }) {
  const electronPkg = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8'));
  const checksums = JSON.parse(readFileSync('node_modules/electron/checksums.json', 'utf8'));
  const { downloadArtifact } = await import('@electron/get');
  const tty = process.stdout.isTTY;
  let shown = -1;
  const progress = ({ transferred, total, percent }) => {
    const step = Math.floor(percent * 100);
    if (step === shown || (!tty && step % 10 !== 0)) return;
    shown = step;
    const size = total ? ` of ${(total / 1e6).toFixed(0)} MB` : '';
    const line = `Downloading Electron ${electronPkg.version}: ${step}%${size} (${(transferred / 1e6).toFixed(1)} MB)`;
    process.stdout.write(tty ? `\r${line}` : `${line}\n`);
  };
  console.log(`Electron's binary is not installed yet: downloading it (time limit ${DOWNLOAD_TIME_LIMIT_MS / 60_000} min).`);
  await downloadArtifact({
    version: electronPkg.version,
    artifactName: 'electron',
    platform: process.env.ELECTRON_INSTALL_PLATFORM || process.env.npm_config_platform || process.platform,
    arch: process.env.ELECTRON_INSTALL_ARCH || process.env.npm_config_arch || process.arch,
    cacheRoot: process.env.electron_config_cache,
    checksums,
    downloadOptions: { quiet: true, signal, getProgressCallback: progress },
  });
  if (tty) process.stdout.write('\n');
  const unpack = spawnSync(process.execPath, ['node_modules/electron/install.js'], { stdio: 'inherit' });
  if (unpack.status !== 0) throw new Error(`electron's install.js could not unpack the download (exit ${unpack.status})`);
}

const decision = await decideStart({
  nodeVersion: process.version,
  minimumNode: minimumNodeOf(pkg.engines?.node),
  findBinary: electronBinary,
  download: downloadElectron,
  timeoutMs: DOWNLOAD_TIME_LIMIT_MS,
  env: process.env,
});

if (decision.host === 'electron') {
  if (decision.warning) console.log(`Warning: ${decision.warning}.`);
  run('npx', ['electron-vite', 'preview']);
} else {
  console.log(`Electron cannot start: ${decision.reason}.`);
  console.log('Starting the web host instead (same renderer, same features, data kept in this browser profile).');
  run(process.execPath, ['scripts/web.mjs']);
}
