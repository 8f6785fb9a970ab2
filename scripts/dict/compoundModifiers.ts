/**
 * What a word means at the start of the compounds a reader meets (issue 14). A compound's card lists its parts, and a
 * first part's senses as a word alone are often not what it means there: Haupt alone is a head, in Hauptrivale,
 * Hauptstadt, Hauptgrund it is main or chief; Spitze alone is a tip, in Spitzenpolitiker top. Ding writes such a
 * meaning as a word with a mark after it (`Haupt… :: main`, `Atom… :: atomic`), ~1,800 times, and the build kept none
 * of them (no clicked word is spelt so). Some are a synonym listed beside an adjective (`weltlich; irdisch {adj};
 * Welt… :: mundane`), true of few compounds: a sense is kept where the glossary's own compounds on that first part
 * translate with it (Hauptstraße: main road), most such compounds first; the lookup of a compound's first part reads
 * them before the word's own senses.
 */
import { defaultLanguage } from '../../src/core';
import type { DictRecord } from './asset';

/** How the glossary writes a word used as the start of other words (Ding: `Haupt…`), as the lookup reads it. */
export const COMPOUND_MODIFIER_MARK = defaultLanguage.glossary.compoundModifier;
const GENDERS = new Set(['m', 'f', 'n']);
/** Shortest head counted after the first part: `Haupt|amt`. */
const MIN_HEAD = 3;
/** Compounds that must translate with a sense for it to be kept: one could be chance (a name, an idiom). */
const MIN_COMPOUNDS = 2;
/**
 * Share of the first part's compounds that must translate with a sense: a rare English word two of them share is the
 * language of those two (Mit… :: vicarious, of 106 compounds on Mit), not what the part says in the others.
 */
const MIN_SHARE = 0.05;
/** Senses recorded for a first part, the most compounds' first. */
const MAX_SENSES = 3;
/** The count of a first part's compounds, beside those of its senses. */
const ALL = '';

/** A sense or a translation as plain lower-case words: no notes, brackets, abbreviations (`federal /fed./` → federal). */
export const plain = (sense: string): string =>
  sense.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|<[^>]*>|\/[^/]*\//g, ' ').toLowerCase().replace(/[^\p{Ll}\p{N}'-]+/gu, ' ').trim();

/** A record of what a word means as the first part of others (`Spitzen…`, `größt…`). */
const FIRST_PART = new RegExp(`^\\p{L}+${COMPOUND_MODIFIER_MARK}$`, 'u');

/**
 * The first part a record gives the meaning of (`Spitzen…` → spitzen), undefined for any other record and for a
 * lower-case one (`größt…`): a compound, a noun, is written with a capital.
 */
function firstPart(r: DictRecord): string | undefined {
  return FIRST_PART.test(r.headword) && /^\p{Lu}\p{Ll}/u.test(r.headword) ? r.headword.slice(0, -COMPOUND_MODIFIER_MARK.length).toLowerCase() : undefined;
}

/** What the glossary says of a word alone: the senses its card shows first (best-ranked lines first), the first of them. */
interface Alone { first: string; shown: string[] }
/** Senses a card shows before its `more` (the popover's first three). */
const SHOWN = 3;

/**
 * One record `first…` for each first part Ding gives a meaning to, holding the senses its compounds in the glossary
 * translate with, and no record where none does. Ding's own records of first parts are left out of the asset; these
 * stand for them.
 */
export function compoundModifierRecords(records: readonly DictRecord[]): DictRecord[] {
  const senses = new Map<string, string[]>();
  for (const r of records) {
    const part = firstPart(r);
    if (part === undefined) continue;
    const list = senses.get(part) ?? [];
    senses.set(part, list);
    // A record's best-ranked lines first, as the asset orders a headword's lines: ties among the compounds keep it.
    for (const s of r.senses.map(plain)) if (s !== '' && !list.includes(s)) list.push(s);
  }
  // The glossary's nouns by key, with what they translate as (a compound counts once, whatever lines it has), and what
  // any word means alone.
  const nouns = new Map<string, string[]>();
  const lines = new Map<string, { rank: number; senses: string[] }[]>();
  for (const r of records) {
    const key = r.headword.toLowerCase();
    const own = r.senses.map(plain);
    lines.set(key, [...(lines.get(key) ?? []), { rank: r.rank ?? 0, senses: own }]);
    if (/^\p{Lu}\p{Ll}+$/u.test(r.headword) && r.grammar.some((g) => GENDERS.has(g))) nouns.set(key, [...(nouns.get(key) ?? []), ...own.map((s) => ` ${s} `)]);
  }
  const alone = new Map<string, Alone>();
  for (const [key, list] of lines) {
    // Stable: lines of one rank keep the source's order, as in the asset.
    const shown = [...new Set(list.sort((a, b) => b.rank - a.rank).flatMap((l) => l.senses))].slice(0, SHOWN);
    alone.set(key, { first: shown[0] ?? '', shown });
  }
  // The words a first part may be, perhaps with a linking element (Kriegs: Krieg) or without its final e (Schul: Schule).
  const { links } = defaultLanguage.compounds;
  const wordsOf = (part: string): Alone[] =>
    [part, ...links.filter((l) => part.endsWith(l)).map((l) => part.slice(0, -l.length)), `${part}e`].map((w) => alone.get(w)).filter((w) => w !== undefined);
  const counts = new Map<string, Map<string, number>>();
  for (const [compound, translations] of nouns) {
    for (let i = compound.length - MIN_HEAD; i > 1; i--) {
      const part = compound.slice(0, i);
      const own = senses.get(part);
      if (own === undefined || !alone.has(compound.slice(i))) continue;
      const count = counts.get(part) ?? new Map<string, number>();
      counts.set(part, count);
      count.set(ALL, (count.get(ALL) ?? 0) + 1);
      const words = wordsOf(part);
      for (const s of [...own, ...words.map((w) => w.first)]) {
        // A compound adjective is said by its first word too (top-level: a top politician), unless the word alone means
        // that among the senses its card shows (Maschinen… :: machine-like, of Maschine: machine; Motor: engine, motor).
        const lead = s.includes('-') ? s.slice(0, s.indexOf('-')) : '';
        const said = [` ${s} `, ...(lead.length > 2 && !words.some((w) => w.shown.includes(lead)) ? [` ${lead} `] : [])];
        if (translations.some((t) => said.some((w) => t.includes(w)))) count.set(s, (count.get(s) ?? 0) + 1);
      }
    }
  }
  const out: DictRecord[] = [];
  for (const [part, own] of senses) {
    const count = counts.get(part);
    if (!count) continue;
    // A sense fewer compounds translate with than with the word's own first sense is the language of a few of them
    // (Kriegs… :: martial, in Kriegsrecht; most Kriegs- compounds are of war): the word's own senses say more.
    const floor = Math.max(MIN_COMPOUNDS, MIN_SHARE * count.get(ALL)!, ...wordsOf(part).map((w) => count.get(w.first) ?? 0));
    const kept = own.filter((s) => (count.get(s) ?? 0) >= floor).sort((a, b) => count.get(b)! - count.get(a)!);
    if (kept.length) out.push({ headword: part.charAt(0).toUpperCase() + part.slice(1) + COMPOUND_MODIFIER_MARK, grammar: [], senses: kept.slice(0, MAX_SENSES) });
  }
  return out;
}

/** Whether a record is one of Ding's own meanings of a first part, which `compoundModifierRecords` stands for. */
export const isCompoundModifier = (r: DictRecord): boolean => FIRST_PART.test(r.headword);
