/**
 * Compound splitting (issue 4): `Waffenlieferungen` → Waffe|n + Lieferung, `Verteidigungsminister`
 * → Verteidigung|s + Minister. The head (last part) is any noun form the lexicon knows; the
 * parts before it are noun lemmas with an optional linking element, or verb/adjective stems.
 * Fewest parts win; ties go to the split whose parts the glossary lists (as the lexicon records
 * it: `Lexicon.inGlossary`, so a split does not depend on the glossary loading), then to the
 * longest head (German compounds are right-headed, and a long head is the safer reading).
 */
import type { CompoundPart } from '../analysis';
import type { Lexicon, LexEntry, LexKind } from './02-readings/lexicon';

/**
 * Whether a part is a deriving affix, which a split writes with its hyphen where it attaches (`re-`, `-ung`): such a
 * split explains a derived word by its base, while a compound's parts are words of their own.
 */
export const isAffix = (part: CompoundPart): boolean => part.lemma.startsWith('-') || part.lemma.endsWith('-');

export interface CompoundRules {
  /** Linking elements between parts (`s`, `n`, `en`, `es`, `er`, `e`), tried after no link. */
  links: readonly string[];
  /** Shortest part as written (without link). */
  minPart: number;
  /**
   * Shortest head after a modifier the lexicon and glossary lack, or of a head only the glossary lists (a short one
   * matches too much by chance).
   */
  minUnknownHead: number;
  /** Suffixes that make adjectives of nouns but are no adjectives of their own in the lexicon (`sinn|los`). */
  adjectiveSuffixes: readonly string[];
  /** Inflection endings of adjectives (`sinnlos|en`). */
  adjectiveEndings: readonly string[];
  /** Nouns shorter than minPart that often start compounds (`Öl|preis`), as written in lower case. */
  shortModifiers: ReadonlySet<string>;
  /** Prefixes and particles that stand before nouns as modifiers (`Vor|saison`, `Ex|minister`). */
  prefixes: ReadonlySet<string>;
  /** Shortest modifier nobody lists (`Per|mission`, `Bel|grad` cut by chance). */
  minUnknownModifier: number;
  /** Prefixes that bind to what follows (`ver-`): a modifier nobody lists does not end in one. */
  boundPrefixes: readonly string[];
  /** Plural and case endings a head only the glossary lists may carry (it records the lemma alone). */
  headEndings: readonly string[];
  /** Endings cut from a verb lemma to get the stem used in compounds (`waschen` → `wasch`). */
  verbEndings: readonly string[];
  /** Endings a noun drops as a modifier (`Schule` → `Schul|bus`), tried before a verb stem (`schulen`). */
  elidedEndings: readonly string[];
  /**
   * Noun suffixes any verb takes (`-ung`): such a noun is a modifier when its verb is listed (`Verschleppung|s|haft` ←
   * verschleppen), as the lexicon lists only the common ones; its verb is the stem plus one of `verbEndings`.
   */
  verbNounSuffixes: readonly string[];
  /**
   * The endings and gender (lexicon code) of weak nouns, whose every case but the nominative ends so (`Wille`,
   * `Willen`): a head listed also as such a form's nominative variant is cited as the more frequent noun.
   */
  weakNouns?: { endings: readonly string[]; gender: string };
  /**
   * Prefixes that make a word of any noun (`re-`, `anti-`): a word the lexicon lacks is such a prefix before a noun it
   * lists (`Re|privatisierung`), which the card shows as compound parts are, the noun as head.
   */
  derivingPrefixes?: readonly string[];
  /**
   * Suffixes that make a noun of a listed word of one kind (`-keit` of an adjective: `Lesbar|keit`), with the noun's
   * gender (lexicon code) and the ending its plural adds (`Lesbarkeit|en`): the card shows the word and the suffix as
   * parts, the word's meaning first.
   */
  derivingSuffixes?: readonly { suffix: string; base: LexKind; gender: string; plural?: string }[];
  /**
   * The suffix that makes a noun of the one who does what any verb says (`-er`: `blocken` → der Blocker), its gender
   * (lexicon code) and the endings its plural takes in some case (`Blockern`): the lexicon lists only the common ones,
   * so a card's head may be one whose verb it lists, after modifiers it lists (`Tor|blocker`), as given in verbEndings.
   */
  agentNoun?: { suffix: string; gender: string; endings: readonly string[] };
}

export interface CompoundSplit {
  parts: CompoundPart[];
  /** Entry of the head noun (gender, plural). */
  head: LexEntry;
  /** The compound's lemma: everything before the head as written + the head's lemma. */
  lemma: string;
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** `verb`: a verb's stem (`Wohn|zimmer`), which takes no linking element (`Landes|rat` is Land's, not landen's). */
type Modifier = { text: string; lemma: string; link: string; verb?: true };

/** Bound on each memo table; cleared when full (news vocabulary repeats within an article). */
const MEMO_LIMIT = 100_000;
const HEADED_MIN = 4;
/** What a head read only through a case ending costs against a listed one (more than their lengths differ by). */
const UNLISTED_HEAD = 10;
/** The shortest listed prefix (`ex`, `ur`). */
const PREFIX_MIN = 2;

export class CompoundSplitter {
  private readonly cache = new Map<string, CompoundSplit | null>();
  private readonly loose = new Map<string, CompoundSplit | null>();
  private readonly adjectives = new Map<string, CompoundSplit | null>();
  // Every split tries each prefix as a modifier, so the same pieces (`verteidigung`) come up
  // in many words: look each up once. (Heads are plain lexicon probes, cheaper than a memo.)
  private readonly mods = new Map<string, Modifier | null>();
  /** Words in which split() found a noun head of at least HEADED_MIN letters. */
  private readonly headed = new Set<string>();

  constructor(
    private readonly lex: Lexicon,
    private readonly rules: CompoundRules,
    /** Noun entries of a form, case endings included (Lemmatizer.nounForms). */
    private readonly nounForms: (form: string) => readonly LexEntry[] = (f) => lex.lookup(f).filter((e) => e.kind === 'N'),
  ) {}

  /** Splits a noun the lexicon does not list; null when no split into known parts exists. */
  split(word: string): CompoundSplit | null {
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const res = word.length >= 2 * this.rules.minPart && word.length <= 60 ? this.best(word) : null;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(word, res);
    return res;
  }

  /**
   * For a card, not for tagging: also a word whose modifier nobody lists (`Quanten|mechanik`), cut before its longest
   * known noun head, which gives the learner the gist. Tagging keeps to split(): names end in nouns too (`Thomann`,
   * `Isenburg`), and their capital says nothing. A word the lexicon knows whole is never cut so (`Kont|rolle`).
   */
  splitForCard(word: string): CompoundSplit | null {
    // A hyphenated word (`US-Luftangriffen`): what stands before the last hyphen is one part, the rest is split.
    const hy = word.lastIndexOf('-');
    if (hy > 0 && hy < word.length - 1) {
      const rest = word.slice(hy + 1);
      const tail = this.splitForCard(cap(rest));
      if (!tail) return null;
      const before = word.slice(0, hy);
      const [first, ...more] = tail.parts;
      return { parts: [{ text: before, lemma: before }, { ...first!, text: rest.slice(0, first!.text.length) }, ...more], head: tail.head, lemma: `${before}-${tail.lemma}` };
    }
    const strict = this.split(word);
    // Places, also inflected (`Thüringen`, `Belgrads`), acronyms and brands with inner capitals (`ToyTalk`) are not cut
    // before a guessed head.
    const named = [word, ...this.rules.headEndings.filter((e) => word.endsWith(e)).map((e) => word.slice(0, word.length - e.length))].some((w) => this.lex.isPlace(w)) ||
      /\p{Lu}/u.test(word.slice(1));
    if ((strict && strict.parts.length === 2) || named || word.length < 2 * this.rules.minPart || word.length > 60) return strict;
    let hit = this.loose.get(word);
    if (hit === undefined) {
      // Fewer parts win here as in split(): a head only the glossary lists beats a cut through it (`Kupplung`, no
      // `Kupp|lunge`); one that its verb makes an agent's noun goes first, as it gives the head's gender.
      const listed = this.glossaryHead(word);
      // A listed word and its affix are two parts, fewer than a cut through the word (`Radi|kal|is|mus`).
      hit = this.derived(word) ?? (strict && (!listed || listed.parts.length >= strict.parts.length) ? strict : this.agentHead(word) ?? listed ?? this.unknownModifier(word));
      if (this.loose.size > 50_000) this.loose.clear();
      this.loose.set(word, hit);
    }
    return hit;
  }

  /**
   * The word a compound's first part cut off before a hyphen stands for (`Krisen-` in `Krisen- und Kriegsgebiete`:
   * Krise; `Wirtschafts-`: Wirtschaft): its text read as a compound's modifiers, the last a noun the lexicon lists,
   * which heads it (lemma: the modifiers before it as written plus its lemma). Null where the last is no noun
   * (`Kühl-`, `Sozial-`), or also a prefix (`Haupt-` in `Haupt- und Nebenstraßen`, not das Haupt, head) or, written as it
   * is, an adjective (`Alt- und Neubauten`, `Mittel- und Nordeuropa`: not der Alt, das Mittel).
   */
  truncated(word: string): CompoundSplit | null {
    const mods = word.length >= this.rules.minPart ? this.modifiers(word.toLowerCase(), 3) : null;
    const last = mods?.[mods.length - 1];
    const head = last ? this.lex.lemma(last.lemma, 'N') : undefined;
    if (!mods || !last || !head || this.rules.prefixes.has(last.text) || (!last.link && this.lex.lemma(last.text, 'A'))) return null;
    const before = word.slice(0, word.length - last.text.length - (last.link?.length ?? 0));
    return { parts: mods, head, lemma: before ? before + head.lemma.toLowerCase() : head.lemma };
  }

  /**
   * A lower-case word the lexicon lacks that ends in a form of an adjective it knows, after known modifiers
   * (`serien|reifen` → serienreif, `verletzung|s|reich`, `hoch|professionell`): an adjective compound, whose lemma
   * is the modifiers as written plus the head's lemma.
   */
  splitAdjective(word: string): CompoundSplit | null {
    if (word.length < 2 * this.rules.minPart || word.length > 60 || word !== word.toLowerCase()) return null;
    let hit = this.adjectives.get(word);
    if (hit === undefined) {
      hit = null;
      for (let h = this.rules.minPart; h <= word.length - this.rules.minPart && !hit; h++) {
        const text = word.slice(h);
        // The suffix first: `-losen` is sinn|los's, not the adjective lose (loose).
        const head = this.adjectiveSuffix(text) ?? this.lex.lookup(text).find((e) => e.kind === 'A');
        const mods = head ? this.modifiers(word.slice(0, h), 2) : null;
        if (head && mods) hit = this.spelled(word, { parts: [...mods, { text: word.slice(h), lemma: head.lemma }], head });
      }
      if (this.adjectives.size > 50_000) this.adjectives.clear();
      this.adjectives.set(word, hit);
    }
    return hit;
  }

  /** A suffix that ends adjectives though the lexicon lists no adjective of its form (`-los`, `-lose`). */
  private adjectiveSuffix(text: string): LexEntry | undefined {
    const suffix = this.rules.adjectiveSuffixes.find((s) => text === s || (text.startsWith(s) && this.rules.adjectiveEndings.includes(text.slice(s.length))));
    return suffix ? { lemma: suffix, kind: 'A' } : undefined;
  }

  /**
   * Whether the word ends in a noun the lexicon knows (`…aufwand`, `…schrank`), even when the
   * part before it is unknown: German compounds are right-headed, names mostly are not.
   */
  hasNounHead(word: string, minHead = 4): boolean {
    // split() already tried every head of the word: reuse what it saw.
    if (minHead === HEADED_MIN && this.cache.has(word)) return this.headed.has(word);
    const lower = word.toLowerCase();
    for (let h = 2; h <= lower.length - minHead; h++) if (this.nounHead(lower.slice(h))) return true;
    return false;
  }

  private best(word: string): CompoundSplit | null {
    const lower = word.toLowerCase();
    const min = this.rules.minPart;
    let best: { parts: CompoundPart[]; head: LexEntry; score: number } | null = null;
    // A listed prefix is a modifier of a word the lexicon lacks (`Vor|saison`), not of a derivation it knows whole
    // (`Abkommen` is no `ab|Kommen`), also in lower case (`Einfach` at a sentence's start is no `ein|Fach`).
    const prefixed = !this.lex.lookup(word).length && !this.lex.lookup(lower).length;
    // Head candidates, longest first; a modifier may be shorter than minPart when it is a listed prefix (`Ur|oma`).
    for (let h = PREFIX_MIN; h <= lower.length - min; h++) {
      const headText = lower.slice(h);
      const head = this.nounHead(headText);
      if (!head) continue;
      if (h >= 2 && headText.length >= HEADED_MIN) {
        if (this.headed.size > MEMO_LIMIT) this.headed.clear();
        this.headed.add(word);
      }
      const mods = this.modifiers(lower.slice(0, h), 3, prefixed);
      if (!mods) continue;
      const parts: CompoundPart[] = [...mods, { text: word.slice(h), lemma: head.lemma }];
      // A head the lexicon lists as written beats a longer one that only a case ending the lists leave out reads as a
      // noun (`Probe|falle`, not Pro + an old dative of Befall, whose line lists no forms).
      const listed = this.lex.lookup(cap(headText)).length > 0;
      let score = -parts.length * 100 + headText.length - (listed ? 0 : UNLISTED_HEAD);
      // Glossed parts only decide between splits with as few parts (and it costs lexicon lookups).
      if (best && score + 50 <= best.score) continue;
      if (parts.every((p) => this.lex.inGlossary(p.lemma))) score += 50;
      if (parts.slice(0, -1).some((p) => p.link)) score -= 1;
      if (!best || score > best.score) best = { parts, head, score };
      // Two glossed parts with the longest listed head: no shorter head can score higher.
      if (parts.length === 2 && listed && score > -200 + headText.length + 1) break;
    }
    return best ? this.spelled(word, best) : null;
  }

  /** The split with each part as the word spells it, and the compound's lemma. */
  private spelled(word: string, split: { parts: CompoundPart[]; head: LexEntry }): CompoundSplit {
    let at = 0;
    for (const p of split.parts) {
      p.text = word.slice(at, at + p.text.length);
      at += p.text.length + (p.link?.length ?? 0);
    }
    const headPart = split.parts[split.parts.length - 1]!;
    const prefix = word.slice(0, word.length - headPart.text.length);
    return { parts: split.parts, head: split.head, lemma: prefix + split.head.lemma.toLowerCase() };
  }

  /**
   * Known modifiers before a head only the glossary lists (`Lohn|dumping`): the lexicon records the glossary's words
   * without gender or paradigm, so the head is the longest such word, written as its lemma or with a plural or case
   * ending.
   */
  private glossaryHead(word: string): CompoundSplit | null {
    const lower = word.toLowerCase();
    if (this.lex.lookup(word).length) return null;
    for (let h = this.rules.minPart; h <= lower.length - this.rules.minUnknownHead; h++) {
      const text = lower.slice(h);
      const stem = ['', ...this.rules.headEndings].map((end) => (text.endsWith(end) ? text.slice(0, text.length - end.length) : ''))
        .find((t) => t.length >= this.rules.minUnknownHead && this.lex.inGlossary(t));
      if (!stem) continue;
      const mods = this.modifiers(lower.slice(0, h), 3);
      if (!mods) continue;
      const head: LexEntry = { lemma: cap(stem), kind: 'N' };
      return this.spelled(word, { parts: [...mods, { text, lemma: head.lemma }], head });
    }
    return null;
  }

  /**
   * A deriving prefix before a noun the lexicon lists (`Re|kommunalisierung`), the prefix shown with a hyphen (`re-`).
   * Or a listed word before a deriving suffix (`zerlegen` + `-barkeit`). Only where the listed word has twice
   * minUnknownModifier letters: a shorter one is as often a name cut by chance (`Re|mann`, `Haus|ler`).
   */
  private derived(word: string): CompoundSplit | null {
    return this.lex.lookup(word).length || this.lex.lookup(word.toLowerCase()).length ? null : this.derivation(word);
  }

  /**
   * For a card: a noun the lexicon lists and the glossary lacks, cut as derived from a word the lexicon lists
   * (`Verteufel|ung` ← verteufeln), which the card explains it by. A listed word the glossary has is not cut: its own
   * senses explain it.
   */
  unglossedDerived(word: string): CompoundSplit | null {
    return this.lex.inGlossary(word) ? null : this.derivation(word);
  }

  private derivation(word: string): CompoundSplit | null {
    const lower = word.toLowerCase();
    for (const prefix of this.rules.derivingPrefixes ?? []) {
      const rest = lower.slice(prefix.length);
      const head = lower.startsWith(prefix) && rest.length >= 2 * this.rules.minUnknownModifier ? this.nounHead(rest) : undefined;
      if (head) return this.spelled(word, { parts: [{ text: prefix, lemma: `${prefix}-` }, { text: rest, lemma: head.lemma }], head });
    }
    for (const { suffix, base, gender, plural } of this.rules.derivingSuffixes ?? []) {
      // In the plural too (`Hinricht|ungen`), which a cut before a noun its letters spell would take otherwise (Hin|Richtungen).
      const ending = plural && lower.endsWith(suffix + plural) ? plural : '';
      const stem = lower.slice(0, lower.length - suffix.length - ending.length);
      const entry = lower.endsWith(suffix + ending) ? this.baseWord(stem, base) : undefined;
      // The suffix heads a derived word, as a compound's last noun does, and gives it its gender.
      const head: LexEntry = { lemma: `-${suffix}`, kind: 'N', gender };
      if (entry && entry.lemma.length >= 2 * this.rules.minUnknownModifier) {
        return { parts: [{ text: word.slice(0, stem.length), lemma: entry.lemma }, { text: word.slice(stem.length), lemma: head.lemma }], head, lemma: word.slice(0, word.length - ending.length) };
      }
    }
    return null;
  }

  /** The listed word of a kind a stem before a deriving suffix is: a noun as cited, an adjective, a verb's stem. */
  private baseWord(stem: string, kind: LexKind): LexEntry | undefined {
    if (kind === 'N') return this.lex.lemma(cap(stem), kind);
    if (kind === 'A') return this.lex.lemma(stem, kind);
    return this.rules.verbEndings.map((end) => this.lex.lemma(stem + end, kind)).find((e) => e !== undefined);
  }

  /**
   * Modifiers the lexicon lists before the noun of one who does what a listed verb says (`Werbe|blockern` ← blocken, not
   * Werbeb + the nominalised `Lockern`), the longest such head first. Only for a card: as a tagger's split, it would
   * read surnames as compounds (`Stein|berger` ← bergen).
   */
  private agentHead(word: string): CompoundSplit | null {
    const agent = this.rules.agentNoun;
    const lower = word.toLowerCase();
    if (!agent || this.lex.lookup(word).length) return null;
    for (let h = this.rules.minPart; h <= lower.length - this.rules.minUnknownHead; h++) {
      const text = lower.slice(h);
      const lemma = [text, ...agent.endings.filter((e) => text.endsWith(agent.suffix + e)).map((e) => text.slice(0, -e.length))]
        .find((t) => t.endsWith(agent.suffix) && t.length >= agent.suffix.length + this.rules.minUnknownHead);
      const stem = lemma?.slice(0, -agent.suffix.length);
      if (!lemma || !stem || !this.rules.verbEndings.some((e) => this.lex.lemma(stem + e, 'V'))) continue;
      const mods = this.modifiers(lower.slice(0, h), 3);
      if (!mods) continue;
      const head: LexEntry = { lemma: cap(lemma), kind: 'N', gender: agent.gender, plural: cap(lemma) };
      return this.spelled(word, { parts: [...mods, { text, lemma: head.lemma }], head });
    }
    return null;
  }

  /**
   * A known noun head after a modifier nobody lists, the longest head first (`Zwischen|schritt`); a modifier shorter than
   * minUnknownModifier only before a head of twice that length, which a cut by chance rarely leaves (`Rur|kraftwerk`,
   * a river's; not `Per|mission`).
   */
  private unknownModifier(word: string): CompoundSplit | null {
    const lower = word.toLowerCase();
    if (this.lex.lookup(word).length || this.lex.lookup(lower).length) return null;
    for (let h = this.rules.minPart; h <= lower.length - this.rules.minUnknownHead; h++) {
      // `Spitzenver|brauch` cuts a prefixed noun (Verbrauch) after its prefix: a noun starts no later than its prefix.
      if (this.rules.boundPrefixes.some((p) => lower.endsWith(p, h))) continue;
      const head = this.nounHead(lower.slice(h));
      if (!head) continue;
      // The longest head decides; before it, too short a modifier is more likely a cut by chance than a word
      // (`Per|mission`), and a shorter head would be one too (`Aasfr|esser`).
      if (h < this.rules.minUnknownModifier && lower.length - h < 2 * this.rules.minUnknownModifier) return null;
      const modifier = word.slice(0, h);
      return { parts: [{ text: modifier, lemma: cap(modifier) }, { text: word.slice(h), lemma: head.lemma }], head, lemma: modifier + head.lemma.toLowerCase() };
    }
    return null;
  }

  private nounHead(text: string): LexEntry | undefined {
    const form = cap(text);
    const entries = this.nounForms(form);
    // A head written as a lemma is that noun (`…reifen` → Reifen, `…falle` → Falle), not another's plural or case
    // form; but a nominalised infinitive (`das Stunden`) is rarer than the plural it looks like (`Wochen|stunden`).
    const own = entries.find((e) => e.lemma === form && !(e.gender === 'n' && this.lex.lemma(text, 'V')));
    // A nominalised adjective, listed for two genders as the adjective's form (der, die Rechte), heads fewer compounds
    // than the noun whose plural it spells: `Menschen|rechte` are rights (Recht), not right-wingers; `Winter|reifen`,
    // one noun of one gender, stays Reifen.
    const plural = own && entries.find((e) => e.plural === form && e.lemma !== form);
    if (plural && entries.some((e) => e.lemma === form && e.gender !== own.gender) && this.lex.lookup(text).some((e) => e.kind === 'A')) return plural;
    // A head listed as a lemma that is also a weak noun's form is that noun where it is the more frequent (`…willen` →
    // Wille, `…gedanken` → Gedanke: the rarer nominatives in -n), as a dictionary cites it; not `…frieden`, as common.
    const weak = this.rules.weakNouns;
    const cited = own && weak && own.gender === weak.gender && entries.find((e) => e !== own && e.gender === own.gender &&
      weak.endings.some((x) => e.lemma + x === form) && (e.frequency ?? -1) > (own.frequency ?? -1));
    return cited || (own ?? entries[0]);
  }

  /** Splits the text before the head into modifiers; null if impossible within `depth` parts. */
  private modifiers(text: string, depth: number, prefixed = false): CompoundPart[] | null {
    if (depth === 0) return null;
    const min = this.rules.minPart;
    let best: CompoundPart[] | null = null;
    for (let cut = text.length; cut >= PREFIX_MIN; cut--) {
      const piece = text.slice(0, cut);
      // A prefix is written as the dictionary lists it and takes no linking element.
      const prefix = prefixed && this.rules.prefixes.has(piece);
      const short = this.rules.shortModifiers.has(piece);
      if (cut < min && !prefix && !short) continue;
      const rest = text.slice(cut);
      // Case 1: `piece` is the whole modifier and `rest` a link (or empty).
      // Case 2: `piece` (+ link) is the first modifier and `rest` more modifiers.
      for (const link of ['', ...this.rules.links]) {
        if (!rest.startsWith(link)) continue;
        const after = rest.slice(link.length);
        const m = (cut >= min || short ? this.modifier(piece) : undefined) ?? (prefix && !link ? { text: piece, lemma: piece, link: '' } : undefined);
        if (!m || (m.verb && link)) continue;
        const part: CompoundPart = { text: m.text, lemma: m.lemma };
        const fullLink = m.link + link;
        if (fullLink) part.link = fullLink;
        if (!after) return [part];
        if (after.length < min) continue;
        const more = this.modifiers(after, depth - 1, prefixed);
        if (more && (!best || more.length + 1 < best.length)) best = [part, ...more];
      }
    }
    return best;
  }

  /**
   * The lemma a lower-case piece stands for as a compound's modifier (`waffen` → Waffe), if it can be one: the
   * lexicon's build asks this of the glossary's words, to record those the splitter may look for in it.
   */
  modifierLemma(piece: string): string | undefined {
    return this.modifier(piece)?.lemma;
  }

  private modifier(piece: string): Modifier | undefined {
    let m = this.mods.get(piece);
    if (m === undefined) {
      m = this.findModifier(piece) ?? null;
      if (this.mods.size > MEMO_LIMIT) this.mods.clear();
      this.mods.set(piece, m);
    }
    return m ?? undefined;
  }

  /** A modifier as lemma + linking element: a plural form `Waffen` is Waffe|n. */
  private findModifier(piece: string): Modifier | undefined {
    const c = cap(piece);
    for (const e of this.lex.lookup(c)) {
      if (e.kind !== 'N') continue;
      if (e.lemma === c) return { text: piece, lemma: e.lemma, link: '' };
      if (e.plural === c) {
        return c.startsWith(e.lemma)
          ? { text: piece.slice(0, e.lemma.length), lemma: e.lemma, link: c.slice(e.lemma.length) }
          : { text: piece, lemma: e.lemma, link: '' };
      }
    }
    for (const e of this.lex.lookup(piece)) if (e.kind === 'A' && e.lemma === piece) return { text: piece, lemma: e.lemma, link: '' };
    // A deriving prefix as written (`Nicht|meldung`, `nicht|linear`) is that prefix, not a noun short of its ending
    // (`Nichte`, niece).
    const lower = piece.toLowerCase();
    if (this.rules.derivingPrefixes?.includes(lower)) return { text: piece, lemma: `${lower}-`, link: '' };
    for (const end of this.rules.elidedEndings) {
      const n = this.lex.lemma(c + end, 'N');
      if (n && piece.length >= 4) return { text: piece, lemma: n.lemma, link: '' };
    }
    for (const end of this.rules.verbEndings) {
      const v = this.lex.lemma(piece + end, 'V');
      if (v && piece.length >= 4) return { text: piece, lemma: v.lemma, link: '', verb: true };
    }
    for (const suffix of this.rules.verbNounSuffixes) {
      const stem = piece.slice(0, piece.length - suffix.length);
      if (!piece.endsWith(suffix) || stem.length < this.rules.minPart) continue;
      if (this.rules.verbEndings.some((end) => this.lex.lemma(stem + end, 'V'))) return { text: piece, lemma: c, link: '' };
    }
    // A word the glossary lists and the lexicon lacks (`Konstrukteur|s|wertung`, `Balkan|route`): mostly a noun.
    if (piece.length >= 4 && this.lex.inGlossary(piece)) return { text: piece, lemma: c, link: '' };
    return undefined;
  }
}
