/**
 * The analysis engine (issue 4): tokens → lemma, UPOS, noun gender and plural, separable
 * verbs and compound parts, for a whole article in one call. Assets are parsed once when the
 * engine is created; the language comes in as data (a `LanguageModel`, see languages.ts).
 */
import type { Analysis, Article, CompoundPart, Sentence, Upos } from './analysis';
import { CompoundSplitter } from './analysis/04-compounds';
import type { Dictionary } from './dictionary';
import { parseLexicon, type Lexicon } from './analysis/02-readings/lexicon';
import { Lemmatizer, fromEntry, type Reading } from './analysis/02-readings/lemmatizer';
import { findSeparableVerbs } from './analysis/05-separableVerbs';
import { tagSentence } from './analysis/03-tag';
import { tokenize } from './analysis/01-tokenize';
import { startsUpper } from './analysis/capital';
import { createGlossCoverage, type GlossedToken } from './analysis/06-glossCoverage';
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

export type { GlossedToken } from './analysis/06-glossCoverage';

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

/** Largest text analysed in one call; longer input is cut (a news article is ~20 kB). Exported so callers can say so. */
export const MAX_TEXT = 5_000_000;

export function createEngine(language: AnalysisLanguage, assets: EngineAssets): Engine {
  const lex: Lexicon = parseLexicon(assets.lexicon);
  const dict = assets.dictionary;
  const lemmatizer = new Lemmatizer(lex, language.morphology);
  const splitter = new CompoundSplitter(lex, language.compounds, dict ? (l) => coverage.glossed(l) : undefined, (f) => lemmatizer.nounForms(f));
  const coverage = createGlossCoverage(dict, lemmatizer, splitter, language.glossVariants);
  const glossed = coverage.glossed;

  const unknownCache = new Map<string, { readings: Reading[]; parts?: CompoundPart[] }>();
  /** Readings for a word the lexicon lacks: hyphenated or closed compounds, names, guesses. */
  const unknown = (w: string): { readings: Reading[]; parts?: CompoundPart[] } => {
    const hit = unknownCache.get(w);
    if (hit) return hit;
    let res: { readings: Reading[]; parts?: CompoundPart[] };
    const upper = startsUpper(w);
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
        if (language.morphology.unknownVerb.test(w)) res.readings[0]!.upos = 'VERB';
      }
    }
    if (unknownCache.size > 50_000) unknownCache.clear();
    unknownCache.set(w, res);
    return res;
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
          e.headword === lemma && e.note?.includes(PLACE_NOTE) === true && startsUpper(e.senses[0] ?? ''));
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
      if (dict && rs.length && startsUpper(w)) {
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
        if (!startsUpper(w) || !startsUpper(words[i + 1]!)) continue;
        if (!readings[i + 1]!.some((r) => r.upos === 'NOUN' || r.upos === 'PROPN')) continue;
        if (language.morphology.placesOfAdjective(w).some(isPlace)) {
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
      return t;
    });
    const links = findSeparableVerbs(tokens, lex, language.separable);
    for (const link of links) {
      const v = tokens[link.verb]!, p = tokens[link.particle]!;
      p.upos = link.particleUpos;
      p.lemma = p.text.toLowerCase();
      v.sepVerb = { lemma: link.lemma, partner: link.particle };
      p.sepVerb = { lemma: link.lemma, partner: link.verb };
    }
    coverage.cover(tokens, readings, chosen, links);
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
