// Where the Electron binary would be, without require('electron'): electron >= 45
// downloads it on first require, which fails (slowly) on machines without internet.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function electronBinary() {
  const dir = path.resolve('node_modules/electron');
  const pathFile = path.join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const exe = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return existsSync(exe) ? { path: exe } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no electron binary (${exe})` };
  }
  if (!existsSync(pathFile)) return { missing: 'the electron package has not downloaded its binary (no node_modules/electron/path.txt); it needs internet access' };
  const exe = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? { path: exe } : { missing: `the Electron binary is missing at ${exe}` };
}
