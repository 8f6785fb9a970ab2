/**
 * English words German borrowed (issue 14): build:dict records the words the glossary's own compounds show borrowed and
 * it lacks as headwords (scripts/dict/loanwords.ts), and a noun the glossary lacks that is one means that word. Ding
 * lines invented for the test; "more frequent in English" is a list here.
 */
import { describe, expect, it } from 'vitest';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';
import { loanwordRecords } from '../../../scripts/dict/loanwords';
import type { Upos } from '../../../src/core/analysis';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord, type LookupDeps } from '../../../src/core/lookup';

const DING = `Verlauf {m} :: course; history
Knopf {m} :: knob
Karte {f} :: card
Fenster {n} :: window
Gadgetverlauf {m} :: gadget history
Widgetknopf {m} :: widget knob
Trumpfkarte {f} :: trump card
Fensterwidget {n} :: window widget
Sprocketkarte {f} :: Sprocket card
Widgetfenster {n} :: widget window
Gizmo-Fenster {n} :: gizmo window
Sprocket-Zahnrad {n} :: sprocket gear`;

const ENGLISH = new Set(['gadget', 'gizmo', 'widget', 'trump', 'sprocket', 'history', 'card', 'window']);
const records = parseDing(DING);
const recorded = () => loanwordRecords(records, (w) => ENGLISH.has(w));

describe('English words German borrowed', () => {
  it('records a word a glossary compound is made of and translated with', () => {
    expect(recorded().map((r) => [r.headword, r.senses])).toEqual([['»gadget', ['gadget']], ['»gizmo', ['gizmo']], ['»widget', ['widget']]]);
  });

  it('reads a hyphen as joining the borrowed word to a glossary word: Gizmo-Fenster, not Sprocket-Zahnrad', () => {
    expect(recorded().map((r) => r.headword)).toContain('»gizmo');
    expect(recorded().map((r) => r.headword)).not.toContain('»sprocket');
  });

  it('leaves out a word whose compound joins no glossary word to it, a name, and a word more frequent in German', () => {
    // Trump|fkarte is no cut into words; Sprocket is capitalised in the sense; without the frequency, nothing.
    expect(recorded().map((r) => r.headword)).not.toContain('»trump');
    expect(recorded().map((r) => r.headword)).not.toContain('»sprocket');
    expect(loanwordRecords(records, () => false)).toEqual([]);
  });

  const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', [...records, ...recorded()])) });
  const deps = (upos: Upos, person = false): LookupDeps => ({
    dictionary,
    glossary: defaultLanguage.glossary,
    lemmatize: (w) => [{ lemma: w, upos, ...(person ? { person: true as const } : {}) }],
  });

  // "Das neue Gadget passt in jede Tasche." / "Der Gadget-Widget blinkt."
  it.each([
    ['Gadget', 'NOUN' as const, ['gadget']],
    ['Gadget-Widget', 'PROPN' as const, ['gadget widget']],
  ])('gives a noun the glossary lacks, %s, the borrowed word', (word, upos, senses) => {
    expect(lookupWord(word, deps(upos)).senses).toEqual(senses);
  });

  // "Das Gadget-Fenster öffnet sich." The whole means what its head means; the parts line explains the borrowed part too.
  it('explains a borrowed part of a compound the glossary lacks: Gadget-Fenster', () => {
    const card = lookupWord('Gadget-Fenster', { ...deps('NOUN'), split: () => ({ parts: [{ text: 'Gadget', lemma: 'Gadget' }, { text: 'Fenster', lemma: 'Fenster' }] }) });
    expect(card.parts?.map((p) => [p.text, p.senses[0]])).toEqual([['Gadget', 'gadget'], ['Fenster', 'window']]);
  });

  it('gives nothing to a word in lower case, a name, or a hyphenated word with a part not borrowed', () => {
    expect(lookupWord('gadget', deps('ADJ')).senses).toEqual([]);
    expect(lookupWord('Gadget', deps('PROPN')).senses).toEqual([]);
    expect(lookupWord('Gadget-Widget', deps('PROPN', true)).senses).toEqual([]);
    expect(lookupWord('Gadget-Zahnrad', deps('PROPN')).senses).toEqual([]);
  });
});
