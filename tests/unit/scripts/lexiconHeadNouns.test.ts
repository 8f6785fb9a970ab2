/**
 * Issue 14: the lexicon build records the glossary's nouns that head its other compounds (scripts/lexicon/headNouns.ts),
 * on an invented lexicon and invented dictionary lines.
 */
import { describe, expect, it } from 'vitest';
import { createEngine, defaultLanguage, parseLexicon } from '../../../src/core';
import type { DictRecord } from '../../../scripts/dict/asset';
import { headNouns, oldSpelling } from '../../../scripts/lexicon/headNouns';
import { nounGenders, nounPlurals } from '../../../scripts/lexicon/nouns';

const LEXICON = `#lesestoff-lexicon 1
${[
  ['Stein', 'm', 'Steine'], ['Bruch', 'm', 'Brüche'], ['Kalk', 'm', 'Kalke'], ['Marmor', 'm', 'Marmore'], ['Gut', 'n', 'Güter'],
  ['Bass', 'm', 'Bässe'], ['Kelle', 'f', 'Kellen'],
].map(([lemma, gender, plural]) => `N\t${lemma}\t${gender}\t${plural}\t`).join('\n')}
V\tverjähren\t-\tverjährt\tverjährte verjährten
`;

const noun = (headword: string, gender: string, senses: string[], plural?: string): DictRecord =>
  plural ? { headword, grammar: [gender], senses, plural } : { headword, grammar: [gender], senses };

function added(records: DictRecord[]): { lemma: string; gender: string; plural: string; forms: string[] }[] {
  const engine = createEngine(defaultLanguage, { lexicon: new TextEncoder().encode(LEXICON) });
  return headNouns(records, nounGenders(records), nounPlurals(records), parseLexicon(LEXICON), engine, new Set())
    .map((n) => ({ ...n, forms: [...n.forms] }));
}

describe('glossary nouns that head compounds', () => {
  it('records a noun heading two compounds by their meaning, with its plural from its own head', () => {
    // The glossary gives Steinbruch no plural: Stein + Bruch's, as the split reads it.
    expect(added([
      noun('Steinbruch', 'm', ['quarry']),
      noun('Kalksteinbruch', 'm', ['limestone quarry']),
      noun('Marmorsteinbruch', 'm', ['marble quarry']),
    ])).toEqual([{ lemma: 'Steinbruch', gender: 'm', plural: 'Steinbrüche', forms: [] }]);
  });

  it('records a noun heading two compounds by their plurals', () => {
    expect(added([
      noun('Steinbruch', 'm', ['quarry'], 'Steinbrüche'),
      noun('Kalksteinbruch', 'm', ['lime pit'], 'Kalksteinbrüche'),
      noun('Marmorsteinbruch', 'm', ['marble pit'], 'Marmorsteinbrüche'),
    ]).map((n) => n.lemma)).toEqual(['Steinbruch']);
  });

  it('leaves out a noun heading one compound, and one whose English senses are names', () => {
    expect(added([
      noun('Steingut', 'n', ['stoneware']),
      noun('Marmorsteingut', 'n', ['marble stoneware']),
    ])).toEqual([]);
    expect(added([
      noun('Steingut', 'n', ['Steingut (village)'], 'Steingüter'),
      noun('Marmorsteingut', 'n', ['Marmorsteingut'], 'Marmorsteingüter'),
      noun('Kalksteingut', 'n', ['Kalksteingut'], 'Kalksteingüter'),
    ])).toEqual([]);
  });

  it('leaves out a noun without a known noun in it, which the tagger reads as a name', () => {
    expect(added([
      noun('Steinmetz', 'm', ['stonemason'], 'Steinmetze'),
      noun('Kalksteinmetz', 'm', ['lime stonemason'], 'Kalksteinmetze'),
      noun('Marmorsteinmetz', 'm', ['marble stonemason'], 'Marmorsteinmetze'),
    ])).toEqual([]);
  });

  it('adds the pre-1996 spelling of a final or pre-consonant ss', () => {
    expect(['Engpass', 'Schlussstrich', 'Kasse', 'Pass'].map(oldSpelling)).toEqual(['Engpaß', 'Schlußstrich', undefined, 'Paß']);
    expect(added([
      noun('Steinbass', 'm', ['stone bass'], 'Steinbässe'),
      noun('Kalksteinbass', 'm', ['lime stone bass'], 'Kalksteinbässe'),
      noun('Marmorsteinbass', 'm', ['marble stone bass'], 'Marmorsteinbässe'),
    ]).map((n) => n.forms)).toEqual([['Steinbaß']]);
  });

  it('records a noun in -elle, which the lemmatizer alone would guess to be an unlisted adjective in -ell', () => {
    // `steinkelle` reads as steinkell + -e where nothing lists it; no list gives an adjective steinkell.
    expect(added([
      noun('Steinkelle', 'f', ['stone trowel'], 'Steinkellen'),
      noun('Kalksteinkelle', 'f', ['lime stone trowel']),
      noun('Marmorsteinkelle', 'f', ['marble stone trowel']),
    ]).map((n) => n.lemma)).toEqual(['Steinkelle']);
  });

  it('leaves out a noun the splitter explains as a listed verb and a deriving suffix', () => {
    // Verjähr|ung is verjähren + -ung on the card; a line of its own would take that away.
    expect(added([
      noun('Verjährung', 'f', ['limitation'], 'Verjährungen'),
      noun('Kalkverjährung', 'f', ['lime limitation']),
      noun('Marmorverjährung', 'f', ['marble limitation']),
    ])).toEqual([]);
  });
});
