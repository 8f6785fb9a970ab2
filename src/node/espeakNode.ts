// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the tests' tsconfig includes tests/ only, so the untyped package's declaration comes in by reference
/// <reference path="../shared/espeak-ng.d.ts" />
/** The bundled eSpeak NG voice in Node (the CLI, scripts, tests): its WebAssembly read from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import espeak from 'espeak-ng';
import { compiledEspeak } from '../shared/espeakLoader';

export const espeakNode = compiledEspeak(espeak, async () => WebAssembly.compile(await readFile(createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm'))));
