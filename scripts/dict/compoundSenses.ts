/**
 * Which of a word's own senses it has in compounds (issue 14). A compound the glossary lacks is composed from its parts'
 * first senses (src/core/de/englishCompounds.ts), and a word's first sense is what it means alone, often not what it
 * means in a compound: Hersteller alone is a producer first, while the glossary's compounds on -hersteller are
 * manufacturers more than twice as often; Land alone is a country first, the glossary's Landes- compounds are of a
 * (federal) state; Abnahme alone is a decrease, at the start of compounds an acceptance. Where twice as many of the
 * glossary's compounds on a head translate with another of its senses as with its first, that sense is recorded as
 * what it means at the end of compounds (`…hersteller` :: manufacturer), as compoundHeads.ts records a noun the word alone
 * lacks; where twice as many of those on a first part as written say another of its senses, that one is recorded as
 * what it means at their start (`Landes…` :: (federal) state), as compoundModifiers.ts records Ding's own meanings of
 * first parts. The lookup reads both records already; evalComposition counts them again without the compound it hides.
 */
import { defaultLanguage } from '../../src/core';
import type { DictRecord } from './asset';
import { COMPOUND_HEAD_MARK, lastNoun, modifierTest } from './compoundHeads';
import { COMPOUND_MODIFIER_MARK, plain } from './compoundModifiers';

/** A noun of the glossary as the counts read it: its senses best first, and whether its best line is a trade's. */
export interface CountedNoun {
  senses: readonly string[];
  /** Its best line carries a subject or register note ([techn.], [zool.]): the language of a trade, not the news'. */
  specialist: boolean;
}

const GENDERS = new Set(['m', 'f', 'n']);
/** The English words a sense puts in a compound, as the composition of a compound joins them (`type (of sth.)` → type). */
const COMPOUND_WORDS = defaultLanguage.glossary.compoundWords?.en;
/** Shortest first part and head counted: `Öl|preis` has a two-letter first part. */
const MIN_MODIFIER = 2;
const MIN_HEAD = 3;
/**
 * A word's senses weighed: measured on the held-out glossary compounds of evalComposition, weighing the first eight made
 * more compositions right than the first three (37.2 % against 36.0 % in a first count without the share below).
 */
const CANDIDATES = 8;
/**
 * Compounds that must translate with a sense for it to be recorded: one could be chance (a name, an idiom); measured,
 * two made as many compositions right as any count did, with half the records of one.
 */
const MIN_COMPOUNDS = 2;
/**
 * How many times as many compounds must translate with the sense as with the first: Ding's compounds are more often a
 * trade's than the news' (Sicherheits- compounds are safety 92 times, security 54; -versuch tests 37, attempts 22), so
 * a sense that merely leads them says their language, not what the word means in the news. The held-out glossary
 * compounds, a trade's language too, lose a little by it (right 36.4 % at a share of one, 35.4 % at two), while 20
 * changed cards of the dev news drawn at random read 7 better and 5 worse at one (security, attempt, effort: such
 * near ties), 16 better and 2 worse at two.
 */
const OTHER_SENSE_SHARE = 2;

/** A compound of the glossary, and what its translations say: the nouns they end in, or their words. */
interface Counted { key: string; words: readonly string[] }

/**
 * The sense of `senses` that most of `compounds` translate with, where it is not the first (ties keep the earlier sense)
 * and at least MIN_COMPOUNDS do; `says` tells whether a compound's translations say a sense's plain words.
 */
function chosen(senses: readonly string[], compounds: readonly Counted[], says: (c: Counted, words: string) => boolean, leaveOut: string | undefined): string | undefined {
  const { best, most, first } = tally(senses, compounds, says, leaveOut);
  return best > 0 && most >= MIN_COMPOUNDS && most >= OTHER_SENSE_SHARE * first ? senses[best] : undefined;
}

/** Which of `senses` (the first CANDIDATES) most `compounds` say, how many say it, and how many say the first. */
function tally(senses: readonly string[], compounds: readonly Counted[], says: (c: Counted, words: string) => boolean, leaveOut: string | undefined): { best: number; most: number; first: number } {
  let best = -1;
  let most = -1;
  let first = 0;
  senses.slice(0, CANDIDATES).forEach((sense, i) => {
    const words = COMPOUND_WORDS?.(sense)?.toLowerCase();
    if (!words) return;
    const n = compounds.filter((c) => c.key !== leaveOut && says(c, words)).length;
    if (i === 0) first = n;
    if (n > most) [best, most] = [i, n];
  });
  return { best, most, first };
}

/** A head's compounds say a sense whose last word one of their translations ends in (`cycle path`: path). */
const endsIn = (c: Counted, words: string): boolean => c.words.includes(words.slice(words.lastIndexOf(' ') + 1));
/** A first part's compounds say a sense one of their translations has as words of its own (`acceptance test`). */
const hasWords = (c: Counted, words: string): boolean => c.words.some((t) => t.includes(` ${words} `));

/** The glossary's compounds on each head and on each first part as written, and the senses of its nouns. */
export class CompoundSenses {
  private readonly heads = new Map<string, Counted[]>();
  private readonly starts = new Map<string, Counted[]>();
  private readonly nouns: ReadonlyMap<string, CountedNoun>;
  private readonly words: ReadonlySet<string>;
  private readonly others: ReadonlyMap<string, readonly string[]>;

  /**
   * `words`: every key of the glossary, which a first part must be (perhaps with a linking element); `others`: the
   * senses of its lower-case words of other parts of speech (`links` :: left), best first.
   */
  constructor(nouns: ReadonlyMap<string, CountedNoun>, words: ReadonlySet<string>, others: ReadonlyMap<string, readonly string[]> = new Map()) {
    this.nouns = nouns;
    this.words = words;
    this.others = others;
    const isModifier = modifierTest(words);
    for (const [key, noun] of nouns) {
      // A head counts the English nouns its compounds are about (`cycle path` → path), not a trade's compounds.
      const ends = [...new Set(noun.senses.map(lastNoun).filter((w): w is string => w !== undefined))];
      // A first part counts every word its compounds' translations say (`acceptance test` → acceptance test).
      const said = noun.senses.map((s) => ` ${plain(s)} `);
      let headed = noun.specialist;
      for (let i = MIN_MODIFIER; i <= key.length - MIN_HEAD; i++) {
        const start = key.slice(0, i);
        const head = key.slice(i);
        if (!nouns.has(head)) continue;
        push(this.starts, start, { key, words: said });
        // The longest head the glossary lists: Versorgungs|engpass, not …pass.
        if (!headed && isModifier(start)) {
          push(this.heads, head, { key, words: ends });
          headed = true;
        }
      }
    }
  }

  /** What `head` means at the end of compounds where its compounds say another of its senses than its first. */
  headSense(head: string, leaveOut?: string): string | undefined {
    const senses = this.nouns.get(head)?.senses ?? [];
    return chosen(senses, this.heads.get(head) ?? [], endsIn, leaveOut);
  }

  /**
   * What the first part `start` (as written: `landes`) means at the start of compounds where its compounds say another
   * of its noun's senses than its first: the noun it is, perhaps with a linking element (Land|es) or without its final
   * e (Schul: Schule).
   */
  modifierSense(start: string, leaveOut?: string): string | undefined {
    const compounds = this.starts.get(start) ?? [];
    const noun = this.nounOf(start);
    if (noun) return chosen(noun.senses, compounds, hasWords, leaveOut);
    return this.wordSense(start, compounds, leaveOut);
  }

  /**
   * What a first part that is a word of its own, not a noun, means at the start of compounds: another of its senses
   * than its first, as a noun's (`erst` is only, barely first; Erst- compounds are first-time, initial ones); or its
   * first, where its letters also spell a noun with a linking element, which a compound's split reads instead
   * (`Links|verteidiger` would be Link|s: a hyperlink), and its compounds say it twice as often as any of that noun's
   * senses (Links- compounds are left 43 times; Rechts- compounds say right as often as Recht's right, and legal).
   */
  private wordSense(start: string, compounds: readonly Counted[], leaveOut: string | undefined): string | undefined {
    const senses = this.nouns.has(start) ? undefined : this.others.get(start);
    if (!senses) return undefined;
    const other = chosen(senses, compounds, hasWords, leaveOut);
    const spelt = this.stems(start).filter((s) => s !== start).map((s) => this.nouns.get(s)).find((n) => n !== undefined);
    if (other !== undefined || !spelt) return other;
    const { best, most } = tally(senses, compounds, hasWords, leaveOut);
    const rival = tally(spelt.senses, compounds, hasWords, leaveOut).most;
    return best === 0 && most >= MIN_COMPOUNDS && most >= OTHER_SENSE_SHARE * rival ? senses[0] : undefined;
  }

  /** Every head and first part the counts record a sense for, but those in `recorded` (keys as the asset writes them). */
  records(recorded: ReadonlySet<string>): DictRecord[] {
    const out: DictRecord[] = [];
    for (const head of this.heads.keys()) {
      const sense = this.headSense(head);
      const headword = COMPOUND_HEAD_MARK + head;
      if (sense !== undefined && !recorded.has(headword)) out.push({ headword, grammar: [], senses: [sense] });
    }
    for (const start of this.starts.keys()) {
      const sense = this.modifierSense(start);
      const headword = start.charAt(0).toUpperCase() + start.slice(1) + COMPOUND_MODIFIER_MARK;
      if (sense !== undefined && !recorded.has(headword.toLowerCase())) out.push({ headword, grammar: [], senses: [sense] });
    }
    return out;
  }

  private nounOf(start: string): CountedNoun | undefined {
    // A first part that is a word of its own other than a noun is that word (`neu`, `rechts`), not a noun's form (Neue,
    // a newcomer; Recht).
    if (!this.nouns.has(start) && this.words.has(start)) return undefined;
    return this.stems(start).map((s) => this.nouns.get(s)).find((n) => n !== undefined);
  }

  /** The nouns a first part as written may be: itself, with its final e (Schul: Schule), without a linking element. */
  private stems(start: string): string[] {
    return [start, `${start}e`, ...defaultLanguage.compounds.links.filter((l) => start.endsWith(l)).map((l) => start.slice(0, -l.length))];
  }
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

/**
 * The glossary's nouns as the counts read them, from its records: a capitalised headword of letters with a gender,
 * its senses best-ranked first as the asset orders a headword's lines (a stable sort: source order breaks ties).
 */
export function countedNouns(records: readonly DictRecord[]): Map<string, CountedNoun> {
  const lines = new Map<string, DictRecord[]>();
  for (const r of records) {
    if (r.form === undefined && /^\p{Lu}\p{Ll}+$/u.test(r.headword) && r.grammar.some((g) => GENDERS.has(g))) push(lines, r.headword.toLowerCase(), r);
  }
  const nouns = new Map<string, CountedNoun>();
  for (const [key, list] of lines) {
    const ranked = [...list].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0));
    nouns.set(key, { senses: [...new Set(ranked.flatMap((r) => r.senses))], specialist: ranked[0]!.note?.includes('[') ?? false });
  }
  return nouns;
}

/** Ding's codes of prepositions, articles, conjunctions, pronouns and numerals. */
const FUNCTION_CODES = new Set(['prp', 'art', 'conj', 'pron', 'ppron', 'num']);
/**
 * Whether a line is of a word that starts compounds as a prefix, not as a word its senses say (`auf`, `ein`, `zu`:
 * Auf- compounds are no up-ones, Ein- compounds no a-ones): a preposition, an article, a conjunction, a pronoun.
 */
export const functionWord = (grammar: readonly string[]): boolean => grammar.some((g) => FUNCTION_CODES.has(g.split(',')[0]!.trim()));

/**
 * The glossary's lower-case words of letters that are no nouns (`links`, `erst`), with their senses best-ranked first,
 * as the counts read a first part that is such a word; not a word that is also a function word (functionWord).
 */
export function countedWords(records: readonly DictRecord[]): Map<string, string[]> {
  const lines = new Map<string, DictRecord[]>();
  for (const r of records) {
    if (r.form === undefined && /^\p{Ll}+$/u.test(r.headword) && !r.grammar.some((g) => GENDERS.has(g))) push(lines, r.headword, r);
  }
  const words = [...lines].filter(([, list]) => !list.some((r) => functionWord(r.grammar)));
  return new Map(words.map(([key, list]) => [key, [...new Set([...list].sort((a, b) => (b.rank ?? 0) - (a.rank ?? 0)).flatMap((r) => r.senses))]]));
}

/** Records of what heads and first parts mean in compounds, beside those already `recorded` (lower-case keys). */
export function compoundSenseRecords(records: readonly DictRecord[], recorded: ReadonlySet<string>): DictRecord[] {
  return new CompoundSenses(countedNouns(records), new Set(records.map((r) => r.headword.toLowerCase())), countedWords(records)).records(recorded);
}
