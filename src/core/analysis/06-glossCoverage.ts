/**
 * Step 06, after the analysis: which tokens the glossary can explain, and through which headword
 * when it lacks the lemma itself. Runs on tagged tokens and never changes a tag or a lemma.
 */
import type { CompoundPart, Token, Upos } from '../analysis';
import type { WordReadings } from './02-readings';
import type { Dictionary } from '../dictionary';
import type { Lemmatizer, Reading } from './02-readings/lemmatizer';
import type { CompoundSplitter } from './04-compounds';
import type { SepLink } from './05-separableVerbs';

/**
 * A token with its coverage: `glossed`, and `gloss` where the glossary lacks the lemma itself (`gespeichert` →
 * speichern, `Innenministerin` → Innenminister, `Nexus-Gerät` → Gerät); `glossed` is then true as well.
 */
export type GlossedToken = Token;

/** Other headwords a language's glossary may list a lemma under, most likely first. */
export type GlossVariants = (lemma: string, upos: Upos) => readonly string[];

export interface GlossCoverage {
  /** Whether the glossary explains this lemma (memoised). */
  glossed(lemma: string): boolean;
  /**
   * Sets `glossed`, `gloss` and, for a listed compound the glossary lacks, `parts` on a sentence's
   * tokens, given every word's readings, the reading the tagger chose and the separable verbs; with step 02's entries
   * of the words (`words`), what depends on the word alone is memoised in them.
   */
  cover(
    tokens: GlossedToken[], readings: readonly (readonly Reading[])[], chosen: readonly Reading[], links: readonly SepLink[],
    words?: readonly WordReadings[],
  ): void;
}

/** Bound on each memo table; cleared when full. */
const MEMO_LIMIT = 50_000;
/** Covers kept per word, one per reading last chosen for it. */
const MEMO_READINGS = 4;
const UNGLOSSED_UPOS: ReadonlySet<Upos> = new Set(['PUNCT', 'NUM', 'SYM']);

/**
 * A word's cover where one of its own readings was all it needed (no parts, no other headword): which one, by its index
 * in the word's readings, and whether the glossary has its lemma. Shared by every such word, so reading it touches no
 * memory of the word's own beyond its entry, which steps 02 and 03 have just read (issue 19: an object of the word's
 * own cost coverage a memory access per token, two thirds of its time). Readings are never changed once made, so the
 * reading itself stands for its tag, lemma and source.
 */
interface OwnReading { readonly index: number; readonly glossed: boolean }
/** Readings a word may have for an `OwnReading`; a word with more keeps a memo of its own. */
const OWN_READINGS = 8;
const OWN: readonly OwnReading[] = Array.from({ length: 2 * OWN_READINGS }, (_, k) => ({ index: k >> 1, glossed: (k & 1) === 1 }));
const ownReading = (index: number, glossed: boolean): OwnReading | undefined =>
  index >= 0 && index < OWN_READINGS ? OWN[2 * index + (glossed ? 1 : 0)] : undefined;

export function createGlossCoverage(
  dict: Dictionary | undefined,
  lemmatizer: Lemmatizer,
  splitter: CompoundSplitter,
  variants: GlossVariants,
): GlossCoverage {
  const glossCache = new Map<string, boolean>();
  const glossed = (lemma: string): boolean => {
    if (!dict) return false;
    let g = glossCache.get(lemma);
    if (g === undefined) {
      g = dict.has(lemma, 'en');
      if (glossCache.size > 2 * MEMO_LIMIT) glossCache.clear();
      glossCache.set(lemma, g);
    }
    return g;
  };
  const known = (rs: readonly Reading[]): string | undefined => rs.find((r) => r.source !== 'guess' && glossed(r.lemma))?.lemma;

  /** Another headword that glosses a token whose lemma the dictionary lacks. */
  const fallback = (t: GlossedToken, rs: readonly Reading[]): string | undefined => {
    const w = t.text;
    // Hyphenated compounds: the head carries the meaning (`Nexus-Gerät`, `21-jährig`); a
    // truncated first half (`Staats- und Regierungschefs`) is the noun before its link.
    const hy = w.lastIndexOf('-');
    if (hy > 0 && hy === w.length - 1) {
      const stem = w.slice(0, -1);
      const ws = stem.slice(stem.lastIndexOf('-') + 1);
      for (const cut of [0, 1, 2]) {
        const form = cut ? ws.slice(0, -cut) : ws;
        if (form.length < 3) break;
        for (const e of lemmatizer.nounForms(form)) if (glossed(e.lemma)) return e.lemma;
        const r = cut === 0 ? known(lemmatizer.readings(form)) : undefined;
        if (r) return r;
      }
    } else if (hy > 0) {
      const head = t.parts && t.parts.length > 1 ? t.parts[t.parts.length - 1]!.lemma : undefined;
      if (head && glossed(head)) return head;
      const r = known(lemmatizer.readings(w.slice(hy + 1)));
      if (r) return r;
      // A compound after the hyphen (`US-Fernsehgeschichte`) the glossary lacks: its own head.
      const rest = splitter.split(w.charAt(hy + 1).toUpperCase() + w.slice(hy + 2));
      if (rest && glossed(rest.head.lemma)) return rest.head.lemma;
    }
    // Other readings of the word with the same part of speech, the language's variants of the
    // lemma (`sogenannte` the adjective, not the noun `Sogenannte`), then any other reading,
    // then those of the lower-case form.
    for (const r of rs) if (r.upos === t.upos && r.lemma !== t.lemma && r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
    const v = variants(t.lemma, t.upos).find(glossed);
    if (v) return v;
    for (const r of rs) if (r.lemma !== t.lemma && r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
    const lower = w.toLowerCase();
    return lower !== w ? known(lemmatizer.readings(lower)) : undefined;
  };

  /** What covering a token gives it: its parts, whether glossed (unset for punctuation), and another headword. */
  interface Cover { parts: CompoundPart[] | undefined; glossed: boolean | undefined; gloss: string | undefined }

  /** Another headword found for a word read with a tag and lemma (null: none). */
  interface Fallback { upos: Upos; lemma: string; other: string | null }
  // By word, then a short list of its readings: no key concatenated per lookup (issue 19).
  const fallbackCache = new Map<string, Fallback[]>();
  const coverOf = (t: GlossedToken, rs: readonly Reading[], source: Reading['source']): Cover => {
    let parts = t.parts;
    if (!parts && t.upos === 'NOUN' && source === 'lex' && t.lemma.length >= 8 && !glossed(t.lemma)) {
      // A listed compound the dictionary lacks: its parts can still be looked up.
      const s = splitter.split(t.text);
      if (s && s.head.lemma === t.lemma.slice(t.lemma.length - s.head.lemma.length)) parts = s.parts;
    } else if (!parts && t.upos === 'NOUN' && source === 'guess') {
      // An unknown word read as a noun after its article (`die Wahlmaschinerie`): the parts the card shows.
      // Only a split whose head ends the lemma chosen: a correction may have read the word otherwise (`von Tonblockern`
      // → Tonblocker, where the split is Tonb|lockern), and a wrong last part misleads more than none.
      const s = splitter.splitForCard(t.text);
      if (s && endsIn(t.lemma, s.head.lemma)) parts = s.parts;
    }
    if (UNGLOSSED_UPOS.has(t.upos)) return { parts, glossed: undefined, gloss: undefined };
    const g = glossed(t.lemma) || (parts !== undefined && parts.every((q) => glossed(q.lemma)));
    // Names need no other headword; for the rest the answer depends only on the word, its
    // tag and lemma (and compound parts, which the word determines), so it is memoised.
    if (g || t.upos === 'PROPN' || t.upos === 'X') return { parts, glossed: g, gloss: undefined };
    let found = fallbackCache.get(t.text);
    let other = found?.find((f) => f.upos === t.upos && f.lemma === t.lemma)?.other;
    if (other === undefined) {
      other = fallback(parts === t.parts ? t : { ...t, parts }, rs) ?? null;
      if (!found) {
        if (fallbackCache.size > MEMO_LIMIT) fallbackCache.clear();
        fallbackCache.set(t.text, found = []);
      }
      found.push({ upos: t.upos, lemma: t.lemma, other });
    }
    return other ? { parts, glossed: true, gloss: other } : { parts, glossed: g, gloss: undefined };
  };

  /**
   * A cover found for a word, with what it was found from (`from…`), in one object: it is read for every token, and an
   * object less is a memory access less (issue 19). `next`: the cover of another reading of the word, found before.
   */
  interface Memo extends Cover {
    fromUpos: Upos; fromLemma: string; fromSource: Reading['source']; fromParts: CompoundPart[] | undefined; fromRs: readonly Reading[];
    next: Memo | undefined;
    /** Always -1: not an `OwnReading`. */
    index: number;
  }

  /**
   * A token's cover depends only on its word, the chosen reading's tag, lemma and source, and the word's readings and
   * parts (the same arrays for every occurrence of a word while step 02 memoises it): so it is found once per word and
   * reading and kept in the word's entry, where it costs no lookup (issue 19). The tag and lemma are read from the
   * chosen reading, the token's (the same but for a separable verb's particle, which is not covered) having many
   * shapes, so that each field read is a lookup for any shape.
   */
  const coverToken = (t: GlossedToken, rs: readonly Reading[], r: Reading, entry: WordReadings | undefined): void => {
    const parts = t.parts;
    const later = entry?.later as Memo | OwnReading | undefined;
    if (later !== undefined && later.index >= 0 && rs === entry!.readings && parts === undefined && rs[later.index] === r) {
      t.glossed = later.glossed;
      return;
    }
    // A word met in another reading since has memos of its own (its shared `OwnReading` is dropped).
    const memos = later !== undefined && later.index < 0 ? later as Memo : undefined;
    let found: Cover | undefined;
    let kept = 0;
    // The covers of the readings last chosen for the word, newest first: a word read two ways in turn (`die` as
    // article and pronoun) keeps both rather than finding one again at every change (issue 19).
    for (let m = memos; m; m = m.next) {
      if (m.fromRs === rs && m.fromUpos === r.upos && m.fromLemma === r.lemma && m.fromSource === r.source && m.fromParts === parts) { found = m; break; }
      if (++kept === MEMO_READINGS) m.next = undefined;
    }
    if (!found) {
      const source = r.source;
      found = coverOf(t, rs, source);
      if (entry) {
        const own = later === undefined && rs === entry.readings && parts === undefined && found.parts === undefined && found.gloss === undefined &&
          found.glossed !== undefined ? ownReading(rs.indexOf(r), found.glossed) : undefined;
        entry.later = own ?? {
          parts: found.parts, glossed: found.glossed, gloss: found.gloss, fromUpos: r.upos, fromLemma: r.lemma, fromSource: source, fromParts: parts, fromRs: rs,
          next: memos, index: -1,
        } satisfies Memo;
      }
    }
    // In the order the fields were always set, so that the JSON of an analysis stays the same.
    if (found.parts !== parts) t.parts = found.parts;
    if (found.glossed !== undefined) t.glossed = found.glossed;
    if (found.gloss !== undefined) t.gloss = found.gloss;
  };

  return {
    glossed,
    cover(tokens, readings, chosen, links, words) {
      if (!dict) return;
      const particles = links.length ? new Set(links.map((l) => l.particle)) : undefined;
      for (let i = 0; i < tokens.length; i++) {
        const r = chosen[i]!;
        // Punctuation, numbers and symbols get nothing (coverOf splits nouns only): no memo is read for them.
        if (!UNGLOSSED_UPOS.has(r.upos) && !particles?.has(i)) coverToken(tokens[i]!, readings[i]!, r, words?.[i]);
      }
      // A separable verb is explained by its joined infinitive; the particle shares the verb's answer.
      for (const link of links) {
        const v = tokens[link.verb]!, p = tokens[link.particle]!;
        v.glossed = glossed(link.lemma) || v.glossed === true;
        p.glossed = v.glossed;
      }
    },
  };
}

/**
 * Whether a card's split head ends a lemma: a derivational suffix part (`-ung`) by its letters, case aside (Ton|blocker),
 * or before an `-s`, `-e`, `-es` the guessed lemma kept (`Zinkkadavers`: the split's head is Kadaver). Not before an `-n`
 * or more: the splits that end so read a wrong word out of the ending (Zwix|ente for `Zwixenten`).
 */
function endsIn(lemma: string, head: string): boolean {
  const h = (head.startsWith('-') ? head.slice(1) : head).toLowerCase(), l = lemma.toLowerCase();
  return l.endsWith(h) || l.replace(/(?:es|e|s)$/, '').endsWith(h);
}
