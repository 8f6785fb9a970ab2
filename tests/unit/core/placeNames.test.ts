/**
 * Issue 13: tagging needs no glossary. Place names ship with the lexicon (`P` lines built from
 * Ding's [geogr.] entries), so a sentence tags alike whether or not the dictionary loads.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../../src/core/analysis/02-readings/lexicon';
import { createEngine } from '../../../src/core/engine';
import { defaultLanguage } from '../../../src/core/languages';
import { placeNames } from '../../../scripts/lexicon/nouns';
import { engine } from './engineFixture';

describe('place names in the lexicon', () => {
  it('answers isPlace from P lines, which are no readings of a form', () => {
    const lex = parseLexicon('#lesestoff-lexicon 1\nN\tHaus\tn\tHäuser\tHauses\nP\tBlumenau\n');
    expect(lex.isPlace('Blumenau')).toBe(true);
    expect(lex.isPlace('Haus')).toBe(false);
    expect(lex.lookup('Blumenau')).toEqual([]);
    expect(lex.lookup('Hauses').map((e) => e.lemma)).toEqual(['Haus']);
  });

  it('takes single capitalised [geogr.] words with a capitalised English name', () => {
    expect(placeNames([
      { headword: 'Blumenau', grammar: ['n'], senses: ['Blumenau (town)'], note: '[geogr.]' },
      { headword: 'Düne', grammar: ['f'], senses: ['dune'], note: '[geogr.]' },
      { headword: 'Blumenau', grammar: ['n'], senses: ['x'], form: 'das schöne Blumenau', note: '[geogr.]' },
      { headword: 'Haus', grammar: ['n'], senses: ['House'] },
    ])).toEqual(['Blumenau']);
  });

  it('gives a listed place that splits no gender of its head (Nord|burg is no die Burg)', () => {
    const lexicon = new TextEncoder().encode('#lesestoff-lexicon 1\nN\tBurg\tf\tBurgen\tBurg\nN\tNord\tm\tNorde\tNordes\nP\tNordburg\n');
    const [tokens] = createEngine(defaultLanguage, { lexicon }).analyzeTokens([['Er', 'fährt', 'nach', 'Nordburg', '.']]);
    const place = tokens!.find((t) => t.text === 'Nordburg')!;
    expect([place.upos, place.lemma, place.gender]).toEqual(['PROPN', 'Nordburg', undefined]);
  });

  it('tags a sentence with places alike with and without the dictionary', async () => {
    const withDict = await engine;
    const without = createEngine(defaultLanguage, { lexicon: gunzipSync(readFileSync('resources/lexicon/de-lexicon.txt.gz')) });
    const words = 'Die Reise führte über Ostdeutschland nach Salzburg und in die Türkei .'.split(' ');
    const tags = (e: typeof without) => e.analyzeTokens([words])[0]!.map((t) => `${t.text}/${t.upos}`).join(' ');
    expect(tags(without)).toBe(tags(withDict));
    // Türkei is a noun in the lexicon: only the place list makes it a name.
    expect(tags(without)).toContain('Türkei/PROPN');
    expect(tags(without)).toContain('Salzburg/PROPN');
  });
});
