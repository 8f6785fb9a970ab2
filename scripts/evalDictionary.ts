/**
 * Dictionary asset sizes (bytes per language, on disk) and load time (ms, median of 5 runs of
 * decompress + parse + index, as the CLI and Electron main do it). Hooked into `npm run bench`.
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
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const dictionary = await loadDictionary(RESOURCES);
    dictionary.has('haus');
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  result['dict.loadMs'] = Math.round(times[2]!);
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await evalDictionary(), null, 2));
}
