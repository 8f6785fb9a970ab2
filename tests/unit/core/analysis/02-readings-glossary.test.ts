/**
 * Issue 13: tagging and compound splitting never ask the glossary. The lexicon records which lemmas the glossary
 * lacks and the glossary's other words the analysis asks about, so an article is analysed alike whether or not the
 * dictionary loads (the CLI without its dictionary, the app before the glossary is indexed).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { glossaryWordsToRecord } from '../../../../src/core/analysis/02-readings/glossaryWords';
import { glossaryWordLines, parseLexicon } from '../../../../src/core/analysis/02-readings/lexicon';
import { createEngine, type Engine } from '../../../../src/core/engine';
import { defaultLanguage } from '../../../../src/core/languages';
import { engine } from '../engineFixture';

const HEAD = '#lesestoff-lexicon 1\n';

describe('the glossary as the lexicon records it', () => {
  it('answers a lemma by its own mark and other words by the front-coded W lines, ignoring case', () => {
    const lex = parseLexicon(`${HEAD}N\tHaus\tn\tHäuser\tHauses\nn\tGlumpf\tm\t-\t\nW\t0\tbrowser\nW\t7\tn\nW\t0\tof\n`);
    expect(lex.inGlossary('Haus')).toBe(true);
    expect(lex.inGlossary('Glumpf')).toBe(false);
    expect(lex.inGlossary('Browser')).toBe(true);
    expect(lex.inGlossary('browsern')).toBe(true);
    expect(lex.inGlossary('of')).toBe(true);
    expect(lex.inGlossary('Schrank')).toBe(false);
    // A lower-case kind letter is still that kind: Glumpf reads as a noun.
    expect(lex.lookup('Glumpf').map((e) => e.kind)).toEqual(['N']);
  });

  it('finds every listed word among many (blocks of front-coded words) and no other', () => {
    const words = Array.from({ length: 100 }, (_, i) => `glumpf${String(i).padStart(3, '0')}`).concat('zorbel').sort();
    const lex = parseLexicon(`${HEAD}${glossaryWordLines(words).join('\n')}\n`);
    for (const w of words) expect(lex.inGlossary(w)).toBe(true);
    for (const w of ['glumpf', 'glumpf1000', 'glumpf0995', 'aaa', 'zzz', 'zorbe']) expect(lex.inGlossary(w)).toBe(false);
  });

  it('records only the words tagging or splitting can ask about', () => {
    const lex = parseLexicon(`${HEAD}N\tSchrank\tm\tSchränke\tSchrankes\nN\tHaus\tn\tHäuser\tHauses\nV\tverschleppen\t-\tverschleppt\tverschleppe\n`);
    const words = glossaryWordsToRecord(lex, defaultLanguage, ['Browser', 'Haus', 'Wandschrank', 'of', 'Verschleppung', 'Browser']);
    // Haus is a lemma with its own mark; Wandschrank ends in a known noun, which decides without the glossary.
    expect(words).toEqual(['browser', 'of', 'verschleppung']);
  });

  it('records the particle verbs of listed verbs that the lexicon lacks, none of the copula', () => {
    // Their capitalised forms are listed nouns (das Dasein), which the tagger asks nothing about.
    const nouns = ['Zurückglumpfen', 'Anglumpfen', 'Dasein', 'Zurückzorbeln'].map((w) => `N\t${w}\tn\t-\t\n`).join('');
    const lex = parseLexicon(`${HEAD}${nouns}V\tglumpfen\t-\tgeglumpft\tglumpfe glumpft\nV\tsein\t-\tgewesen\tbin ist war\nV\tanglumpfen\tan\tangeglumpft\tanglumpfe\n`);
    // zurückglumpfen joins a listed verb; anglumpfen is listed itself; dasein is the copula's (`da sein`); zurückzorbeln has no verb.
    expect(glossaryWordsToRecord(lex, defaultLanguage, ['zurückglumpfen', 'anglumpfen', 'dasein', 'zurückzorbeln'])).toEqual(['zurückglumpfen']);
  });
});

describe('analysis without the dictionary', () => {
  const lexicon = gunzipSync(readFileSync('resources/lexicon/de-lexicon.txt.gz'));
  const without = createEngine(defaultLanguage, { lexicon });
  const words = 'Die Professorin erklärte die Teleologie des Vertrags , sagte of course und lobte die Waffenlieferungen .'.split(' ');
  const tags = (e: Engine) => e.analyzeTokens([words])[0]!.map((t) => `${t.text}/${t.lemma}/${t.upos}/${(t.parts ?? []).map((p) => p.lemma).join('+')}`);

  it('tags and splits an invented sentence exactly as with it', async () => {
    const withDict = await engine;
    expect(withDict.dictionary).toBeDefined();
    expect(tags(without)).toEqual(tags(withDict));
    for (const w of ['Verteidigungsministerinnen', 'Gartenschlauchhalter', 'Kinderbuchpreis']) expect(without.split(w)).toEqual(withDict.split(w));
  });

  it('keeps what the glossary told the tagger: a listed word after an article is a noun, a short unlisted one foreign', () => {
    const got = tags(without);
    expect(got).toContain('Teleologie/Teleologie/NOUN/');
    expect(got).toContain('of/of/X/');
    expect(got).toContain('Waffenlieferungen/Waffenlieferung/NOUN/Waffe+Lieferung');
  });
});
