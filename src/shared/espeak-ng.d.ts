/** The `espeak-ng` package ships JavaScript without types: its default export is the Emscripten module factory. */
declare module 'espeak-ng' {
  const factory: (options: Record<string, unknown>) => Promise<{ FS: { readFile(path: string): Uint8Array; writeFile(path: string, data: string): void } }>;
  export default factory;
}
declare module 'espeak-ng/dist/espeak-ng.wasm?url' {
  const url: string;
  export default url;
}
