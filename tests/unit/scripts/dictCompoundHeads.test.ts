/**
 * What a noun means at the end of compounds (issue 14): build:dict records it from the glossary's compounds
 * (scripts/dict/compoundHeads.ts), and the card of a compound the glossary lacks gives it for its head part first. Ding
 * lines invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { compoundHeadRecords } from '../../../scripts/dict/compoundHeads';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';
import { parseDictionary } from '../../../src/core/dictionary';
import { defaultLanguage } from '../../../src/core/languages';
import { lookupWord, type LookupDeps } from '../../../src/core/lookup';

const DING = `Kluft {f} :: gorge; chasm
Lohnkluft {f} :: wage gap
Wissenskluft {f} :: gap in knowledge
Generationenkluft {f} :: generation gap
Mauer {f} :: wall
Stadtmauer {f} :: city wall
Gartenmauer {f} :: garden wall
Klostermauer {f} :: monastery wall
Führung {f} :: lead; guidance
Tabellenführung {f} :: lead in the table
Ligaführung {f} :: lead in the league table
Gruppenführung {f} :: lead in the group table
Lohn {m} :: wage
Wissen {n} :: knowledge
Generation {f} :: generation
Tabelle {f} :: table
Liga {f} :: league
Gruppe {f} :: group
List {f} :: cunning; ploy
Solist {m} :: expert
Spezialist {m} :: expert
Violist {m} :: expert
Spatz {m} :: sparrow
Felsspatz {m} (Petronia petronia) [ornith.] :: rock petronia
Wüstenspatz {m} [ornith.] :: desert petronia
Gelbkehlspatz {m}; Kehlspatz {m} (Gymnoris) [ornith.] :: yellow-throated petronia`;

const records = parseDing(DING);

describe('what a noun means at the end of the glossary compounds', () => {
  it('records the English noun the compounds of a head are about where none of them translates with its first sense', () => {
    // Kluft's compounds are gaps (also a `gap in knowledge`); Führung's are a lead, in whatever table; Solist is no
    // compound of List, as `so` is no word.
    expect(compoundHeadRecords(records).map((r) => [r.headword, r.senses])).toEqual([['…kluft', ['gap']]]);
  });

  it('records it too where the compounds translate with another noun at least twice as often as with its first sense', () => {
    // Invented: Gilde alone is a guild, but four of its five compounds are councils; Runde's are rounds as often as laps.
    const more = parseDing(`${DING}
Gilde {f} :: guild
Lohngilde {f} :: wage council
Wissensgilde {f} :: council of knowledge
Ligagilde {f} :: league council
Gruppengilde {f} :: group council
Tabellengilde {f} :: table guild
Runde {f} :: round
Lohnrunde {f} :: wage round
Wissensrunde {f} :: knowledge round
Ligarunde {f} :: league round
Gruppenrunde {f} :: group lap
Tabellenrunde {f} :: table lap
Generationenrunde {f} :: generation lap`);
    expect(compoundHeadRecords(more).map((r) => [r.headword, r.senses])).toEqual([['…kluft', ['gap']], ['…gilde', ['council']]]);
  });

  it("gives an unlisted compound's head part that meaning first, and leaves the head's own card as it is", () => {
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', [...records, ...compoundHeadRecords(records)])) });
    const deps: LookupDeps = {
      dictionary,
      glossary: defaultLanguage.glossary,
      lemmatize: (w) => [{ lemma: w, upos: 'NOUN' }],
      split: (w) => ({ parts: w === 'Rentenkluft' ? [{ text: 'Renten', lemma: 'Rente' }, { text: 'kluft', lemma: 'Kluft' }] : [{ text: w, lemma: w }] }),
    };
    expect(lookupWord('Rentenkluft', deps).parts?.[1]?.senses).toEqual(['gap', 'gorge', 'chasm']);
    expect(lookupWord('Kluft', deps).senses).toEqual(['gorge', 'chasm']);
  });
});
