import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, defaultLanguage, type Dictionary } from '../../../../src/core';
import { loadDictionary } from '../../../../src/node/dictionaryFile';
import { readLexiconFile } from '../../../../src/node/lexiconFile';
import { resourcesDir } from '../../../../src/node/paths';
import { LateDictionary } from '../../../../src/renderer/workers/lateDictionary';

describe('an engine built before its glossary is loaded', () => {
  let lexicon: Uint8Array;
  let dictionary: Dictionary;
  beforeAll(async () => {
    lexicon = readLexiconFile(resourcesDir());
    dictionary = await loadDictionary(resourcesDir());
  }, 120_000);

  it('analyses a text exactly as one built with the glossary, once the glossary is set', () => {
    const text = 'Die Nachbarin gießt am Abend die Tomaten im Hinterhof. Danach ruft sie ihren Bruder in Graz an.';
    const late = new LateDictionary();
    const engine = createEngine(defaultLanguage, { lexicon, dictionary: late.dictionary });
    late.set(dictionary);
    expect(engine.analyze(text)).toEqual(createEngine(defaultLanguage, { lexicon, dictionary }).analyze(text));
  });

  it('analyses a text before the glossary is set, and tells the words it explains once it is, as one built with it', () => {
    // Two paragraphs: a compound glossed through its parts, a participle through its verb, a separable verb joined.
    const text = 'Die Hafenarbeiterin hat die Kisten gestapelt.\n\nAm Abend ruft sie ihren Bruder in Graz an.';
    const spans = [{ start: 0, end: 45 }, { start: 47, end: text.length }];
    const late = new LateDictionary();
    const engine = createEngine(defaultLanguage, { lexicon, dictionary: late.dictionary });
    const later: (() => void)[] = [];
    const analysed = [...engine.analyzeParagraphs(text, spans, later)];
    const words = () => analysed.flat().flatMap((s) => s.tokens).filter((t) => t.upos !== 'PUNCT');
    expect(words().some((t) => t.glossed !== undefined)).toBe(false);
    late.set(dictionary);
    for (const cover of later) cover();
    expect(words().filter((t) => ['Hafenarbeiterin', 'gestapelt', 'ruft'].includes(t.text)).map((t) => t.glossed)).toEqual([true, true, true]);
    expect(JSON.stringify(analysed)).toBe(JSON.stringify([...createEngine(defaultLanguage, { lexicon, dictionary }).analyzeParagraphs(text, spans)]));
  });

  it('says the glossary is still loading when asked before it is set, instead of answering without it', () => {
    const late = new LateDictionary();
    expect(() => late.dictionary.has('Haus')).toThrow('still loading');
    late.set(dictionary);
    expect(late.dictionary.has('Haus')).toBe(true);
    expect(late.dictionary.lookup('Haus')[0]!.senses.length).toBeGreaterThan(0);
  });
});
