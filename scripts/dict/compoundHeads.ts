/**
 * What a noun means at the end of the compounds a reader meets unlisted (issue 14). A compound the glossary lacks is
 * explained by its head part, whose first sense is what the word means alone, and Ding's head often means something
 * else in compounds: it has Engpass only as a narrow pass, while its Lieferengpass, Kapazitätsengpass and
 * Versorgungsengpass are shortages and bottlenecks. Where the glossary's compounds ending in a noun translate with
 * another English noun at least twice as often as with that noun's first sense, the English nouns that end most of
 * their translations are what it means in a compound (a council in most compounds of Rat, which alone is advice). They
 * are recorded as Ding writes a suffix's meaning (`…engpass`: bottleneck, shortage); the word's own card keeps its own
 * senses.
 */
import { defaultLanguage } from '../../src/core';
import type { DictRecord } from './asset';

/** How the glossary writes a word used as the end of other words (Ding: `…händler`), as the lookup reads it. */
export const COMPOUND_HEAD_MARK = defaultLanguage.glossary.compoundHead;
const GENDERS = new Set(['m', 'f', 'n']);
/** Shortest modifier and head counted: `Öl|preis` has a two-letter modifier. */
const MIN_MODIFIER = 2;
const MIN_HEAD = 3;
/** Compounds that must end in an English noun for it to count: two could be chance. */
const MIN_COMPOUNDS = 3;
/** Senses recorded for a head, the most common first. */
const MAX_SENSES = 3;
/**
 * How many times as many of the compounds must end in another noun than in the head's first sense: a head whose first
 * sense ends about as many (Anlage: system 38, plant 35) means that too in a compound.
 */
const OTHER_SENSE_SHARE = 2;

/**
 * The noun a sense is about (`water supply shortage` → shortage; before a preposition's phrase: `lead in the league
 * table` → lead, `type of school` → type), without notes, abbreviations or brackets.
 */
export function lastNoun(sense: string): string | undefined {
  const words = sense.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}|\/[^/]*\//g, ' ').trim().toLowerCase().split(/\s+(?:of|in|for|on|at|to|from|with|by)\s/)[0]!.split(/\s+/);
  const last = words.at(-1);
  return last && /^\p{Ll}+$/u.test(last) ? last : undefined;
}

/**
 * Whether a compound's start is a modifier: a word of the glossary, perhaps with a linking element (Versorgung|s) or
 * without its final e (Schul|typ). Spezialist and Journalist end in `list` but are no compounds of List (cunning).
 */
export function modifierTest(words: ReadonlySet<string>): (start: string) => boolean {
  const { links } = defaultLanguage.compounds;
  return (m) => words.has(m) || words.has(`${m}e`) || links.some((l) => m.endsWith(l) && words.has(m.slice(0, -l.length)));
}

interface Noun { grammar: string[]; rank: number; first?: string; ends: Set<string>; specialist: boolean }

/**
 * A record `…head` for each of the glossary's nouns whose compounds say it means something else at their end. Only
 * compounds of common use count: one whose best line carries a subject or register note ([techn.], [zool.], [ugs.]) is
 * the language of a trade (Endanschlag is a stop, Rosenstar a bird), not of the news a learner reads.
 */
export function compoundHeadRecords(records: readonly DictRecord[]): DictRecord[] {
  // Ding writes a line's note after its last headword (`Grasmücke {f}; Sylvia {f} (Sylvia borin) [ornith.]`): the
  // line's other headwords share its senses and its note.
  const noted = new Set(records.filter((r) => r.note?.includes('[')).map((r) => r.senses.join('|')));
  const nouns = new Map<string, Noun>();
  for (const r of records) {
    if (r.form !== undefined || !/^\p{Lu}\p{Ll}+$/u.test(r.headword) || !r.grammar.some((g) => GENDERS.has(g))) continue;
    const key = r.headword.toLowerCase();
    const rank = r.rank ?? 0;
    const ends = r.senses.map(lastNoun).filter((w): w is string => w !== undefined);
    const seen = nouns.get(key);
    // A word's first sense is its best-ranked line's, as the asset orders a headword's lines.
    if (!seen || rank > seen.rank) nouns.set(key, { grammar: r.grammar, rank, first: ends[0] ?? seen?.first, ends: new Set([...(seen?.ends ?? []), ...ends]), specialist: noted.has(r.senses.join('|')) });
    else for (const w of ends) seen.ends.add(w);
  }
  const isModifier = modifierTest(new Set(records.map((r) => r.headword.toLowerCase())));
  const counts = new Map<string, Map<string, number>>();
  for (const [compound, noun] of nouns) {
    if (noun.specialist) continue;
    // The longest head the glossary lists: Versorgungs|engpass, not …pass.
    for (let i = MIN_MODIFIER; i <= compound.length - MIN_HEAD; i++) {
      const head = compound.slice(i);
      if (!nouns.get(head)?.first || !isModifier(compound.slice(0, i))) continue;
      const ends = counts.get(head) ?? new Map<string, number>();
      counts.set(head, ends);
      for (const w of noun.ends) ends.set(w, (ends.get(w) ?? 0) + 1);
      break;
    }
  }
  const out: DictRecord[] = [];
  for (const [head, ends] of counts) {
    const noun = nouns.get(head)!;
    const common = [...ends].filter(([, n]) => n >= MIN_COMPOUNDS).sort((a, b) => b[1] - a[1]);
    if (!common[0] || common[0][1] < OTHER_SENSE_SHARE * (ends.get(noun.first!) ?? 0)) continue;
    out.push({ headword: COMPOUND_HEAD_MARK + head, grammar: noun.grammar, senses: common.slice(0, MAX_SENSES).map(([w]) => w) });
  }
  return out;
}
