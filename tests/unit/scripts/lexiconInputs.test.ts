/**
 * The committed lexicon asset is what `build:lexicon` makes from the committed glossary, build scripts and word lists
 * (scripts/lexicon/inputs.ts): when one of them moves, the asset must be rebuilt (`npm run build:lexicon`, which
 * records them again) before a card can say what the build says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INPUTS_FILE, lexiconInputs } from '../../../scripts/lexicon/inputs';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the committed lexicon asset', () => {
  it('was built from the glossary, build scripts and word-list versions in the repository (else: npm run build:lexicon)', () => {
    const recorded: unknown = JSON.parse(readFileSync(join(root, INPUTS_FILE), 'utf8'));
    expect(lexiconInputs(root)).toEqual(recorded);
  });
});
