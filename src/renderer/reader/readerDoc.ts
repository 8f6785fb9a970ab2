/**
 * The reader's flat view of an analysed article: every token in reading order with its
 * sentence and paragraph, the word tokens to move between, and each token's status key.
 */
import type { WordKeys } from '../workers/engineApi';
import { isWordToken, statusKey, type Sentence, type Span, type Token } from '../../core';

export interface DocSentence extends Span {
  /** Flat index of the sentence's first token. */
  first: number;
  count: number;
}

export interface DocParagraph extends Span {
  first: number;
  /** Exclusive. */
  last: number;
}

export interface ReaderDoc {
  text: string;
  tokens: Token[];
  /** Flat token index → sentence index. */
  sentenceOf: Int32Array;
  sentences: DocSentence[];
  paragraphs: DocParagraph[];
  /** Flat indices of clickable words, in reading order. */
  words: number[];
  /** Flat index → position in `words`, or -1 for punctuation. */
  wordPos: Int32Array;
  /** Status key per flat token ('' for punctuation). */
  keys: string[];
}

export function buildReaderDoc(text: string, spans: Span[], analysed: Sentence[][]): ReaderDoc {
  const tokens: Token[] = [];
  const sentences: DocSentence[] = [];
  const paragraphs: DocParagraph[] = [];
  const sentenceIdx: number[] = [];
  spans.forEach((span, p) => {
    const first = tokens.length;
    for (const s of analysed[p] ?? []) {
      sentences.push({ start: s.start, end: s.end, first: tokens.length, count: s.tokens.length });
      for (const t of s.tokens) {
        tokens.push(t);
        sentenceIdx.push(sentences.length - 1);
      }
    }
    paragraphs.push({ start: span.start, end: span.end, first, last: tokens.length });
  });
  const words: number[] = [];
  const wordPos = new Int32Array(tokens.length).fill(-1);
  const keys = tokens.map((t, i) => {
    if (!isWordToken(t)) return '';
    wordPos[i] = words.length;
    words.push(i);
    return statusKey(t);
  });
  return { text, tokens, sentenceOf: Int32Array.from(sentenceIdx), sentences, paragraphs, words, wordPos, keys };
}

/** The other half of a separable verb, as a flat index. */
export function partnerOf(doc: ReaderDoc, index: number): number | null {
  const t = doc.tokens[index];
  if (!t?.sepVerb) return null;
  const s = doc.sentences[doc.sentenceOf[index]!]!;
  return t.sepVerb.partner < s.count ? s.first + t.sepVerb.partner : null;
}

/** The word `delta` words away from `index` (clamped), or the nearest word when `index` is punctuation. */
export function stepWord(doc: ReaderDoc, index: number, delta: number): number | null {
  if (doc.words.length === 0) return null;
  let pos = doc.wordPos[index] ?? -1;
  if (pos < 0) {
    pos = doc.words.findIndex((w) => w > index);
    if (pos < 0) pos = doc.words.length;
    if (delta > 0) delta -= 1;
  }
  const next = Math.min(doc.words.length - 1, Math.max(0, pos + delta));
  return doc.words[next]!;
}

/** First word of the sentence `delta` sentences away. */
export function stepSentence(doc: ReaderDoc, index: number, delta: number): number | null {
  const s = (doc.sentenceOf[index] ?? 0) + delta;
  for (let k = Math.min(doc.sentences.length - 1, Math.max(0, s)); k >= 0 && k < doc.sentences.length; k += delta >= 0 ? 1 : -1) {
    const sent = doc.sentences[k]!;
    for (let i = sent.first; i < sent.first + sent.count; i++) if (doc.wordPos[i]! >= 0) return i;
    if (delta === 0) break;
  }
  return null;
}

/** Distinct status keys of the whole article. */
export function docKeys(doc: ReaderDoc): string[] {
  return [...new Set(doc.keys.filter((k) => k !== ''))];
}

/** Every word's status key and offset, for the article's lemma index. */
export function docWordKeys(doc: ReaderDoc): WordKeys {
  return { keys: doc.words.map((i) => doc.keys[i]!), starts: doc.words.map((i) => doc.tokens[i]!.start) };
}

/** The sentence a token stands in, as text. */
export function sentenceText(doc: ReaderDoc, index: number): string {
  const s = doc.sentences[doc.sentenceOf[index] ?? -1];
  return s ? doc.text.slice(s.start, s.end) : '';
}

/** Words `from`…`to` (flat indices, any order) as they stand in the text. */
export function rangeText(doc: ReaderDoc, from: number, to: number): string {
  const a = doc.tokens[Math.min(from, to)]!;
  const b = doc.tokens[Math.max(from, to)]!;
  return doc.text.slice(a.start, b.end).replace(/\s+/g, ' ');
}

/** Compound noun plural: the engine may give the head's plural (`Lieferungen` for `Waffenlieferung`). */
export function fullPlural(token: Token): string | undefined {
  const { plural, parts, lemma } = token;
  if (!plural || !parts || parts.length < 2) return plural;
  const head = parts[parts.length - 1]!.lemma;
  if (plural.toLowerCase().startsWith(lemma.toLowerCase().slice(0, lemma.length - head.length)) && plural.length >= lemma.length) return plural;
  if (!plural.toLowerCase().startsWith(head.toLowerCase().slice(0, 2)) || !lemma.toLowerCase().endsWith(head.toLowerCase())) return plural;
  const prefix = lemma.slice(0, lemma.length - head.length);
  return prefix + plural.charAt(0).toLowerCase() + plural.slice(1);
}
