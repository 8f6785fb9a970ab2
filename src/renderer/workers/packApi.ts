/**
 * Pack functions of the engine worker (issue 20): a `.lesestoff` file is unzipped, hashed and
 * validated here, once, off the UI thread; the screen keeps the result for the preview and the
 * import. A 31 MB pack within the limits used to freeze the window while it was read twice.
 */
import type { PackReadResult } from '../../core';

export interface PackApi {
  /** Reads and checks a pack or results file (never throws; a bad file gives its error). */
  readPack(bytes: Uint8Array): Promise<PackReadResult>;
}

export const packApi: PackApi = {
  // Loaded on the first pack (issue 19): with its schemas it was a quarter of the code the worker fetched and compiled
  // before it could build the engine and answer a first lookup.
  async readPack(bytes) {
    return (await import('./packRead')).readPackFile(bytes);
  },
};
