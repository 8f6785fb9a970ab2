// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the tests' tsconfig includes tests/ only, so the untyped package's declaration comes in by reference
/// <reference path="../shared/espeak-ng.d.ts" />
/**
 * The bundled eSpeak NG voice in Node (the CLI, scripts, tests): the WebAssembly module read from node_modules and
 * compiled once per process, so each sentence pays only for an instance.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import espeak from 'espeak-ng';
import type { EspeakFactory } from '../core';

let compiled: Promise<WebAssembly.Module> | null = null;

export const espeakNode: EspeakFactory = async (options) => {
  compiled ??= readFile(createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm')).then((bytes) => WebAssembly.compile(bytes));
  const wasm = await compiled;
  // A failed instantiation rejects instead of leaving the module waiting for ever.
  return new Promise((resolve, reject) => {
    espeak({
      ...options,
      instantiateWasm: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) => {
        WebAssembly.instantiate(wasm, imports).then((instance) => done(instance, wasm), reject);
        return {};
      },
    }).then(resolve, reject);
  });
};
