/**
 * Reads the lexicon asset for Node hosts (CLI, scripts, Electron main). Inflates with zlib,
 * which is several times faster than the pure-JS inflate core falls back to.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export const LEXICON_FILE = path.join('lexicon', 'de-lexicon.txt.gz');

export function readLexiconFile(resourcesDir: string): Uint8Array {
  const file = path.join(resourcesDir, LEXICON_FILE);
  if (!existsSync(file)) throw new Error(`lexicon asset missing: ${file} (run npm run build:lexicon)`);
  try {
    return new Uint8Array(gunzipSync(readFileSync(file)));
  } catch (err) {
    throw new Error(`lexicon asset damaged: ${file} (${err instanceof Error ? err.message : String(err)}; run npm run build:lexicon)`);
  }
}
