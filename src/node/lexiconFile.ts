/**
 * Reads the lexicon asset for Node hosts (CLI, scripts, Electron main). Inflates with zlib,
 * which is several times faster than the pure-JS inflate core falls back to.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gunzipped } from './inflate';

export const LEXICON_FILE = path.join('lexicon', 'de-lexicon.txt.gz');

export function readLexiconFile(resourcesDir: string): Uint8Array {
  const file = lexiconFile(resourcesDir);
  try {
    return new Uint8Array(gunzipSync(readFileSync(file)));
  } catch (err) {
    throw damaged(file, err);
  }
}

/**
 * The same, read and inflated on libuv's threads (issue 19): the engine's load indexes the glossary's keys on the main
 * thread meanwhile.
 */
export async function readLexiconFileAsync(resourcesDir: string): Promise<Uint8Array> {
  const file = lexiconFile(resourcesDir);
  const bytes = await readFile(file);
  try {
    return await gunzipped(bytes);
  } catch (err) {
    throw damaged(file, err);
  }
}

function lexiconFile(resourcesDir: string): string {
  const file = path.join(resourcesDir, LEXICON_FILE);
  if (!existsSync(file)) throw new Error(`lexicon asset missing: ${file} (run npm run build:lexicon)`);
  return file;
}

const damaged = (file: string, err: unknown) =>
  new Error(`lexicon asset damaged: ${file} (${err instanceof Error ? err.message : String(err)}; run npm run build:lexicon)`);
