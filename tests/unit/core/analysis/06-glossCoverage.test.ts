import { describe, expect, it } from 'vitest';
import { engine } from '../engineFixture';

/** `word → gloss headword` for every token the engine glosses through another headword. */
async function glosses(sentence: string): Promise<Record<string, string | boolean>> {
  const [tokens] = (await engine).analyzeTokens([sentence.split(' ')]);
  return Object.fromEntries(tokens!.map((t) => [t.text, t.gloss ?? t.glossed ?? false]));
}

describe('glossary help on every content word', () => {
  it.each([
    // word in context, headword the glossary has it under
    ['Die Innenministerin sprach .', 'Innenministerin', 'Innenminister'],
    ['Der Beamte kam .', 'Beamte', 'Beamter'],
    ['Das ist gewiß richtig .', 'gewiß', 'gewiss'],
    ['Die Daten werden gespeichert .', 'gespeichert', 'speichern'],
    ['Der sogenannte Plan scheiterte .', 'sogenannte', 'sogenannte'],
  ])('%s glosses %s as %s', async (sentence, word, headword) => {
    const g = await glosses(sentence);
    expect(g[word] === true || g[word] === headword).toBe(true);
  });

  it('glosses a hyphenated compound through its head', async () => {
    const [tokens] = (await engine).analyzeTokens([['Der', 'Nexus-Gerät', 'ist', 'neu', '.']]);
    expect(tokens![1]).toMatchObject({ glossed: true, gloss: 'Gerät' });
  });

  it('glosses a compound through its parts', async () => {
    const [tokens] = (await engine).analyzeTokens([['Die', 'Waffenlieferungen', 'kamen', '.']]);
    expect(tokens![1]!.glossed).toBe(true);
  });

  it('tags short foreign words as X, not as German adjectives', async () => {
    const [tokens] = (await engine).analyzeTokens([['The', 'Times', 'of', 'India', '.']]);
    expect(tokens![2]!.upos).toBe('X');
  });
});

describe('glossary help remembered per word', () => {
  // Invented sentences whose words come back in other readings (`verkauft` an adjective glossed through its verb, then
  // the verb itself; `die` article and pronoun; `Google` the verb googeln, glossed, and a name, not); each must get its
  // own reading's help, whatever was met before.
  const SENTENCES = [
    'Er fand es verkauft .', 'Er hat es verkauft .', 'Ich bin begeistert .', 'Er hat sie begeistert .', 'Die kam gestern .', 'Die Innenministerin sprach .',
    'Google das Wort .', 'Ole Brandt sucht bei Google .',
    'Der Beamte kam .', 'Sie fragte die Beamte .', 'Das ist gewiß richtig .', 'Die Daten werden gespeichert .',
    'Die Nexus-Geräte sind neu .', 'Der Xylofantenschrank war leer .',
  ].map((s) => s.split(' '));

  it('gives every sentence the same help in any order, met first or again', async () => {
    const { createEngine, defaultLanguage } = await import('../../../../src/core');
    const { loadDictionary } = await import('../../../../src/node/dictionaryFile');
    const { readLexiconFile } = await import('../../../../src/node/lexiconFile');
    const { resourcesDir } = await import('../../../../src/node/paths');
    const fresh = async () => createEngine(defaultLanguage, { lexicon: readLexiconFile(resourcesDir()), dictionary: await loadDictionary(resourcesDir()) });
    const forward = (await fresh()).analyzeTokens([...SENTENCES, ...SENTENCES]);
    const backward = (await fresh()).analyzeTokens([...SENTENCES].reverse()).reverse();
    expect(forward.slice(0, SENTENCES.length)).toEqual(backward);
    expect(forward.slice(SENTENCES.length)).toEqual(backward);
    expect(forward.flat().filter((t) => t.gloss).length).toBeGreaterThan(0);
  });
});
