/**
 * eSpeak NG's module with its WebAssembly compiled once and instantiated per call (issue 18): an instance speaks
 * one text (the package is eSpeak's command line), and compiling its 18 MB for each sentence would double the wait.
 * Node (the CLI) and the app's speech worker differ only in how they get the compiled module.
 */
import type { EspeakFactory } from '../core';

type PackageFactory = (options: Record<string, unknown>) => Promise<{ FS: { readFile(path: string): Uint8Array; writeFile(path: string, data: string): void } }>;

export function compiledEspeak(espeak: PackageFactory, compile: () => Promise<WebAssembly.Module>): EspeakFactory {
  let compiled: Promise<WebAssembly.Module> | null = null;
  return async (options) => {
    compiled ??= compile();
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
}
