/**
 * `lookup WORD [--lang en|tr|ru]` prints one JSON glossary card; `lookup --stdin` reads one word per
 * line and prints one JSON line per word, for batch checks of glossary coverage.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookupWord } from '../../core/lookup';
import { loadDictionary } from '../../node/dictionaryFile';
import { CliError, type CliCommand } from '../cliCommand';

const RESOURCES = resolve(fileURLToPath(new URL('../../../resources', import.meta.url)));

const lookup: CliCommand = async (args, io) => {
  let lang = 'en';
  let stdin = false;
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang') lang = args[++i] ?? '';
    else if (arg === '--stdin') stdin = true;
    else if (arg.startsWith('--')) throw new CliError(`lookup: unknown option ${arg}`);
    else words.push(arg);
  }
  if (!stdin && words.length !== 1) throw new CliError('usage: lookup WORD [--lang en|tr|ru] | lookup --stdin [--lang …]');
  const dictionary = await loadDictionary(RESOURCES);
  if (!dictionary.languages.includes(lang)) throw new CliError(`lookup: unknown language "${lang}" (have ${dictionary.languages.join(', ')})`);

  if (!stdin) {
    io.stdout(JSON.stringify(lookupWord(words[0]!, { dictionary, lang })) + '\n');
    return;
  }
  const lines = (await io.stdin()).split('\n').map((l) => l.trim()).filter(Boolean);
  io.stdout(lines.map((word) => JSON.stringify(lookupWord(word, { dictionary, lang })) + '\n').join(''));
};

export default lookup;
