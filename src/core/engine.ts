/**
 * The analysis engine (issue 4): tokens → lemma, UPOS, noun gender and plural, separable
 * verbs and compound parts, for a whole article in one call. Assets are parsed once when the
 * engine is created; the language comes in as data (a `LanguageModel`, see languages.ts).
 */
import type { Analysis, Article, CompoundPart, Sentence, Token, Upos } from './analysis';
import { CompoundSplitter } from './analysis/04-compounds';
import type { Dictionary } from './dictionary';
import { parseLexicon, type Lexicon } from './analysis/02-readings/lexicon';
import { Lemmatizer, fromEntry, type Reading } from './analysis/02-readings/lemmatizer';
import { findSeparableVerbs } from './analysis/05-separableVerbs';
import { tagSentence } from './analysis/03-tag';
import { tokenize } from './analysis/01-tokenize';
import type { AnalysisLanguage } from './languageModel';

export interface EngineAssets {
  /** The lexicon asset (resources/lexicon/de-lexicon.txt.gz), gzip or already inflated. */
  lexicon: Uint8Array;
  dictionary?: Dictionary;
  /**
   * Analyse the language's warm-up text once at creation, so that the first article a reader
   * opens does not pay for the JIT's warm-up. Costs a few milliseconds of load time.
   */
  warmUp?: boolean;
}

export interface WordReading {
  lemma: string;
  upos: Upos;
  gender?: Article;
  plural?: string;
}

/**
 * A token as the engine fills it. `gloss` is the dictionary headword to show when the glossary
 * lacks the lemma itself: the verb of a participle used as an adjective (`gespeichert` →
 * speichern), `Innenminister` for `Innenministerin`, `dritte` for the ordinal lemma `dritt`, the
 * head of a hyphenated compound (`Nexus-Gerät` → Gerät). `glossed` is then true as well.
 */
export interface GlossedToken extends Token {
  gloss?: string;
}

export interface SplitResult {
  word: string;
  parts: CompoundPart[];
  /** Lemma of the head (last part); the word's own lemma when it is not a compound. */
  head: string;
}

export interface Engine {
  analyze(text: string): Analysis;
  /** Gold-tokenised input (CoNLL-U): one array of words per sentence. Offsets assume single spaces. */
  analyzeTokens(sentences: readonly (readonly string[])[]): GlossedToken[][];
  split(word: string): SplitResult;
  /** Readings of one word out of context, most likely first. */
  lemmatize(word: string): WordReading[];
  /** The glossary the engine was created with (for `lookupWord`), if any. */
  readonly dictionary?: Dictionary;
}

const PLACE_NOTE = '[geogr.]';
const isUpperFirst = (w: string): boolean => {
  const x = w.charCodeAt(0);
  if (x >= 65 && x <= 90) return true;
  if (x < 0xc0) return false;
  if (x <= 0xff) return x <= 0xde && x !== 0xd7;
  return w.charAt(0) !== w.charAt(0).toLowerCase();
};

/** Largest text analysed in one call; longer input is cut (a news article is ~20 kB). */
const MAX_TEXT = 5_000_000;

export function createEngine(language: AnalysisLanguage, assets: EngineAssets): Engine {
  const lex: Lexicon = parseLexicon(assets.lexicon);
  const dict = assets.dictionary;
  const glossCache = new Map<string, boolean>();
  const glossed = (lemma: string): boolean => {
    if (!dict) return false;
    let g = glossCache.get(lemma);
    if (g === undefined) {
      g = dict.has(lemma, 'en');
      if (glossCache.size > 100_000) glossCache.clear();
      glossCache.set(lemma, g);
    }
    return g;
  };
  const lemmatizer = new Lemmatizer(lex, language.morphology);
  const splitter = new CompoundSplitter(lex, language.compounds, dict ? glossed : undefined, (f) => lemmatizer.nounForms(f));

  const unknownCache = new Map<string, { readings: Reading[]; parts?: CompoundPart[] }>();
  /** Readings for a word the lexicon lacks: hyphenated or closed compounds, names, guesses. */
  const unknown = (w: string): { readings: Reading[]; parts?: CompoundPart[] } => {
    const hit = unknownCache.get(w);
    if (hit) return hit;
    let res: { readings: Reading[]; parts?: CompoundPart[] };
    const upper = w.charAt(0) !== w.charAt(0).toLowerCase();
    // `iPhone`, `6P`, `EuGH`: a capital inside a word the lexicon lacks marks a name or acronym.
    const named = !upper && w !== w.toLowerCase();
    const hyphen = w.lastIndexOf('-');
    const headPart = hyphen > 0 && hyphen < w.length - 1 ? w.slice(hyphen + 1) : '';
    const headReadings = headPart ? lemmatizer.readings(headPart).filter((r) => r.upos === 'NOUN' || r.upos === 'ADJ') : [];
    if (headReadings.length && (upper || headReadings[0]!.upos === 'ADJ')) {
      const h = headReadings[0]!;
      const r: Reading = { ...h, lemma: w.slice(0, hyphen + 1) + h.lemma, source: 'rule' };
      if (h.plural) r.plural = w.slice(0, hyphen + 1) + h.plural;
      res = { readings: [r], parts: [
        { text: w.slice(0, hyphen), lemma: w.slice(0, hyphen) },
        { text: headPart, lemma: h.lemma },
      ] };
    } else {
      const s = upper && w.length >= 6 && w !== w.toUpperCase() ? splitter.split(w) : null;
      if (s) {
        const r: Reading = { ...fromEntry(s.head, w, language.morphology), lemma: s.lemma, source: 'rule' };
        if (s.head.plural) r.plural = s.lemma.slice(0, s.lemma.length - s.head.lemma.length) + s.head.plural.toLowerCase();
        res = { readings: [r], parts: s.parts };
      } else if (upper && w.length <= 6 && w.endsWith('.')) {
        // Abbreviated nouns and titles (`Dr.`, `St.`, `Nr.`).
        res = { readings: [{ lemma: w, upos: 'NOUN', source: 'guess' }] };
      } else if (upper || named) {
        // Unknown capitalised words are names (`das Nexus`, `die Lufthansa`) unless the glossary
        // lists them or they end in a known noun: then an article before them makes them common
        // nouns (`der Browser`, `der Jalousienschrank`).
        const r: Reading = { lemma: w, upos: 'PROPN', source: 'guess' };
        if (upper && !named && (glossed(w) || splitter.hasNounHead(w))) r.common = true;
        res = { readings: [r] };
      } else {
        // Lower-case words the lexicon lacks are mostly adjectives (`super`, `online`, `top`);
        // short ones the glossary lacks too are foreign (`of`, `the`, `y`): UD's X.
        const foreign = w.length <= 3 && /^\p{Ll}+$/u.test(w) && !glossed(w) && !language.morphology.separableParticles.has(w);
        res = { readings: [{ lemma: w, upos: foreign ? 'X' : 'ADJ', source: 'guess' }] };
        if (/(ieren|eln|ern)$/.test(w)) res.readings[0]!.upos = 'VERB';
      }
    }
    if (unknownCache.size > 50_000) unknownCache.clear();
    unknownCache.set(w, res);
    return res;
  };

  const participleVerb = (p: string): string | undefined => {
    const stems: string[] = [];
    const strip = (x: string): void => {
      if (x.endsWith('et')) stems.push(x.slice(0, -2));
      if (x.endsWith('t')) stems.push(x.slice(0, -1));
      if (x.endsWith('en')) stems.push(x.slice(0, -2));
    };
    const g = p.indexOf('ge');
    if (g === 0) strip(p.slice(2));
    else if (g > 0 && language.morphology.separableParticles.has(p.slice(0, g))) {
      const before = p.slice(0, g);
      const n0 = stems.length;
      strip(p.slice(g + 2));
      for (let k = n0; k < stems.length; k++) stems[k] = before + stems[k];
    }
    strip(p);
    for (const s of stems) for (const end of ['en', 'n', 'ern', 'eln']) if (s.length > 2 && glossed(s + end)) return s + end;
    return undefined;
  };

  const fallbackCache = new Map<string, string | null>();
  /** Another headword that glosses a token whose lemma the dictionary lacks (see GlossedToken). */
  const glossFallback = (t: GlossedToken, rs: readonly Reading[]): string | undefined => {
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
        if (cut === 0) for (const r of lemmatizer.readings(form)) if (r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
      }
    } else if (hy > 0) {
      const head = t.parts && t.parts.length > 1 ? t.parts[t.parts.length - 1]!.lemma : undefined;
      if (head && glossed(head)) return head;
      for (const r of lemmatizer.readings(w.slice(hy + 1))) if (r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
    }
    // Other readings of the word: the verb of a participle, the adjective of a nominalised
    // adjective (`Wichtigste`, also when only the lower-case form is known).
    // Same part of speech first (`sogenannte` the adjective, not the noun `Sogenannte`).
    for (const r of rs) if (r.upos === t.upos && r.lemma !== t.lemma && r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
    if (t.upos === 'ADJ' && glossed(t.lemma + 'e')) return t.lemma + 'e';
    for (const r of rs) if (r.lemma !== t.lemma && r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
    const lower = w.toLowerCase();
    if (lower !== w) for (const r of lemmatizer.readings(lower)) if (r.source !== 'guess' && glossed(r.lemma)) return r.lemma;
    // Ordinal and adjective lemmas without ending (`dritt`, `besonder`) are listed with `-e`.
    if (t.upos === 'ADJ' && glossed(t.lemma + 'e')) return t.lemma + 'e';
    // Old spelling (`gewiß`, `Warnschuß`) → reformed `ss`.
    if (t.lemma.includes('ß')) {
      const ss = t.lemma.replace(/ß$/u, 'ss').replace(/ß(?=[^aeiouäöüy]|$)/gu, 'ss');
      if (ss !== t.lemma && glossed(ss)) return ss;
    }
    // Adjectival nouns are listed in their strong form (`der Beamte` → Beamter); feminine
    // forms in -in under the masculine (`Innenministerin` → Innenminister).
    if (t.upos === 'NOUN' && t.lemma.endsWith('e') && glossed(t.lemma + 'r')) return t.lemma + 'r';
    if (t.upos === 'NOUN' && t.lemma.endsWith('in') && t.lemma.length > 5 && glossed(t.lemma.slice(0, -2))) return t.lemma.slice(0, -2);
    // An adjective the lemmatizer left inflected (`selben`, `befindliche`), or a present
    // participle (`vorgebend` → vorgeben).
    if (t.upos === 'ADJ') {
      const l = t.lemma.toLowerCase();
      for (const end of ['en', 'em', 'er', 'es', 'e']) {
        if (!l.endsWith(end) || l.length < end.length + 3) continue;
        const stem = l.slice(0, -end.length);
        if (glossed(stem)) return stem;
        if (glossed(stem + 'e')) return stem + 'e';
        if (stem.endsWith('end') && glossed(stem.slice(0, -1))) return stem.slice(0, -1);
      }
      if (l.endsWith('end') && glossed(l.slice(0, -1))) return l.slice(0, -1);
    }
    // A participle the lexicon lacks as a verb form: its infinitive (`gespeichert` → speichern,
    // `deaktiviert` → deaktivieren, `ausgewählt` → auswählen).
    if (t.upos === 'ADJ' || t.upos === 'VERB') {
      const v = participleVerb(t.lemma.toLowerCase());
      if (v) return v;
    }
    return undefined;
  };

  /**
   * Place names the lexicon lists as nouns or the splitter takes apart (`Deutschland`, `Polen`,
   * `Salzburg`): the glossary marks them `[geogr.]` and gives a capitalised English name.
   */
  const placeCache = new Map<string, boolean>();
  const isPlace = (lemma: string): boolean => {
    let p = placeCache.get(lemma);
    if (p === undefined) {
      p = false;
      if (dict && glossed(lemma)) {
        // `[geogr.]` also labels geography terms (`Zone`, `Düne`): a place's English name is capitalised.
        p = (dict.exact ? dict.exact(lemma, 'en') : dict.lookup(lemma, 'en')).some((e) =>
          e.headword === lemma && e.note?.includes(PLACE_NOTE) === true && isUpperFirst(e.senses[0] ?? ''));
      }
      if (placeCache.size > 50_000) placeCache.clear();
      placeCache.set(lemma, p);
    }
    return p;
  };

  const analyzeWords = (words: readonly string[], spans: readonly { start: number; end: number }[]): GlossedToken[] => {
    const readings: Reading[][] = [];
    const parts: (CompoundPart[] | undefined)[] = [];
    for (const w of words) {
      let rs = lemmatizer.readings(w);
      let p: CompoundPart[] | undefined;
      // Suffix guesses are the last resort: a compound split or a hyphenated head knows more.
      if (!rs.length || rs.every((r) => r.source === 'guess')) {
        const u = unknown(w);
        if (u.readings[0]!.source !== 'guess' || !rs.length) { rs = u.readings; p = u.parts; }
      }
      if (dict && rs.length && isUpperFirst(w)) {
        const k = rs.findIndex((r) => (r.upos === 'NOUN' && (!r.plural || r.source !== 'lex')) || (r.upos === 'PROPN' && r.source === 'guess'));
        // `Ostdeutschland`: a compound whose head is a place is one too.
        if (k >= 0 && (isPlace(rs[k]!.lemma) || (p !== undefined && p.length > 1 && isPlace(p[p.length - 1]!.lemma)))) {
          const copy = rs.slice();
          // Not a guess: the glossary says it is a place (`der Türkei` stays a name after its article).
          copy[k] = { ...rs[k]!, upos: 'PROPN', source: rs[k]!.source === 'guess' ? 'rule' : rs[k]!.source };
          rs = copy;
          p = undefined;
        }
      }
      readings.push(rs as Reading[]);
      parts.push(p);
    }
    // Adjectives of place names before a noun (`Hamburger Hafen`, `Münchner Zeitung`).
    if (dict) {
      for (let i = 0; i + 1 < words.length; i++) {
        const w = words[i]!;
        if (w.length < 6 || !w.endsWith('er') || !isUpperFirst(w) || !isUpperFirst(words[i + 1]!)) continue;
        if (!readings[i + 1]!.some((r) => r.upos === 'NOUN' || r.upos === 'PROPN')) continue;
        const stem = w.slice(0, -2);
        if (isPlace(stem) || isPlace(stem + 'n') || isPlace(w.slice(0, -3) + 'en')) {
          readings[i] = [{ lemma: w, upos: 'ADJ', source: 'rule' }];
          parts[i] = undefined;
        }
      }
    }
    const chosen = tagSentence(words, readings, language.tagger);
    const tokens: GlossedToken[] = chosen.map((r, i) => {
      const t: GlossedToken = { text: words[i]!, start: spans[i]!.start, end: spans[i]!.end, lemma: r.lemma, upos: r.upos };
      if (r.gender) t.gender = r.gender;
      if (r.plural) t.plural = r.plural;
      const p = parts[i];
      if (p && (r.upos === 'NOUN' || r.upos === 'ADJ')) t.parts = p;
      else if (dict && r.upos === 'NOUN' && r.source === 'lex' && r.lemma.length >= 8 && !glossed(r.lemma)) {
        // A listed compound the dictionary lacks: its parts can still be looked up.
        const s = splitter.split(t.text);
        if (s && s.head.lemma === r.lemma.slice(r.lemma.length - s.head.lemma.length)) t.parts = s.parts;
      }
      if (dict && t.upos !== 'PUNCT' && t.upos !== 'NUM' && t.upos !== 'SYM') {
        t.glossed = glossed(t.lemma) || (t.parts !== undefined && t.parts.every((q) => glossed(q.lemma)));
        // Names need no other headword; for the rest the answer depends only on the word, its
        // tag and lemma (and compound parts, which the word determines), so it is memoised.
        if (!t.glossed && t.upos !== 'PROPN' && t.upos !== 'X') {
          const key = t.text + '\u0001' + t.upos + '\u0001' + t.lemma;
          let g = fallbackCache.get(key);
          if (g === undefined) {
            g = glossFallback(t, readings[i]!) ?? null;
            if (fallbackCache.size > 50_000) fallbackCache.clear();
            fallbackCache.set(key, g);
          }
          if (g) { t.gloss = g; t.glossed = true; }
        }
      }
      return t;
    });
    for (const link of findSeparableVerbs(tokens, lex, language.separable)) {
      const v = tokens[link.verb]!, p = tokens[link.particle]!;
      p.upos = link.particleUpos;
      p.lemma = p.text.toLowerCase();
      v.sepVerb = { lemma: link.lemma, partner: link.particle };
      p.sepVerb = { lemma: link.lemma, partner: link.verb };
      if (dict) { v.glossed = glossed(link.lemma) || v.glossed; p.glossed = v.glossed; }
    }
    return tokens;
  };

  const engine: Engine = {
    ...(dict ? { dictionary: dict } : {}),
    analyze(text) {
      const src = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
      const sentences: Sentence[] = [];
      for (const s of tokenize(src, language.tokenizer)) {
        if (!s.tokens.length) continue;
        const tokens = analyzeWords(s.tokens.map((t) => t.text), s.tokens);
        sentences.push({ start: s.start, end: s.end, tokens });
      }
      return { sentences };
    },
    analyzeTokens(sentences) {
      return sentences.map((words) => {
        let at = 0;
        const spans = words.map((w) => { const s = { start: at, end: at + w.length }; at += w.length + 1; return s; });
        return analyzeWords(words, spans);
      });
    },
    split(word) {
      const w = word.trim();
      const u = lemmatizer.readings(w);
      // Hyphenated compounds (`Ukraine-Krieg`): the parts are the words between the hyphens.
      const hp = !u.length || u.every((r) => r.source === 'guess') ? unknown(w).parts : undefined;
      if (hp) return { word: w, parts: hp, head: hp[hp.length - 1]!.lemma };
      const s = w ? splitter.split(w.charAt(0).toUpperCase() + w.slice(1)) : null;
      if (s && (!u.length || s.head.lemma.length < w.length)) return { word: w, parts: s.parts, head: s.head.lemma };
      const lemma = u[0]?.lemma ?? w;
      return { word: w, parts: w ? [{ text: w, lemma }] : [], head: lemma };
    },
    lemmatize(word) {
      if (!word.trim()) return [];
      let rs = lemmatizer.readings(word);
      if (!rs.length || rs.every((r) => r.source === 'guess')) {
        const u = unknown(word).readings;
        if (!rs.length || u[0]!.source !== 'guess') rs = u;
      }
      return rs.map((r) => {
        const o: WordReading = { lemma: r.lemma, upos: r.upos };
        if (r.gender) o.gender = r.gender;
        if (r.plural) o.plural = r.plural;
        return o;
      });
    },
  };
  if (assets.warmUp) engine.analyze(language.warmUp);
  return engine;
}
