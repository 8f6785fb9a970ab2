// Installers (issue 17): AppImage and deb for Linux, NSIS for Windows, dmg for macOS. `npm run dist` builds the app
// (electron-vite) and then the installers for the platform it runs on; the packaged file set is checked by
// tests/unit/scripts/packagedFiles.test.ts.

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.lesestoff.app',
  productName: 'Lesestoff',
  executableName: 'lesestoff',
  copyright: 'Lesestoff contributors, GPL-3.0-or-later',
  directories: { output: 'release', buildResources: 'build' },
  // The built app only: main, preload and the renderer (which carries the lexicon, dictionaries and NER model as
  // Vite assets). Everything they use is bundled, so no node_modules go in; source maps, tests and eval data stay out.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json', '!**/*.map', '!node_modules/**'],
  // Main reads the bundled articles from resources/ (src/main/index.ts); the licences go along with the data.
  extraResources: [
    { from: 'resources/articles', to: 'resources/articles', filter: ['*.txt'] },
    { from: 'LICENSE', to: 'licenses/LICENSE' },
    { from: 'resources/dict', to: 'licenses/dict', filter: ['LICENSE*.txt', 'GPL-2.txt'] },
    { from: 'resources/lexicon', to: 'licenses/lexicon', filter: ['LICENSE*.txt'] },
  ],
  asar: true,
  // No native modules, and none are packaged: nothing to rebuild against Electron's headers (which need a download).
  npmRebuild: false,
  afterPack: './scripts/afterPack.mjs',
  fileAssociations: [
    { ext: 'lesestoff', name: 'Lesestoff lesson pack', description: 'A lesson pack for Lesestoff', mimeType: 'application/x-lesestoff', role: 'Viewer', icon: 'icon' },
  ],
  linux: { target: ['AppImage', 'deb'], category: 'Education', icon: 'build/icon.png', synopsis: 'Read German news with help on every word', mimeTypes: ['application/x-lesestoff'] },
  deb: { maintainer: 'Lesestoff contributors' },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, license: 'LICENSE' },
  mac: { target: ['dmg'], category: 'public.app-category.education', icon: 'build/icon.png' },
};
