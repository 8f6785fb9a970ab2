/**
 * One engine per process for Node hosts: lexicon plus, when its loader exists, the dictionary.
 * Loaded on first use and cached, so commands that never analyse pay nothing.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, defaultLanguage, type Dictionary, type Engine } from '../core';
import { readLexiconFileAsync } from './lexiconFile';
import { provideNerFile } from './nerFile';
import { resourcesDir as defaultResourcesDir } from './paths';

const cache = new Map<string, Promise<Engine>>();

export function loadEngine(resourcesDir: string = defaultResourcesDir()): Promise<Engine> {
  let p = cache.get(resourcesDir);
  if (!p) {
    p = build(resourcesDir);
    cache.set(resourcesDir, p);
    p.catch(() => cache.delete(resourcesDir));
  }
  return p;
}

async function build(resourcesDir: string): Promise<Engine> {
  // Read here, parsed only when facts are first extracted: every Node host that extracts facts analyses first.
  provideNerFile(defaultLanguage, resourcesDir);
  // Both assets are read and inflated on libuv's threads at once; the glossary's keys are indexed here meanwhile.
  const [lexicon, dictionary] = await Promise.all([readLexiconFileAsync(resourcesDir), tryDictionary(resourcesDir)]);
  // No warm-up text (issue 19): a Node host loads the engine when it has something to analyse, and analysing the
  // warm-up first took ~45 ms of CPU at load to save the first text 15-30 ms (fresh process, busy machine).
  return createEngine(defaultLanguage, dictionary ? { lexicon, dictionary } : { lexicon });
}

/** The dictionary is optional: glosses are a bonus on top of lemma and part of speech. */
async function tryDictionary(resourcesDir: string): Promise<Dictionary | undefined> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  if (!existsSync(path.join(here, 'dictionaryFile.ts')) && !existsSync(path.join(here, 'dictionaryFile.js'))) return undefined;
  try {
    const mod = (await import('./dictionaryFile' + '')) as { loadDictionary?: (dir: string) => Dictionary | Promise<Dictionary> };
    return mod.loadDictionary ? await mod.loadDictionary(resourcesDir) : undefined;
  } catch (err) {
    // A missing or broken dictionary asset must not stop lemma and part-of-speech analysis.
    process.stderr.write(`warning: dictionary not loaded: ${err instanceof Error ? err.message : String(err)}\n`);
    return undefined;
  }
}
