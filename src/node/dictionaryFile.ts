/**
 * Loads the committed glossaries from `<resourcesDir>/dict` for the CLI and Electron main. Core inflates their
 * sections with node:zlib (native, several times faster than fflate's JS).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { type FileHandle, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { type Dictionary, type Inflate, indexKeys, type KeyIndex, packHeadBytes, parseDictionary, storedKeysSized } from '../core';
import { rawInflated } from './inflate';

export interface DictManifestLanguage {
  lang: string;
  file: string;
  package: string;
  version: string;
  license: string;
  licenseFile: string;
}

/** The manifest is an edge: check its shape before trusting file names from it. */
function readManifest(json: unknown): DictManifestLanguage[] {
  const languages = (json as { languages?: unknown } | null)?.languages;
  if (!Array.isArray(languages)) throw new Error('dict manifest: missing "languages"');
  for (const l of languages as Partial<DictManifestLanguage>[]) {
    if (typeof l.lang !== 'string' || typeof l.file !== 'string' || /[/\\]/.test(l.file)) throw new Error('dict manifest: bad language entry');
  }
  return languages as DictManifestLanguage[];
}

export async function loadDictionary(resourcesDir: string): Promise<Dictionary> {
  const dir = join(resourcesDir, 'dict');
  const languages = readManifest(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
  const files = await Promise.all(languages.map(async (l) => [l.lang, await readPacked(l.lang, join(dir, l.file))] as const));
  // English glosses every token; the other languages are decoded when a reader first picks one.
  const lazy = languages.map((l) => l.lang).filter((l) => l !== 'en');
  const indexed: Record<string, KeyIndex> = {};
  for (const [lang, file] of files) {
    if (lazy.includes(lang)) continue;
    const keys = await keysInflated(lang, file.bytes);
    if (keys) indexed[lang] = indexKeys(lang, file.bytes, () => keys);
  }
  const readers = new Map(files.map(([, file]) => [file.bytes.buffer, file]));
  // Every section is inflated from the asset's own buffer, so the section tells which file to read it from.
  const inflate: Inflate = (stored) => {
    readers.get(stored.buffer)?.readSection(stored);
    return inflateRawSync(stored);
  };
  return parseDictionary(Object.fromEntries(files.map(([lang, file]) => [lang, file.bytes])), { lazy, inflate, indexed });
}

/** Bytes read at once from a glossary's start: its magic and header (8 kB for the English one) as a rule. */
const HEAD_READ = 1 << 16;

/**
 * A glossary asset in a buffer of its whole length, of which the load reads the header and the keys only (issue 19:
 * reading all of the English asset's 7 MB took ~20 ms of the engine's cold load's CPU, and most Node hosts read a few
 * of its sections, if any); each other section is read from the file when a lookup first inflates it. An asset that is
 * no deflated pack is read whole, as core then reads it whole.
 */
interface PackedFile {
  bytes: Uint8Array;
  /** Reads the bytes of section `stored` (a view of `bytes`) from the file, unless they have been read. */
  readSection(stored: Uint8Array): void;
}

async function readPacked(lang: string, file: string): Promise<PackedFile> {
  const handle = await open(file, 'r');
  let stamp: { size: number; mtimeMs: number };
  let bytes: Uint8Array;
  // Offsets of the sections read; all of them when the asset was read whole.
  const read = new Set<number>();
  let whole = false;
  try {
    stamp = await handle.stat();
    bytes = new Uint8Array(stamp.size);
    const head = Math.min(HEAD_READ, bytes.length);
    await readRange(handle, bytes, 0, head);
    const headBytes = packHeadBytes(bytes.subarray(0, head));
    if (headBytes !== undefined && headBytes <= bytes.length) await readRange(handle, bytes, head, headBytes);
    const keys = headBytes !== undefined && headBytes <= bytes.length ? keysOf(lang, bytes) : undefined;
    if (keys) {
      await readRange(handle, bytes, Math.max(head, headBytes!), keys.byteOffset + keys.length);
      read.add(keys.byteOffset);
    } else {
      await readRange(handle, bytes, head, bytes.length);
      whole = true;
    }
  } finally {
    await handle.close();
  }
  return {
    bytes,
    readSection(stored) {
      if (whole || read.has(stored.byteOffset)) return;
      const fd = openSync(file, 'r');
      try {
        // A section read now must be the one the header read at load describes.
        const now = fstatSync(fd);
        if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) throw new Error(`${file} has changed since it was loaded`);
        for (let at = 0; at < stored.length;) {
          const n = readSync(fd, stored, at, stored.length - at, stored.byteOffset + at);
          if (n === 0) throw new Error(`${file} ends before byte ${stored.byteOffset + stored.length}`);
          at += n;
        }
      } finally {
        closeSync(fd);
      }
      read.add(stored.byteOffset);
    },
  };
}

/** The keys section's place in `bytes`, or undefined when core would not read them so (it then says what is wrong). */
function keysOf(lang: string, bytes: Uint8Array): Uint8Array | undefined {
  try {
    return storedKeysSized(lang, bytes)?.stored;
  } catch {
    return undefined;
  }
}

async function readRange(handle: FileHandle, into: Uint8Array, from: number, to: number): Promise<void> {
  for (let at = from; at < to;) {
    const { bytesRead } = await handle.read(into, at, to - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
}

/**
 * A glossary's keys section, inflated on libuv's threads (issue 19: the engine's load inflates the lexicon there too,
 * and builds on the main thread meanwhile). Undefined for an asset whose keys cannot be read so: opening it then says
 * what is wrong, in core's words.
 */
async function keysInflated(lang: string, bytes: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    const keys = storedKeysSized(lang, bytes);
    return keys && (await rawInflated(keys.stored, keys.raw));
  } catch {
    return undefined;
  }
}
