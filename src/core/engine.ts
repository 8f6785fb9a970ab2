/**
 * The analysis engine (issue 4): tokens → lemma, UPOS, noun gender and plural, separable
 * verbs and compound parts, for a whole article in one call. Assets are parsed once when the
 * engine is created; the language comes in as data (`EngineLanguage`, German by default).
 */
import type { Analysis, Article, CompoundPart, Sentence, Token, Upos } from './analysis';
import { CompoundSplitter, type CompoundRules } from './compounds';
import type { Dictionary } from './dictionary';
import { parseLexicon, type Lexicon } from './lexicon';
import { Lemmatizer, fromEntry, type MorphRules, type Reading } from './lemmatizer';
import { findSeparableVerbs, type SepRules } from './separableVerbs';
import { tagSentence, type TaggerRules } from './tagger';
import { tokenize, type TokenizerRules } from './tokenize';
import { germanLanguage } from './de/language';

export interface EngineLanguage {
  tokenizer: TokenizerRules;
  morphology: MorphRules;
  tagger: TaggerRules;
  separable: SepRules;
  compounds: CompoundRules;
}

export interface EngineAssets {
  /** The lexicon asset (resources/lexicon/de-lexicon.txt.gz), gzip or already inflated. */
  lexicon: Uint8Array;
  dictionary?: Dictionary;
}

export interface WordReading {
  lemma: string;
  upos: Upos;
  gender?: Article;
  plural?: string;
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
  analyzeTokens(sentences: readonly (readonly string[])[]): Token[][];
  split(word: string): SplitResult;
  /** Readings of one word out of context, most likely first. */
  lemmatize(word: string): WordReading[];
}

/** Largest text analysed in one call; longer input is cut (a news article is ~20 kB). */
const MAX_TEXT = 5_000_000;

export function createEngine(assets: EngineAssets, language: EngineLanguage = germanLanguage): Engine {
  const lex: Lexicon = parseLexicon(assets.lexicon);
  const dict = assets.dictionary;
  const glossCache = new Map<string, boolean>();
  const glossed = (lemma: string): boolean => {
    if (!dict) return false;
    let g = glossCache.get(lemma);
    if (g === undefined) {
      g = dict.has(lemma, 'en') || dict.has(lemma);
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
    const hyphen = w.lastIndexOf('-');
    const headPart = hyphen > 0 && hyphen < w.length - 1 ? w.slice(hyphen + 1) : '';
    const headReadings = headPart ? lemmatizer.readings(headPart).filter((r) => r.upos === 'NOUN' || r.upos === 'ADJ') : [];
    if (headReadings.length && (upper || headReadings[0]!.upos === 'ADJ')) {
      const h = headReadings[0]!;
      const r: Reading = { ...h, lemma: w.slice(0, hyphen + 1) + h.lemma, source: 'rule' };
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
      } else if (upper) {
        res = { readings: [{ lemma: w, upos: 'PROPN', source: 'guess' }] };
      } else {
        // Lower-case words the lexicon lacks are mostly adjectives (`super`, `online`, `top`).
        res = { readings: [{ lemma: w, upos: 'ADJ', source: 'guess' }] };
        if (/(ieren|eln|ern)$/.test(w)) res.readings[0]!.upos = 'VERB';
      }
    }
    if (unknownCache.size > 50_000) unknownCache.clear();
    unknownCache.set(w, res);
    return res;
  };

  const analyzeWords = (words: readonly string[], spans: readonly { start: number; end: number }[]): Token[] => {
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
      readings.push(rs as Reading[]);
      parts.push(p);
    }
    const chosen = tagSentence(words, readings, language.tagger);
    const tokens: Token[] = chosen.map((r, i) => {
      const t: Token = { text: words[i]!, start: spans[i]!.start, end: spans[i]!.end, lemma: r.lemma, upos: r.upos };
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

  return {
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
}
