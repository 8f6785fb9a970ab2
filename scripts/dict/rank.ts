/**
 * Orders a glossary's entries and senses the way a learner needs them (issue 14), once, when the
 * asset is built: a plain sense of the word before an idiom it is part of (`gegen etw. sein` is no
 * sense of `sein`), a common English word before a rare one (`to announce` before `to herald`),
 * and senses marked for register or region ([coll.], [obs.], [Am.] …) after plain ones.
 *
 * Word frequencies come from an English subtitle list (`form count` per line, most frequent first:
 * ../shared/data/freq/en_50k.txt, CC BY-SA 4.0, Hermit Dave's FrequencyWords from OPUS
 * OpenSubtitles 2018), so the built asset's order carries that attribution (README, About).
 */
import { defaultLanguage, isPhraseForm, markedSense, wording } from '../../src/core';
import type { DictRecord } from './asset';
import { splitOutside } from './ding';

// Labels of register, age or region that a learner should meet after the plain word, on the English side ([coll.],
// [obs.], [Am.] …: core's markedSense, which knows a spelling pair) and in Ding's German notes ([ugs.], [veraltet], [Süddt.] …):
// the language model's, which the lookup uses too.
const { markedNote: MARKED_NOTE } = defaultLanguage.glossary;
// The translation's notation, the language model's as the lookup reads it: abbreviations after a gloss (`together /tog./`,
// `square /Sq./`) and object slots (`sb.`, `sth.`, also `sb./sth.`).
const { abbreviation: ABBREVIATION, senseSlots: SLOTS } = defaultLanguage.glossary;

/** Scores, in natural-log units of English word frequency. */
const MARKED_PENALTY = 3;
const PHRASE_PENALTY = 20;
const POSITION_PENALTY = 1;
/** Per extra word of a gloss: "to cooperate" is a better first gloss than "to work together with". */
const WORD_PENALTY = 1.5;
/** Words of a gloss that say nothing about how common it is. */
const FILLER = /^(to|sth|sb|sb\/sth|one's|oneself|a|an|the|of|with|by|for|in|on|at|from|something|somebody|someone)$/;
const REFLEXIVE_STAND_IN = /^(one's|oneself)$/;

export type EnglishFrequency = (word: string) => number;

/**
 * Words up to this rank all count as common: "home" is said more often than "house", but both are
 * words every learner knows, and between them Ding's own order (`Haus` → house) knows better.
 */
const COMMON_RANK = 3000;

/** `form count` lines, most frequent first → natural log of the count, capped at COMMON_RANK's (0 for a word the list lacks). */
export function readFrequencies(text: string, commonRank = COMMON_RANK): EnglishFrequency {
  const counts = new Map<string, number>();
  const lines = text.split('\n');
  const cap = Math.log(Number(lines[Math.min(commonRank, lines.length) - 1]?.split(' ')[1]) || 1);
  for (const line of lines) {
    const [word, count] = line.split(' ');
    if (word && count && !counts.has(word)) counts.set(word, Math.min(cap, Math.log(Number(count))));
  }
  return (word) => counts.get(word) ?? 0;
}

/**
 * The abbreviation is no word of the gloss, but a gloss given with one is mostly the written or technical form
 * (`square /Sq./` in an address, `association /assoc./`): a little behind a plain one.
 */
const ABBREVIATION_PENALTY = 1.5;

/**
 * Ding writes other spellings and an adjective's comparison after a gloss in angle brackets (`make-up <makeup>`,
 * `mindfulness <mindness>`, `full <fuller> <fullest>`) for its search; they are no words of the gloss, and a rare
 * one (fullest, mindness) made the plain sense look rare.
 */
const VARIANTS = /<[^>]*>/g;

/** How common a gloss is: its rarest meaningful word, less a little per extra word. */
export function glossScore(sense: string, freq: EnglishFrequency): number {
  const abbreviated = sense.replace(ABBREVIATION, '') !== sense;
  const words = sense
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(VARIANTS, ' ')
    .replace(ABBREVIATION, ' ')
    .toLowerCase()
    .replace(SLOTS, ' ')
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^[^a-z']+|[^a-z']+$/g, ''))
    .filter((w) => w !== '');
  const meaningful = words.filter((w) => !FILLER.test(w));
  // A gloss of grammar words only (von :: of; from, für :: for, jemand :: someone) is as common as they are: scored 0,
  // as a word the list lacks, it fell behind the rare glosses beside it (von :: off, für :: per, jemand :: anyone). Not
  // the reflexive's stand-in (sich :: oneself), which names no person a sentence has.
  const scored = meaningful.length > 0 ? meaningful : words.filter((w) => !REFLEXIVE_STAND_IN.test(w));
  if (scored.length === 0) return 0;
  // A qualifier in brackets before the gloss (`(moral) right`, `(cunning) trick`) narrows it as a word in front would.
  const qualified = /^\s*\(/.test(sense) ? 1 : 0;
  return Math.min(...scored.map(freq)) - WORD_PENALTY * (scored.length - 1 + qualified) - (abbreviated ? ABBREVIATION_PENALTY : 0);
}

const senseScore = (sense: string, senses: readonly string[], freq: EnglishFrequency) =>
  glossScore(sense, freq) - (markedSense(sense, senses, defaultLanguage.glossary) ? MARKED_PENALTY : 0);

/** A gloss all in brackets, a remark on the glosses beside it rather than a translation. */
const isComment = (sense: string) => /^\([^()]*\)$/.test(sense.trim());

/**
 * The record with its senses best first and a `rank` (higher first among records of one headword). With `support`, a
 * gloss the source gives more often for the headword comes first within its line too, weighed as rankBySupport weighs
 * lines (natürlich: `naturally; of course`, of course given 8 times); the line's rank stays its first gloss's own score,
 * as rankBySupport adds that gloss's support.
 */
export function rankRecord(record: DictRecord, freq: EnglishFrequency, support?: SenseSupport): DictRecord {
  // Ding's own order counts too: a later gloss must be clearly more common to move up.
  const scored = record.senses.map((sense, i) => ({ sense, i, score: senseScore(sense, record.senses, freq) - POSITION_PENALTY * i }));
  // A gloss that is only a comment ("(often wrongly: descendent)") stays behind the gloss it comments on; one that
  // opens with a qualifier in brackets ("(cunning) trick", "(rechargeable) battery") is a gloss like any other.
  const order = scored.filter((s) => !isComment(s.sense)).sort((a, b) => b.score - a.score || a.i - b.i);
  // Only the first gloss moves for support: the rest keep the order synonyms of the line share, as the asset stores a
  // list shared by the line's headwords once.
  const supported = (s: (typeof order)[number]) => s.score + (support ? SUPPORT_WEIGHT * Math.log(Math.max(1, support(record.headword, s.sense))) : 0);
  const lead = order.reduce<(typeof order)[number] | undefined>((best, s) => (best === undefined || supported(s) > supported(best) ? s : best), undefined);
  if (lead && lead !== order[0]) order.unshift(...order.splice(order.indexOf(lead), 1));
  const senses = [...order, ...scored.filter((s) => isComment(s.sense))].map((s) => s.sense);
  const note = record.note ?? '';
  // The source's own rank (subject-labelled lines, later synonyms) is in the same units.
  let rank = (order[0] ? order[0].score + POSITION_PENALTY * order[0].i : 0) + (record.rank ?? 0);
  if (MARKED_NOTE.test(note)) rank -= MARKED_PENALTY;
  // A wording with a slot written out (`einer Sache folgen` :: to follow sth. (understand its sense), `einer Sache
  // unterliegen` :: to be subject to sth.) is a narrower use the sentence may choose, not the word's first meaning.
  if ((record.form !== undefined && wording(record.form, defaultLanguage.glossary) !== record.form) || isPhraseForm({ headword: record.headword, grammar: record.grammar, ...(record.form ? { form: record.form } : {}) }, defaultLanguage.glossary)) rank -= PHRASE_PENALTY;
  return { ...record, senses, rank };
}

/** A gloss's words as a learner reads them: `to hurt sb. (physically)` → hurt; the preposition `to (expressing direction)` → to. */
const glossKey = (sense: string): string[] =>
  sense.toLowerCase().replace(/\([^)]*\)|\[[^\]]*\]|<[^>]*>/g, ' ').replace(ABBREVIATION, ' ').replace(SLOTS, ' ')
    .replace(/^\s*to\s+(?=[a-z'])/, ' ').match(/[a-z']+/g) ?? [];

/** Whether `narrow` is `wide` with words in front: `mental injury` of injury, `emotional pain` of pain. */
const qualifies = (narrow: string[], wide: string[]) =>
  wide.length > 0 && narrow.length > wide.length && wide.every((w, i) => narrow[narrow.length - wide.length + i] === w);

/** Records grouped by `keyOf`, in their order (Node 20 has no Map.groupBy); a record keyed undefined is left out. */
function groupRecords(records: DictRecord[], keyOf: (r: DictRecord) => string | undefined): Map<string, DictRecord[]> {
  const groups = new Map<string, DictRecord[]>();
  for (const r of records) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}

/**
 * A line whose glosses are all qualified words, one of them another line's gloss of the same word qualified
 * (`Verletzung; seelischer Schmerz :: emotional hurt; mental injury` beside `Verletzung [med.] :: injury`), gives a
 * narrower use of it: it ranks just behind that line,
 * whatever its words' frequency or the other's label says, so a learner (and a compound part's card) reads the plain
 * meaning first.
 */
export function rankNarrowerUses(records: DictRecord[]): DictRecord[] {
  const byWord = groupRecords(records, (r) => (r.form === undefined ? `${r.headword}\t${r.grammar.join(',')}` : undefined));
  const ranks = new Map<DictRecord, number>();
  for (const list of byWord.values()) {
    if (list.length < 2) continue;
    const keys = list.map((r) => r.senses.map(glossKey));
    list.forEach((narrow, i) => {
      // A line that also gives a plain word (`case; casing box; housing`) is the word's own meaning, not a narrower use.
      if (keys[i]!.some((k) => k.length < 2)) return;
      const wide = list.filter((r, j) => j !== i && (r.rank ?? 0) <= (narrow.rank ?? 0)
        && !keys[i]!.some((n) => keys[j]!.some((w) => n.join(' ') === w.join(' ')))
        && keys[i]!.some((n) => keys[j]!.some((w) => qualifies(n, w))));
      const below = Math.min(...wide.map((r) => r.rank ?? 0));
      if (wide.length > 0) ranks.set(narrow, below - NARROWER_STEP);
    });
  }
  return records.map((r) => (ranks.has(r) ? { ...r, rank: ranks.get(r)! } : r));
}

/** Just behind: other lines' order among themselves stays as ranked. */
const NARROWER_STEP = 0.01;

/**
 * How many of the source's sense groups give a headword with a gloss: `(headword, sense) → count`. Ding gives a word's
 * central meaning again and again in its phrases, examples and synonym lines (Einsatz → use: `der Einsatz neuer Mittel`,
 * `Einsatz von Gewalt`, `Gebrauch; Verwendung; Einsatz :: use` …), a marginal one once (Höhe → highness).
 */
export type SenseSupport = (headword: string, sense: string) => number;

/** A gloss's words between spaces, so that one gloss is found inside another as whole words. */
const spaced = (sense: string) => ` ${glossKey(sense).join(' ')} `;

/**
 * Counts, for each headword with two or more records (one record needs no order), the groups of `source` (Ding lines:
 * `German | … :: English | …`, groups paired in order) whose German side has the headword as a word and whose English
 * side holds one of its records' glosses as whole words (`accuse` in `to accuse sb. of sth.`).
 */
export function senseSupport(records: readonly DictRecord[], source: string): SenseSupport {
  const recordCount = new Map<string, number>();
  const key = (r: DictRecord) => r.headword.toLowerCase();
  for (const r of records) if (!r.headword.includes(' ')) recordCount.set(key(r), (recordCount.get(key(r)) ?? 0) + 1);
  const glosses = new Map<string, Set<string>>();
  for (const r of records) {
    if (r.headword.includes(' ') || (recordCount.get(key(r)) ?? 0) < 2) continue;
    let set = glosses.get(r.headword);
    if (!set) glosses.set(r.headword, (set = new Set()));
    // A gloss of grammar words only counts too: von's examples say `of`, `from` and `by` again and again, `off` rarely.
    for (const sense of r.senses) if (glossKey(sense).length > 0) set.add(spaced(sense));
  }
  const counts = new Map<string, Map<string, number>>();
  eachGroup(source, (group, text) => {
    for (const word of new Set(group.match(/\p{L}+/gu))) {
      const wanted = glosses.get(word);
      if (!wanted) continue;
      let count = counts.get(word);
      if (!count) counts.set(word, (count = new Map()));
      for (const gloss of wanted) if (text.includes(gloss)) count.set(gloss, (count.get(gloss) ?? 0) + 1);
    }
  });
  return (headword, sense) => counts.get(headword)?.get(spaced(sense)) ?? 0;
}

/** Each group of the source's lines (`German | … :: English | …`, groups paired in order), its English as glossKey words. */
function eachGroup(source: string, visit: (german: string, english: string) => void): void {
  for (const line of source.split('\n')) {
    const sides = line.startsWith('#') ? [] : line.split(' :: ');
    if (sides.length !== 2) continue;
    const german = splitOutside(sides[0]!, ' | ');
    const english = splitOutside(sides[1]!, ' | ');
    if (german.length !== english.length) continue;
    // `;` keeps one synonym's words from running into the next's.
    german.forEach((group, i) => visit(group, ` ${splitOutside(english[i]!, ';').map((e) => glossKey(e).join(' ')).join(' ; ')} `));
  }
}

/**
 * A gloss the source gives e times as often for the word weighs as much as a register mark: subtitle frequency says
 * how common an English word is, not whether it is what the German word means (Höhe → highness, a title in films).
 */
const SUPPORT_WEIGHT = MARKED_PENALTY;

/**
 * Orders each headword's records (ranked by rankRecord) by the support of the sense a learner would read first from
 * each: its first gloss not already shown by a record above it, as the card lists a repeated gloss once (`school` of
 * fish under Schule is no reason to put `pod` second). Records of one headword only move among themselves. A gloss of
 * a record spelt otherwise is another word's (the noun `Kosten` beside the verb `kosten`, whose card lists the noun's
 * senses apart): the noun's `cost` above it is no reason to put the verb's `to cost` behind `to taste`. A phrase's
 * records are ordered so too (`vor allem` :: above all, which the source gives again and again, before :: essentially).
 */
export function rankBySupport(records: DictRecord[], support: SenseSupport): DictRecord[] {
  const byKey = groupRecords(records, (r) => r.headword.toLowerCase());
  const ranks = new Map<DictRecord, number>();
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    const shown = new Set<string>();
    const left = [...list];
    let last = Infinity;
    while (left.length > 0) {
      const score = (r: DictRecord) => {
        const next = r.senses.find((s) => !shown.has(`${r.headword}\t${spaced(s)}`));
        return (r.rank ?? 0) + (next === undefined ? 0 : SUPPORT_WEIGHT * Math.log(Math.max(1, support(r.headword, next))));
      };
      const scores = left.map(score);
      const best = scores.indexOf(Math.max(...scores));
      const [r] = left.splice(best, 1);
      // Strictly falling, so the asset's sort by rank gives this order.
      last = Math.min(scores[best]!, last - SUPPORT_STEP);
      ranks.set(r!, last);
      for (const s of r!.senses) shown.add(`${r!.headword}\t${spaced(s)}`);
    }
  }
  return records.map((r) => (ranks.has(r) ? { ...r, rank: ranks.get(r)! } : r));
}

const SUPPORT_STEP = 0.001;

/**
 * How many of the source's groups give a phrase with a gloss, for each phrase listed with two or more records (`vor
 * allem` :: above all, given in most of the groups that have it; :: essentially, in one): as `senseSupport` counts a
 * word's, where the German side holds the phrase's words in a row.
 */
export function phraseSupport(records: readonly DictRecord[], source: string): SenseSupport {
  const recordCount = new Map<string, number>();
  const key = (r: DictRecord) => r.headword.toLowerCase();
  for (const r of records) if (r.headword.includes(' ')) recordCount.set(key(r), (recordCount.get(key(r)) ?? 0) + 1);
  // A phrase's glosses, under its first word, which the scan meets first.
  const byFirst = new Map<string, Map<string, Set<string>>>();
  for (const r of records) {
    if ((recordCount.get(key(r)) ?? 0) < 2) continue;
    const first = key(r).split(' ')[0]!;
    const phrases = byFirst.get(first) ?? byFirst.set(first, new Map()).get(first)!;
    const glosses = phrases.get(key(r)) ?? phrases.set(key(r), new Set()).get(key(r))!;
    for (const sense of r.senses) if (glossKey(sense).some((w) => !FILLER.test(w))) glosses.add(spaced(sense));
  }
  const counts = new Map<string, Map<string, number>>();
  eachGroup(source, (german, english) => {
    const words = german.toLowerCase().match(/\p{L}+/gu) ?? [];
    const text = ` ${words.join(' ')} `;
    for (const word of new Set(words))
      for (const [phrase, glosses] of byFirst.get(word) ?? []) {
        if (!text.includes(` ${phrase} `)) continue;
        const count = counts.get(phrase) ?? counts.set(phrase, new Map()).get(phrase)!;
        for (const gloss of glosses) if (english.includes(gloss)) count.set(gloss, (count.get(gloss) ?? 0) + 1);
      }
  });
  return (headword, sense) => counts.get(headword.toLowerCase())?.get(spaced(sense)) ?? 0;
}

