/**
 * Loads the committed glossaries from `<resourcesDir>/dict` for the CLI and Electron main. Core inflates their
 * sections with node:zlib (native, several times faster than fflate's JS).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { type Dictionary, indexKeys, type KeyIndex, parseDictionary, storedKeysSized } from '../core';
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
  const files = await Promise.all(languages.map(async (l) => [l.lang, await readFile(join(dir, l.file))] as const));
  // English glosses every token; the other languages are decoded when a reader first picks one.
  const lazy = languages.map((l) => l.lang).filter((l) => l !== 'en');
  const indexed: Record<string, KeyIndex> = {};
  for (const [lang, bytes] of files) {
    if (lazy.includes(lang)) continue;
    const keys = await keysInflated(lang, bytes);
    if (keys) indexed[lang] = indexKeys(lang, bytes, () => keys);
  }
  return parseDictionary(Object.fromEntries(files), { lazy, inflate: inflateRawSync, indexed });
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
