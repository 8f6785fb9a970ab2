/** What the glossary build keeps of Ding (scripts/dict/ding.ts) and how it indexes phrases (asset.ts), on lines written in Ding's notation. */
import { describe, expect, it } from 'vitest';
import { writeAsset } from '../../../scripts/dict/asset';
import { bindsPhrase } from '../../../scripts/dict/binding';
import { parseDing, parseDingLine } from '../../../scripts/dict/ding';
import { decodePhraseIds } from '../../../src/core';

const headwords = (line: string) => parseDingLine(line).map((r) => r.headword);

describe('parseDingLine', () => {
  it("drops a verb line's conjugated forms, also a separable verb's two-word ones", () => {
    expect(headwords('etw. anzeigen; ausweisen {vt} | anzeigend; ausweisend | angezeigt; ausgewiesen | zeigt an; weist aus | zeigte an; wies aus :: to indicate sth. | indicating | indicated | indicates | indicated'))
      .toEqual(['anzeigen', 'ausweisen']);
  });

  it('keeps a phrase the verb line gives, whose words are no conjugated form', () => {
    expect(headwords('nehmen {vt} | es gibt … | im Grunde :: to take | there is … | basically')).toEqual(['nehmen', 'es gibt …', 'im Grunde']);
  });
});

describe('the headword a line is filed under', () => {
  it('files a preposition written with its object slot under the preposition, not a reflexive idiom', () => {
    const [by] = parseDingLine('xylvon {prp; +Dat.} jdm./etw. (Ursprung) | ein Bild xylvon ihr :: by sb./sth. | a picture by her');
    expect([by!.headword, by!.form, by!.senses]).toEqual(['xylvon', 'xylvon jdm./etw.', ['by sb./sth.']]);
    expect(headwords('xylvon sich {adv} :: frantic')).toEqual(['xylvon sich']);
  });

  it('files a verb line that conjugates its last word alone and translates a bare verb under that verb', () => {
    const [convince] = parseDingLine('jdn. von einer Sachlage xylzeugen {vt} | xylzeugend | xylzeugt :: to convince; to persuade sb. of a state of things | convincing | convinced');
    expect([convince!.headword, convince!.form, convince!.senses[0]]).toEqual(['xylzeugen', undefined, 'to convince']);
    // The English names the object too: a narrower use, kept under its wording.
    expect(headwords('einen Ort xyllassen {vt} | xyllassend | xylgelassen :: to quit a place | quitting a place | quit a place')).toEqual(['einen Ort xyllassen']);
  });
});

describe('the phrase index', () => {
  // More phrases with "Lage" than a word's list holds; the one whose other words only bind comes last in the source.
  const free = ['ernste', 'schwierige', 'prekäre', 'ruhige', 'schöne', 'gute', 'schlechte', 'neue', 'alte', 'klare', 'offene', 'heikle', 'stabile'];
  const ding = [...free.map((a) => `${a} Lage {f} :: ${a} situation`), 'in der Lage {adj} :: able'].join('\n');
  /** The phrases listed under a word, from the asset's index lines (format: src/core/dictionary.ts). */
  const listed = (asset: string, word: string) => {
    const lines = asset.split('\n');
    const wordCount = Number(lines[0]!.split('\t')[3]);
    const ids = decodePhraseIds(lines.find((l) => l.startsWith(word + '\t'))!.split('\t')[1]!);
    return ids.map((id) => lines[1 + wordCount + id]!.split('\t')[0]);
  };

  it('lists first the phrases whose other words are prepositions, articles or pronouns (in der Lage)', () => {
    expect(listed(writeAsset('en', parseDing(ding), bindsPhrase), 'lage')[0]).toBe('in der Lage');
    expect(listed(writeAsset('en', parseDing(ding)), 'lage')).not.toContain('in der Lage');
  });

  // Invented: one phrase the source translates in four lines, before twelve others as short.
  it('holds at most two lines of one phrase, so that the list names more phrases', () => {
    const many = ['situation', 'position', 'location', 'site'].map((t) => `gute Lage {f} :: good ${t}`);
    const others = free.filter((a) => a !== 'gute').map((a) => `${a} Lage {f} :: ${a} situation`);
    const list = listed(writeAsset('en', parseDing([...many, ...others].join('\n'))), 'lage');
    expect([list.filter((p) => p === 'gute Lage').length, list.includes('offene Lage')]).toEqual([2, true]);
  });
});
