/**
 * Issue 14: a noun the glossary lists in the plural only (`Kosten {pl}`) has no gender, but the card shows the plural's
 * article with it, as a dictionary does (die Kosten). Ding lines and words are invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord } from '../../../src/core/lookup';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

const DING = `Zwonken {pl} :: expenses
zwonken {vt} :: to spend
Flirrel {n}; Flirrel {pl} :: fee; fees`;
const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing(DING))) });
const gender = (word: string) =>
  lookupWord(word, { dictionary, glossary: defaultLanguage.glossary, lemmatize: () => [{ lemma: word, upos: 'NOUN' }] }).gender;

describe('the article of a noun listed in the plural only', () => {
  it('is the plural\'s, whatever other parts of speech share its letters', () => {
    expect(gender('Zwonken')).toBe('die');
  });

  it('is the singular\'s gender where the glossary gives one beside the plural', () => {
    expect(gender('Flirrel')).toBe('das');
  });
});
