/**
 * Dictionary asset sizes (bytes per language, on disk), load time (ms, median of 5 runs of opening the packed asset as
 * the CLI and Electron main do) and the first lookup's time after it. Hooked into `npm run bench`.
 */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionary } from '../src/node/dictionaryFile';

const RESOURCES = resolve(fileURLToPath(new URL('../resources', import.meta.url)));

export async function evalDictionary(): Promise<Record<string, number>> {
  const manifest = JSON.parse(await readFile(join(RESOURCES, 'dict', 'manifest.json'), 'utf8')) as { languages: { lang: string; file: string }[] };
  const result: Record<string, number> = {};
  for (const { lang, file } of manifest.languages) result[`dict.bytes.${lang}`] = statSync(join(RESOURCES, 'dict', file)).size;
  const times: number[] = [];
  // Issue 19: loading reads the keys only; a first lookup reads the sections it needs (its entries, phrases, synonyms).
  const firstLookups: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const dictionary = await loadDictionary(RESOURCES);
    dictionary.has('haus');
    times.push(performance.now() - start);
    const lookup = performance.now();
    dictionary.lookup('Haus');
    firstLookups.push(performance.now() - lookup);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
  result['dict.loadMs'] = Math.round(median(times));
  result['dict.firstLookupMs'] = Math.round(median(firstLookups) * 10) / 10;
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await evalDictionary(), null, 2));
}
