/**
 * What a word means at the start of compounds (issue 14): build:dict keeps those of Ding's first-part lines (`Haupt…` ::
 * main) that the glossary's compounds bear out (scripts/dict/compoundModifiers.ts), and a compound's card gives them
 * for its first part before the word's own senses. Ding lines invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { writeAsset } from '../../../scripts/dict/asset';
import { compoundModifierRecords, isCompoundModifier } from '../../../scripts/dict/compoundModifiers';
import { parseDing } from '../../../scripts/dict/ding';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord, type LookupDeps } from '../../../src/core/lookup';

const DING = `Haupt {n} :: head
Haupt… :: main
wichtigste/r/s; Haupt… {adj} :: chief
Hauptweg {m} :: main path
Hauptsorge {f} :: main worry; chief worry
Hauptgarten {m} :: main garden
Hauptlied {n} :: title song
Weg {m} :: path
Sorge {f} :: worry
Garten {m} :: garden
Lied {n} :: song
Rivale {m} :: rival
Krieg {m} :: war
kriegerisch {adj}; Kriegs… :: martial
Kriegsweg {m} :: martial path
Kriegsgarten {m} :: martial garden
Kriegslied {n} :: war song
Kriegssorge {f} :: war worry
Kriegsrivale {m} :: war rival
Gipfel {m} :: summit
Gipfel…; Spitzen… :: top-level
Gipfelweg {m} :: top path
Gipfelsorge {f} :: top worry
Gipfellied {n} :: summit song`;

const records = parseDing(DING);
const recorded = () => compoundModifierRecords(records).map((r) => [r.headword, r.senses]);

describe('what a word means at the start of the glossary compounds', () => {
  it("records a first part's senses that its compounds translate with, the most compounds' first", () => {
    // main: three compounds, chief: one (fewer than two, which could be chance).
    expect(recorded()).toContainEqual(['Haupt…', ['main']]);
  });

  it('leaves out a sense fewer compounds take than what the word alone means first', () => {
    // Two Kriegs- compounds are martial, three of war: the card's `Krieg: war` says more.
    expect(recorded().map(([h]) => h)).not.toContain('Kriegs…');
  });

  it('counts a compound adjective by its first word too, unless the word alone means that', () => {
    // top-level: Gipfelweg, Gipfelsorge (top …); Spitzen… has no compounds here and no record.
    expect(recorded()).toContainEqual(['Gipfel…', ['top-level']]);
    expect(recorded().map(([h]) => h)).not.toContain('Spitzen…');
  });

  it("gives a compound's first part its meaning there first, then the word's own, and leaves other parts and the word's own card as they are", () => {
    // As build:dict writes it: Ding's own first-part lines give way to the records.
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', [...records.filter((r) => !isCompoundModifier(r)), ...compoundModifierRecords(records)])) });
    const deps: LookupDeps = {
      dictionary,
      glossary: defaultLanguage.glossary,
      lemmatize: (w) => [{ lemma: w, upos: 'NOUN' }],
      split: (w) => ({
        parts: w === 'Hauptrivale' ? [{ text: 'Haupt', lemma: 'Haupt' }, { text: 'rivale', lemma: 'Rivale' }]
          : w === 'Rivalenhauptweg' ? [{ text: 'Rivale', lemma: 'Rivale', link: 'n' }, { text: 'haupt', lemma: 'Haupt' }, { text: 'weg', lemma: 'Weg' }]
            : [{ text: w, lemma: w }],
      }),
    };
    const [first, head] = lookupWord('Hauptrivale', deps).parts ?? [];
    expect([first?.modifier, first?.senses]).toEqual(['Haupt', ['main', 'head']]);
    expect([head?.modifier, head?.senses]).toEqual([undefined, ['rival']]);
    // Inside a compound, Haupt is the word itself: it belongs to the part before it.
    expect(lookupWord('Rivalenhauptweg', deps).parts?.[1]?.senses).toEqual(['head']);
    expect(lookupWord('Haupt', deps).senses).toEqual(['head']);
  });
});
