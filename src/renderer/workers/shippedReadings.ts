/**
 * The bundled articles' readings, shipped with the app (issue 19: the first article's words clickable at once). The
 * build (scripts/buildReadings.ts) runs each bundled text through the engine as the reader does and packs what the
 * reader asks of the worker: the analysis of its body paragraphs and the cards of its opening words. The reader draws
 * a shipped article's words from it without waiting for the engine, and a click on an opening word draws its card in
 * the click's own frame while the glossary still loads. Used only for the very text, paragraphs and analysis version
 * it was made for; a unit test checks that it is what the engine gives now (run `npm run build:readings` after a change
 * of the analysis, the glossary or the texts).
 */
import { type Engine, hash53, isWordToken, type Sentence, type Span, type Token, type Upos, type WordLookup } from '../../core';
import { cardKey, cardRequests, type CardRequest } from './cardCache';
import { cardLookup } from './cardLookup';
import { shownCard } from './shownCard';

/** The layout of the asset below; a reader of another layout ignores the asset. */
export const READINGS_FORMAT = 1;

/**
 * Words per article whose cards ship: about the first screen's lead. Every word's cards took ~95 kB compressed even
 * cut to what the popover shows; the later words' cards are prepared by the worker as after its own analysis.
 */
export const OPENING_WORDS = 12;

/** The glossary language of the shipped cards: the engine's own (other languages are looked up as before). */
export const SHIPPED_LANG = 'en';

/** A token: the gap from the previous token's end, its length, its lemma (0: as written), its part of speech, the rest. */
type PackedToken = [gap: number, length: number, lemma: string | 0, upos: Upos, more?: Partial<Token>];

interface PackedArticle {
  hash: string;
  spans: [start: number, end: number][];
  /** Per paragraph, per sentence, its tokens (a sentence spans its tokens). */
  paragraphs: PackedToken[][][];
  /** Per opening request (`openingRequests`), its card in `cards`. */
  cards: number[];
}

export interface ShippedReadings {
  format: number;
  analysisVersion: string;
  /** Distinct cards, cut to what the popover shows (shownCard.ts). */
  cards: WordLookup[];
  articles: PackedArticle[];
}

/** A shipped article's reading: its paragraphs as the engine analyses them, and its opening words' cards by key. */
export interface ShippedReading {
  paragraphs: Sentence[][];
  cards: [key: string, card: WordLookup][];
}

/** An article as the build read it: its text, its body paragraphs, their analysis, and its opening requests' cards. */
export interface ReadArticle {
  text: string;
  spans: Span[];
  paragraphs: Sentence[][];
  cards: WordLookup[];
}

/**
 * The cards the popover asks for the article's first OPENING_WORDS words, in reading order, each once: those words
 * in their sentences (a card's context is its whole sentence).
 */
export function openingRequests(text: string, paragraphs: readonly Sentence[][]): CardRequest[] {
  const opening: Sentence[] = [];
  let words = 0;
  for (const s of paragraphs.flat()) {
    if (words >= OPENING_WORDS) break;
    const tokens: Token[] = [];
    for (const t of s.tokens) {
      if (words >= OPENING_WORDS) break;
      tokens.push(t);
      if (isWordToken(t)) words++;
    }
    opening.push({ ...s, tokens });
  }
  return cardRequests(text, opening, SHIPPED_LANG);
}

/** `text`'s paragraphs `spans` read by `engine` as the reader's worker reads them: their analysis and opening cards. */
export function readArticle(engine: Engine, text: string, spans: Span[]): ReadArticle {
  if (!engine.dictionary) throw new Error('the engine has no glossary to make cards from');
  const paragraphs = [...engine.analyzeParagraphs(text, spans)];
  const look = cardLookup(engine, engine.dictionary);
  return { text, spans, paragraphs, cards: openingRequests(text, paragraphs).map((r) => shownCard(look(r))) };
}

function packParagraph(text: string, span: Span, sentences: readonly Sentence[]): PackedToken[][] {
  let end = span.start;
  return sentences.map((s) => {
    if (s.tokens.length === 0 || s.start !== s.tokens[0]!.start || s.end !== s.tokens.at(-1)!.end) throw new Error(`the sentence at ${s.start} does not span its tokens`);
    return s.tokens.map((t) => {
      const { text: written, start, end: tokenEnd, lemma, upos, ...more } = t;
      if (text.slice(start, tokenEnd) !== written) throw new Error(`the token "${written}" at ${start} is not the text there`);
      const packed: PackedToken = [start - end, written.length, lemma === written ? 0 : lemma, upos];
      if (Object.keys(more).length > 0) packed.push(more);
      end = tokenEnd;
      return packed;
    });
  });
}

function unpackParagraph(text: string, span: Span, sentences: readonly PackedToken[][]): Sentence[] {
  let end = span.start;
  return sentences.map((packed) => {
    const tokens = packed.map(([gap, length, lemma, upos, more]): Token => {
      const start = end + gap;
      end = start + length;
      const written = text.slice(start, end);
      return { text: written, start, end, lemma: lemma === 0 ? written : lemma, upos, ...more };
    });
    return { start: tokens[0]!.start, end, tokens };
  });
}

export function packReadings(analysisVersion: string, articles: readonly ReadArticle[]): ShippedReadings {
  const cards: WordLookup[] = [];
  const cardIds = new Map<string, number>();
  const idOf = (card: WordLookup) => {
    const json = JSON.stringify(card);
    let id = cardIds.get(json);
    if (id === undefined) {
      id = cards.push(card) - 1;
      cardIds.set(json, id);
    }
    return id;
  };
  return {
    format: READINGS_FORMAT,
    analysisVersion,
    cards,
    articles: articles.map(({ text, spans, paragraphs, cards: opening }) => ({
      hash: hash53(text),
      spans: spans.map((p) => [p.start, p.end]),
      paragraphs: spans.map((span, i) => packParagraph(text, span, paragraphs[i] ?? [])),
      cards: opening.map(idOf),
    })),
  };
}

/**
 * The shipped reading of `text` in the paragraphs `spans`, when the readings hold one made for it by this analysis
 * version (undefined otherwise: the engine analyses it, as any text).
 */
export function readingOf(readings: ShippedReadings, text: string, spans: readonly Span[], analysisVersion: string): ShippedReading | undefined {
  if (readings.format !== READINGS_FORMAT || readings.analysisVersion !== analysisVersion) return undefined;
  const hash = hash53(text);
  const article = readings.articles.find((a) => a.hash === hash && a.spans.length === spans.length && a.spans.every(([start, end], i) => spans[i]!.start === start && spans[i]!.end === end));
  if (!article) return undefined;
  const paragraphs = article.paragraphs.map((p, i) => unpackParagraph(text, spans[i]!, p));
  const requests = openingRequests(text, paragraphs);
  if (requests.length !== article.cards.length) return undefined;
  return { paragraphs, cards: requests.map((r, i) => [cardKey(r), readings.cards[article.cards[i]!]!]) };
}
