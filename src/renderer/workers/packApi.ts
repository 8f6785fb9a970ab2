/**
 * Pack functions of the engine worker (issue 20): a `.lesestoff` file is unzipped, hashed and
 * validated here, once, off the UI thread; the screen keeps the result for the preview and the
 * import. A 31 MB pack within the limits used to freeze the window while it was read twice.
 */
import { type PackReadResult, readPackFile } from '../../core';

export interface PackApi {
  /** Reads and checks a pack or results file (never throws; a bad file gives its error). */
  readPack(bytes: Uint8Array): Promise<PackReadResult>;
}

export const packApi: PackApi = {
  async readPack(bytes) {
    return readPackFile(bytes);
  },
};
