import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../../src/core';
import { LEXICON_FILE, readLexiconFile, readLexiconFileAsync } from '../../../../src/node/lexiconFile';

/** An invented lexicon: two lemmas with their forms. */
const TEXT = '#lesestoff-lexicon 1\nN\tKlumpf\tm\tKlümpfe\tKlumpf Klumpfes Klümpfe Klümpfen\nV\tworpeln\t-\tgeworpelt\tworpeln worpelt worpelte\n';

describe('a damaged lexicon asset (issue 19)', () => {
  it('answers from the whole asset', () => {
    const lex = parseLexicon(new Uint8Array(gzipSync(TEXT)));
    expect(lex.lookup('Klümpfen').map((e) => e.lemma)).toEqual(['Klumpf']);
    expect(lex.lemma('worpeln', 'V')?.participles).toEqual(['geworpelt']);
  });

  it('cut short is refused as damaged, not read in part', () => {
    const gz = new Uint8Array(gzipSync(TEXT));
    expect(() => parseLexicon(gz.subarray(0, gz.length - 12))).toThrow(/lexicon: the asset is damaged/);
  });

  it('read from disk cut short names the file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
    const file = path.join(dir, LEXICON_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    const gz = gzipSync(TEXT);
    writeFileSync(file, gz.subarray(0, gz.length / 2));
    expect(() => readLexiconFile(dir)).toThrow(new RegExp(`lexicon asset damaged: .*${path.basename(file).replace(/\./g, '\\.')}`));
    writeFileSync(file, gz);
    expect(parseLexicon(readLexiconFile(dir)).lookup('worpelte').map((e) => e.lemma)).toEqual(['worpeln']);
  });

  it('read from disk on zlib\'s threads (the engine\'s load) alike: cut short names the file, whole answers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lexicon-'));
    const file = path.join(dir, LEXICON_FILE);
    mkdirSync(path.dirname(file), { recursive: true });
    const gz = gzipSync(TEXT);
    writeFileSync(file, gz.subarray(0, gz.length / 2));
    await expect(readLexiconFileAsync(dir)).rejects.toThrow(new RegExp(`lexicon asset damaged: .*${path.basename(file).replace(/\./g, '\\.')}`));
    writeFileSync(file, gz);
    expect(await readLexiconFileAsync(dir)).toEqual(readLexiconFile(dir));
    await expect(readLexiconFileAsync(path.join(dir, 'none'))).rejects.toThrow(/lexicon asset missing/);
  });

  it('of another kind is refused by its header', () => {
    expect(() => parseLexicon(new TextEncoder().encode('lemma\tforms\n'))).toThrow(/unknown asset format/);
  });
});
