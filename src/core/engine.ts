/**
 * The analysis engine (issue 4): tokens → lemma, UPOS, noun gender and plural, separable
 * verbs and compound parts, for a whole article in one call. Assets are parsed once when the
 * engine is created; the language comes in as data (a `LanguageModel`, see languages.ts).
 */
import { TokenRecord, type Analysis, type Article, type CompoundPart, type Sentence, type Span, type Upos } from './analysis';
import { CompoundSplitter } from './analysis/04-compounds';
import type { Dictionary } from './dictionary';
import { parseLexicon, type LexEntry, type Lexicon } from './analysis/02-readings/lexicon';
import { createReadings, personPlural } from './analysis/02-readings';
import { Lemmatizer } from './analysis/02-readings/lemmatizer';
import { findSeparableVerbs, type JoinedVerb } from './analysis/05-separableVerbs';
import { SentenceBuffers, tagSentence } from './analysis/03-tag';
import { tokenize } from './analysis/01-tokenize';
import { createGlossCoverage, type GlossedToken } from './analysis/06-glossCoverage';
import type { AnalysisLanguage } from './languageModel';

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

export type { GlossedToken } from './analysis/06-glossCoverage';

export interface SplitResult {
  word: string;
  parts: CompoundPart[];
  /** Lemma of the head (last part); the word's own lemma when it is not a compound. */
  head: string;
}

export interface Engine {
  analyze(text: string): Analysis;
  /**
   * The paragraphs `spans` of `text` (offsets into `text`), each analysed on its own but with the persons' names all of
   * them give (step 02), one paragraph a step: the reader's paragraphs and the library's word keys read alike.
   * `later`, where given, takes each sentence's step 06 (which words the glossary explains) instead of running it: a
   * host whose glossary is still loading analyses meanwhile and runs them once it has come (issue 19). Until then no
   * token says whether it is glossed; after, the paragraphs are those analysed without `later`.
   */
  analyzeParagraphs(text: string, spans: readonly Span[], later?: (() => void)[]): Iterable<Sentence[]>;
  /** Gold-tokenised input (CoNLL-U): one array of words per sentence. Offsets assume single spaces. */
  analyzeTokens(sentences: readonly (readonly string[])[]): GlossedToken[][];
  split(word: string): SplitResult;
  /** Readings of one word out of context, most likely first. */
  lemmatize(word: string): WordReading[];
  /** The glossary the engine was created with (for `lookupWord`), if any. */
  readonly dictionary?: Dictionary;
}

/** Largest text analysed in one call; longer input is cut (a news article is ~20 kB). Exported so callers can say so. */
export const MAX_TEXT = 5_000_000;
/** Bound on the memo of joined verbs; cleared when full. */
const JOINED_LIMIT = 50_000;

export function createEngine(language: AnalysisLanguage, assets: EngineAssets): Engine {
  const lex: Lexicon = parseLexicon(assets.lexicon);
  const dict = assets.dictionary;
  const lemmatizer = new Lemmatizer(lex, language.morphology);
  // Tagging and splitting ask the lexicon which words the glossary lists (recorded when it was built), never the
  // glossary: the analysis is the same whether or not it loads (issue 13). Coverage, after tagging, asks the glossary.
  const splitter = new CompoundSplitter(lex, language.compounds, (f) => lemmatizer.nounForms(f));
  const coverage = createGlossCoverage(dict, lemmatizer, splitter, language.glossVariants);

  const lexical = createReadings(lemmatizer, splitter, language.morphology, lex, (w) => lex.inGlossary(w));

  // Whether a particle and a verb's lemma join to a listed verb (step 05), asked of the same pairs in every article:
  // memoised by particle, then lemma, so that no key is concatenated (issue 19); cleared when full like the other memos.
  const joined = new Map<string, Map<string, LexEntry | null>>();
  let joinedSize = 0;
  const joinedVerb: JoinedVerb = (particle, verbLemma) => {
    let byLemma = joined.get(particle);
    if (!byLemma) joined.set(particle, byLemma = new Map());
    let entry = byLemma.get(verbLemma);
    if (entry === undefined) {
      // A particle verb the glossary lists though the lexicon lacks it (`mitkommen`), recorded in the lexicon's build.
      const joinedLemma = particle + verbLemma;
      entry = lex.lemma(joinedLemma, 'V') ?? (lex.inGlossary(joinedLemma) ? { lemma: joinedLemma, kind: 'V', particle } : null);
      if (++joinedSize > JOINED_LIMIT) { joined.clear(); joinedSize = 0; joined.set(particle, byLemma = new Map()); }
      byLemma.set(verbLemma, entry);
    }
    return entry ?? undefined;
  };
  // The tagger's numbers per word, reused sentence after sentence rather than made for each (issue 19).
  const tagBuffers = new SentenceBuffers();
  /**
   * `at`: where the words' text starts in the text whose offsets the tokens give; `later`, where given, takes step 06
   * to run when the glossary has come (it sets fields of these tokens only, after every other step has set its own).
   */
  const analyzeWords = (words: readonly string[], spans: readonly Span[], names?: ReadonlySet<string>, at = 0, later?: (() => void)[]): GlossedToken[] => {
    const { readings, lower, words: entries } = lexical.sentence(words, names);
    const chosen = tagSentence(words, readings, language.tagger, lower, entries, tagBuffers);
    const tokens: GlossedToken[] = chosen.map((r, i) => {
      const t: GlossedToken = new TokenRecord(words[i]!, spans[i]!.start + at, spans[i]!.end + at, r.lemma, r.upos);
      if (r.gender) t.gender = r.gender;
      const plural = personPlural(r, language.morphology);
      if (plural) t.plural = plural;
      if (r.baseWord) t.baseWord = r.baseWord;
      if (r.person) t.person = true;
      const p = entries[i]!.parts;
      if (p && (r.upos === 'NOUN' || r.upos === 'ADJ')) t.parts = p;
      return t;
    });
    const links = findSeparableVerbs(words, chosen, joinedVerb, language.separable, lower);
    for (const link of links) {
      const v = tokens[link.verb]!, p = tokens[link.particle]!;
      p.upos = link.particleUpos;
      p.lemma = p.text.toLowerCase();
      v.sepVerb = { lemma: link.lemma, partner: link.particle };
      p.sepVerb = { lemma: link.lemma, partner: link.verb };
    }
    if (later) later.push(() => coverage.cover(tokens, readings, chosen, links, entries));
    else coverage.cover(tokens, readings, chosen, links, entries);
    return tokens;
  };

  const engine: Engine = {
    ...(dict ? { dictionary: dict } : {}),
    analyze(text) {
      const [sentences] = engine.analyzeParagraphs(text, [{ start: 0, end: text.length }]);
      return { sentences: sentences! };
    },
    *analyzeParagraphs(text, spans, later) {
      // Every paragraph is tokenised first: a surname one paragraph gives after a first name or a title is a name in
      // the others too (step 02; Ole Brandt in the first, Brandt alone in the third), found once for the whole text.
      const paragraphs = spans.map((span) => {
        const part = text.slice(span.start, span.end);
        const raw = tokenize(part.length > MAX_TEXT ? part.slice(0, MAX_TEXT) : part, language.tokenizer).filter((s) => s.tokens.length);
        return { at: span.start, raw, words: raw.map((s) => s.tokens.map((t) => t.text)) };
      });
      const names = lexical.names(paragraphs.flatMap((p) => p.words));
      for (const { at, raw, words } of paragraphs)
        yield raw.map((s, k) => ({ start: s.start + at, end: s.end + at, tokens: analyzeWords(words[k]!, s.tokens, names, at, later) }));
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
      const hp = w.includes('-') && (!u.length || u.every((r) => r.source === 'guess')) ? lexical.unknown(w).parts : undefined;
      if (hp) return { word: w, parts: hp, head: hp[hp.length - 1]!.lemma };
      // A place is one word, whatever nouns its letters spell (`Nordland` is no Nord|land).
      if (lexical.placeName(w)) return { word: w, parts: [{ text: w, lemma: w }], head: w };
      // A lower-case word that may be an adjective may be an adjective compound (`serienreif`, `sinnlos`).
      const adj = !u.length || u.some((r) => r.upos === 'ADJ') ? splitter.splitAdjective(w) : null;
      if (adj) return { word: w, parts: adj.parts, head: adj.head.lemma };
      // A word the lemmatizer knows is cut into known parts only, never before a guessed head, and only if it may be
      // a noun (`Angesichts` is no an|Gesicht), or as derived where the glossary lacks it (`Verteufel|ung`, whose verb it
      // has). Nouns are capitalised: a lower-case word is not cut as one (`sinnlos`).
      const cap = w.charAt(0).toUpperCase() + w.slice(1);
      const known = u.some((r) => r.source !== 'guess');
      const noun = u.find((r) => r.upos === 'NOUN' || r.upos === 'PROPN');
      const s = !w || w === w.toLowerCase() ? null : known ? (noun ? splitter.split(cap) ?? splitter.unglossedDerived(noun.lemma) : null) : splitter.splitForCard(cap);
      if (s && (!u.length || s.head.lemma.length < w.length)) return { word: w, parts: s.parts, head: s.head.lemma };
      const lemma = u[0]?.lemma ?? w;
      return { word: w, parts: w ? [{ text: w, lemma }] : [], head: lemma };
    },
    lemmatize(word) {
      if (!word.trim()) return [];
      let rs = lemmatizer.readings(word);
      if (!rs.length || rs.every((r) => r.source === 'guess')) {
        const u = lexical.unknown(word).readings;
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
  return engine;
}
