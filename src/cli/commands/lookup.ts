/**
 * `lookup WORD [--lang en|tr|ru]` prints one JSON glossary card; `lookup --stdin` reads one word per
 * line and prints one JSON line per word, for batch checks of glossary coverage. Words go through
 * the engine first, so inflected forms (`Häuser`, `kündigte`) find their dictionary form and
 * compounds (`Verteidigungsministers`) come with their parts, each looked up.
 */
import { defaultLanguage, type LookupDeps, lookupWord } from '../../core';
import { loadEngine } from '../../node/engineNode';
import { CliError, type CliCommand } from '../cliCommand';

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
  const engine = await loadEngine();
  const dictionary = engine.dictionary;
  if (!dictionary) throw new CliError('lookup: dictionary assets missing (run npm run build:dict)', 1);
  if (!dictionary.languages.includes(lang)) throw new CliError(`lookup: unknown language "${lang}" (have ${dictionary.languages.join(', ')})`);
  const deps: LookupDeps = { dictionary, glossary: defaultLanguage.glossary, lang, lemmatize: (w) => engine.lemmatize(w), split: (w) => engine.split(w) };

  if (!stdin) {
    io.stdout(JSON.stringify(lookupWord(words[0]!, deps)) + '\n');
    return;
  }
  const lines = (await io.stdin()).split('\n').map((l) => l.trim()).filter(Boolean);
  io.stdout(lines.map((word) => JSON.stringify(lookupWord(word, deps)) + '\n').join(''));
};

export default lookup;
