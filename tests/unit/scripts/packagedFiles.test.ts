/**
 * The installers' file set (issue 17), built for real with electron-builder's `--dir` target on a stand-in Electron
 * distribution (this machine cannot download Electron): what goes into app.asar and resources/, and the fuses hook.
 */
import { listPackage } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, Platform, type Configuration } from 'electron-builder';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import afterPack, { packedBinary, RELEASE_FUSES, type PackContext } from '../../../scripts/afterPack.mjs';

const electronVersion = '45.4.1';
let asarFiles: string[] = [];
let resourceFiles: string[] = [];
let packContext: PackContext | undefined;

/** Every file under `dir`, relative, with forward slashes. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

beforeAll(async () => {
  // The app as `npm run dist` builds it first.
  const built = spawnSync('npx', ['electron-vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  expect(built.status).toBe(0);
  // An Electron distribution stand-in: the packager copies it and renames the binary, nothing runs it.
  const electronDist = mkdtempSync(path.join(tmpdir(), 'lesestoff-electron-'));
  mkdirSync(path.join(electronDist, 'resources'));
  writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\n');
  chmodSync(path.join(electronDist, 'electron'), 0o755);
  const output = mkdtempSync(path.join(tmpdir(), 'lesestoff-release-'));
  const config = ((await import(pathToFileURL(path.resolve('electron-builder.config.mjs')).href)) as { default: Configuration }).default;
  await build({
    targets: Platform.LINUX.createTarget('dir'),
    // The fuses hook is tested below with its flip replaced: the stand-in binary has no fuses to flip.
    config: { ...config, electronDist, electronVersion, directories: { ...config.directories, output }, afterPack: (context) => void (packContext = context as unknown as PackContext) },
  });
  const appOutDir = path.join(output, 'linux-unpacked');
  asarFiles = listPackage(path.join(appOutDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.split(path.sep).join('/'));
  resourceFiles = filesUnder(path.join(appOutDir, 'resources')).filter((f) => f !== 'app.asar');
}, 600_000);

describe('the packaged app', () => {
  it('holds main, preload and the renderer with its language assets', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(asarFiles).toContain(file);
    expect(asarFiles.some((f) => /^\/out\/renderer\/assets\/de-lexicon\.txt-.*\.gz$/.test(f))).toBe(true);
    expect(asarFiles.some((f) => /^\/out\/renderer\/assets\/de-en\.dict-.*\.bin$/.test(f))).toBe(true);
    // Everything is bundled: the dependencies (React, Dexie, zod …) are not copied a second time.
    expect(asarFiles.filter((f) => f.startsWith('/node_modules/'))).toEqual([]);
  });

  it('holds the bundled articles and the licences of the app and its data', () => {
    const articles = readdirSync('resources/articles').filter((f) => f.endsWith('.txt'));
    expect(resourceFiles.filter((f) => f.startsWith('resources/articles/')).sort()).toEqual(articles.map((f) => `resources/articles/${f}`).sort());
    for (const licence of ['licenses/LICENSE', 'licenses/dict/LICENSE-trans-de-en.txt', 'licenses/dict/GPL-2.txt', 'licenses/dict/LICENSE-dict-freedict-deu-rus.txt', 'licenses/lexicon/LICENSE.txt']) {
      expect(resourceFiles).toContain(licence);
    }
  });

  it('holds nothing from sources, tests, evaluation data or source maps', () => {
    const everything = [...asarFiles, ...resourceFiles.map((f) => `/resources/${f}`)];
    const stray = everything.filter((f) => /^\/(src|tests|eval|scripts|docs|build|release|test-results|dist-web)\//.test(f) || /\.map$|\.tsx?$|\.spec\.|\.test\./.test(f) || f.includes('/eval/'));
    expect(stray).toEqual([]);
  });

  it('runs the afterPack hook on the packed app, where the renamed binary is', () => {
    if (!packContext) throw new Error('afterPack was not called');
    expect(packedBinary(packContext)).toBe(path.join(packContext.appOutDir, 'lesestoff'));
    expect(existsSync(packedBinary(packContext))).toBe(true);
  });
});

describe('afterPack', () => {
  it('sets the release fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar integrity; the app only from the asar', async () => {
    expect(RELEASE_FUSES).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    const flip = vi.fn(() => Promise.resolve(1));
    const packager = { appInfo: { productFilename: 'Lesestoff' }, executableName: 'lesestoff' };
    await afterPack({ appOutDir: '/out/win-unpacked', electronPlatformName: 'win32', arch: 1, packager }, flip);
    await afterPack({ appOutDir: '/out/mac-arm64', electronPlatformName: 'darwin', arch: 3, packager }, flip);
    expect(flip.mock.calls).toEqual([
      [path.join('/out/win-unpacked', 'Lesestoff.exe'), { ...RELEASE_FUSES, resetAdHocDarwinSignature: false }],
      [path.join('/out/mac-arm64', 'Lesestoff.app'), { ...RELEASE_FUSES, resetAdHocDarwinSignature: true }],
    ]);
  });
});
