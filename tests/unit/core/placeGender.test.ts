/**
 * Issue 14: the article the card shows before a place name. Ding lines here are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const DING = `Nordau (Hauptstadt von Nordland) [geogr.] :: Nordau (capital of Nordland)
Nordau {f} :: Nordau (river)`;
const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(DING))) });
const gender = (name: string) =>
  lookupWord(name, { dictionary, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: name, upos: 'PROPN' }] }).gender;

describe('the gender of a place name', () => {
  it('is the place entry\'s own: the town has none, and the river of its name is feminine, which the town is not', () => {
    expect(gender('Nordau')).toBeNull();
  });
});
