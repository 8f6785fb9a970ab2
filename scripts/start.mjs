// `npm start`: the desktop app where Electron's binary is installed, otherwise the same
// renderer as a web page, saying why (machines without internet cannot fetch the binary).
import { spawn } from 'node:child_process';
import { electronBinary } from './electronBinary.mjs';

const electron = electronBinary();
const run = (cmd, args) => spawn(cmd, args, { stdio: 'inherit', shell: false }).on('exit', (code) => process.exit(code ?? 0));

if (electron.path) {
  run('npx', ['electron-vite', 'preview']);
} else {
  console.log(`Electron is not available: ${electron.missing}.`);
  console.log('Starting the web host instead (same renderer, same features, data kept in this browser profile).');
  run(process.execPath, ['scripts/web.mjs']);
}
