/**
 * Tokenizer and sentence splitter (issue 4). Language-neutral: word lists (abbreviations,
 * months, quote marks) come in as `TokenizerRules`; German ones live in `de/abbreviations.ts`.
 *
 * Offsets are UTF-16 code units into the ORIGINAL text, so `text.slice(start, end) === text`.
 * Two linear passes, both O(n): `scan` cuts tokens with sticky regexes and records what the
 * gap before each token looked like; `split` then decides sentence ends from tokens alone.
 */

export type RawTokenKind = 'word' | 'number' | 'ordinal' | 'punct' | 'quote' | 'url' | 'symbol';

export interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: RawTokenKind;
}

export interface RawSentence {
  start: number;
  end: number;
  tokens: RawToken[];
}

export interface TokenizerRules {
  /** Words that keep a following `.` (written without it); lone letters (`z. B.`) always do. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that may also end a sentence (`usw.`, `etc.`). */
  sentenceFinalAbbreviations: ReadonlySet<string>;
  /** A number + `.` before one of these is a date ordinal (`18. Juni`). */
  months: ReadonlySet<string>;
  /** Capitalised words that take an ordinal (`3. Mal`, `20. Jahrhundert`). */
  ordinalHeads: ReadonlySet<string>;
  /** Words before a number that make `N.` an ordinal even before a capital (`der 2. Weltkrieg`). */
  ordinalDeterminers: ReadonlySet<string>;
  /** Clitics written with a leading apostrophe (`'s` in `wie geht 's`); longest first. */
  elisions: readonly string[];
  /** Quote marks; multi-character ones (```` `` ````) are matched first. */
  quotes: readonly string[];
  emoticons: readonly string[];
  /** A bare `name.tld` with one of these becomes a url token. */
  topLevelDomains: readonly string[];
}

// Sticky (`y`) regexes are only ever run at a known index, so each char is looked at a constant
// number of times. Module-level is safe: every use sets lastIndex first and runs synchronously.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}\u00AD]`;
const HYPHEN = '[-\u2010\u2011]';
// Inner hyphens and apostrophes join (`Max-Planck-Straße`, `geht's`); a hyphen before a space
// or comma stays on the word (`Handels- und …`).
const WORD_TAIL = String.raw`(?:(?:${HYPHEN}|['’])${WORD_CHAR}+)*(?:${HYPHEN}(?=[\s,/]|$))?`;
const WORD_RE = new RegExp(String.raw`[\p{L}\p{M}]${WORD_CHAR}*${WORD_TAIL}`, 'uy');
// `11.000`, `3,5`, `03.11.2023`, `09:15`; a date's trailing dot is decided later like an ordinal.
const NUMBER_RE = /\p{Nd}+(?:[.,:]\p{Nd}+)*/uy;
// Letters or hyphen parts glued to a number make it a word (`250g`, `1990er-Jahre`, `38-Jährige`).
const NUMBER_TAIL_RE = new RegExp(String.raw`(?:[\p{L}\p{M}]${WORD_CHAR}*)?${WORD_TAIL}`, 'uy');
const INITIALS_RE = /(?:\p{L}\.){2,}/uy; // z.B., U.S.A., e.V.
const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"„“”»«]+/iuy;
const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
const URL_TRAILING_RE = /[.,;:!?'’"“”)\]]+$/;
const FLAG_RE = /[\u{1F1E6}-\u{1F1FF}]{2}/uy;
// A symbol plus its emoji modifiers, variation selector and ZWJ continuations stays one token.
const SYMBOL_RE = /\p{S}(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u20E3|\u200D\p{S}\uFE0F?)*/uy;
const PUNCT_RE = /\p{P}/uy;
const WORD_START_RE = /[\p{L}\p{M}]/uy;
const DIGIT_START_RE = /\p{Nd}/uy;
const GAP_RE = /[\s\p{C}\p{Z}]/uy; // whitespace, controls, lone surrogates: never a token
const UPPER_START_RE = /[\p{Lu}\p{Lt}\p{Nd}]/uy;
const LOWER_START_RE = /\p{Ll}/uy;

function endOf(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** An ASCII letter or digit, or a Latin-1 letter: a word character (WORD_CHAR) decided without a regex. */
function latinWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/**
 * The end of the word at `i` as WORD_RE matches it, scanning ASCII and Latin-1 by char code (most words; a sticky
 * regex per word was a tenth of analysis time, issue 19); the regex decides at the first other character.
 */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  if (!latinWordChar(text.charCodeAt(i))) return endOf(WORD_RE, text, i);
  let j = i + 1;
  for (;;) {
    while (j < n && latinWordChar(text.charCodeAt(j))) j++;
    if (j >= n) return j;
    const c = text.charCodeAt(j);
    if (c > 127) return endOf(WORD_RE, text, i);
    // A hyphen or apostrophe joins the word characters after it (WORD_TAIL); a hyphen before a space, comma, slash
    // or the end stays on the word.
    if (c !== 45 && c !== 39) return j;
    if (j + 1 >= n) return c === 45 ? j + 1 : j;
    const d = text.charCodeAt(j + 1);
    if (latinWordChar(d)) { j += 2; continue; }
    if (d > 127) return endOf(WORD_RE, text, i);
    return c === 45 && ((d >= 9 && d <= 13) || d === 32 || d === 44 || d === 47) ? j + 1 : j;
  }
}

const enum Flag {
  None = 0,
  /** Ends with a dot that does not end a sentence (`Dr.`, `18.`). */
  NoEnd = 1,
  /** May end a sentence when a capital follows (`.`, `!`, `usw.`). */
  Terminal = 2,
  /** Open: a line break after it does not end the sentence (`,`, `Handels-`). */
  Continues = 4,
}

interface Scanned {
  /** The text's tokens, the first `count` of the array: past them it may hold an earlier text's, which are never read. */
  tokens: RawToken[];
  count: number;
  /**
   * One number per token, by its index: the line breaks in the gap before it (`BREAKS`: 0, 1, or 2 for a blank line or
   * more), whether whitespace precedes it (`SPACED`), and its `Flag` (from `FLAG_SHIFT` on). Past the tokens it holds
   * an earlier text's numbers, which are never read.
   */
  marks: Uint8Array;
}

const BREAKS = 3;
const SPACED = 4;
const FLAG_SHIFT = 3;
const breaksOf = (marks: Uint8Array, k: number): number => marks[k]! & BREAKS;
const spacedAt = (marks: Uint8Array, k: number): boolean => (marks[k]! & SPACED) !== 0;
const flagOf = (marks: Uint8Array, k: number): Flag => marks[k]! >> FLAG_SHIFT;

/**
 * The marks of texts up to this many characters are kept in one array, reused text after text (tokenizing is synchronous):
 * three arrays grown token by token were a fifth of the bytes the tokenizer allocated (issue 19). A longer text, which
 * could leave a large array behind, gets one of its own.
 */
const KEPT_MARKS = 1 << 17;
let keptMarks = new Uint8Array(1 << 12);

/** An array with room for a mark per token of a text of `n` characters: a token is at least one character long. */
function marksFor(n: number): Uint8Array {
  if (n > KEPT_MARKS) return new Uint8Array(n);
  if (keptMarks.length < n) keptMarks = new Uint8Array(Math.min(KEPT_MARKS, 2 * n));
  return keptMarks;
}

/**
 * The array a text's tokens are cut into, kept in the same way for texts up to KEPT_MARKS characters: grown token by
 * token for every text, its copies were a fifth of the bytes the tokenizer allocated (issue 19). Each sentence takes its
 * own slice of it; `split` then lets go of the text's tokens.
 */
const keptTokens: RawToken[] = [];
const tokensFor = (n: number): RawToken[] => (n > KEPT_MARKS ? [] : keptTokens);
const NO_TOKEN: RawToken = { text: '', start: 0, end: 0, kind: 'word' };

interface Compiled {
  domainRe: RegExp;
  /** The first UTF-16 unit of every elision, quote and emoticon: a mark opening with another is none of them. */
  listedStarts: ReadonlySet<number>;
  quotes: readonly string[];
  emoticons: readonly string[];
  elisions: readonly string[];
}

// Per rules object, so the domain regex is built once however often `tokenize` runs.
const compiledCache = new WeakMap<TokenizerRules, Compiled>();

function compile(rules: TokenizerRules): Compiled {
  let c = compiledCache.get(rules);
  if (!c) {
    const tlds = rules.topLevelDomains.map((t) => t.replace(/[^\p{L}\p{N}]/gu, '')).join('|');
    c = {
      domainRe: new RegExp(
        String.raw`[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:${tlds})(?![\p{L}\p{N}])(?:/[^\s<>"„“”»«]*)?`,
        'iuy',
      ),
      listedStarts: new Set([...rules.elisions, ...rules.quotes, ...rules.emoticons].map((m) => m.charCodeAt(0))),
      quotes: [...rules.quotes].sort((a, b) => b.length - a.length),
      emoticons: [...rules.emoticons].sort((a, b) => b.length - a.length),
      elisions: [...rules.elisions].sort((a, b) => b.length - a.length),
    };
    compiledCache.set(rules, c);
  }
  return c;
}

const CONTINUING_PUNCT = new Set([',', ';', ':', '(', '[', '-', '–', '—', '/']);
// Unicode files these under punctuation, but readers treat them like `€`: units and signs.
const SYMBOLIC_PUNCT = new Set(['%', '‰', '‱', '#', '§', '&', '@', '*', '†', '′', '″']);
const DASHES = new Set(['-', '--', '–', '—']);
const OPENING_BRACKETS = new Set(['(', '[', '{']);
const CLOSING_BRACKETS = new Set([')', ']', '}']);

export function tokenize(text: string, rules: TokenizerRules): RawSentence[] {
  return split(scan(text, rules, compile(rules)));
}

/** Pass 1: cut tokens and note, per token, the gap before it and whether it can end a sentence. */
function scan(text: string, rules: TokenizerRules, compiled: Compiled): Scanned {
  const n = text.length;
  const out: Scanned = { tokens: tokensFor(n), count: 0, marks: marksFor(n) };
  let i = 0;
  let breaks = 0;
  let spaced = false;

  const push = (end: number, kind: RawTokenKind, flag: Flag): void => {
    const k = out.count++;
    out.tokens[k] = { text: text.slice(i, end), start: i, end, kind };
    out.marks[k] = breaks | (spaced || k === 0 ? SPACED : 0) | (flag << FLAG_SHIFT);
    i = end;
    breaks = 0;
    spaced = false;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    // Gaps: count line breaks (`\r\n` once) so blank lines can end headings.
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      breaks = Math.min(breaks + 1, 2);
      spaced = true;
      i++;
      continue;
    }
    const latinLetter = c >= 0xc0 && latinWordChar(c);
    if (c === 32 || c === 9 || c === 13 || (c > 127 && !latinLetter && endOf(GAP_RE, text, i) > 0) || c < 32 || c === 127) {
      spaced = true;
      i += c >= 0xd800 && c <= 0xdbff && endOf(GAP_RE, text, i) === i + 2 ? 2 : 1;
      continue;
    }
    const isAsciiLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (isAsciiLetter || latinLetter || (c > 127 && endOf(WORD_START_RE, text, i) > 0)) {
      scanWord(text, i, rules, compiled, push);
      continue;
    }
    if ((c >= 48 && c <= 57) || (c > 127 && endOf(DIGIT_START_RE, text, i) > 0)) {
      scanNumber(text, i, rules, out, breaks > 0, push);
      continue;
    }
    scanOther(text, i, compiled, push);
  }
  return out;
}

type Push = (end: number, kind: RawTokenKind, flag: Flag) => void;

/**
 * Whether URL_RE may match at `i`, told by its first two letters (`ht…`, `ww…`, either case): the regex is not run for
 * the many words that open with h or w (`hat`, `wie`: some fourteen thousand a pass over the dev news, issue 19).
 */
function mayOpenUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 32, d = text.charCodeAt(i + 1) | 32;
  return (c === 104 && d === 116) || (c === 119 && d === 119);
}

function scanWord(text: string, i: number, rules: TokenizerRules, compiled: Compiled, push: Push): void {
  if (mayOpenUrl(text, i)) {
    const url = endOf(URL_RE, text, i);
    if (url > 0) return pushUrl(text, i, url, push);
  }
  const end = wordEnd(text, i);
  const next = text.charCodeAt(end);
  if (next === 64 /* @ */ || (next === 46 /* . */ && end + 1 < text.length && endOf(WORD_START_RE, text, end + 1) > 0) || next === 95 || next === 43) {
    const email = endOf(EMAIL_RE, text, i);
    if (email > 0) return pushUrl(text, i, email, push);
    const initials = endOf(INITIALS_RE, text, i);
    if (initials > 0) return push(initials, 'word', Flag.NoEnd);
    const domain = endOf(compiled.domainRe, text, i);
    if (domain > 0) return pushUrl(text, i, domain, push);
  }
  const hyphenEnd = text.charCodeAt(end - 1) === 45;
  if (next === 46 && text.charCodeAt(end + 1) !== 46) {
    const word = text.slice(i, end);
    const lone = end - i === 1 || (end - i === 2 && text.codePointAt(i)! > 0xffff);
    const lower = word.toLowerCase();
    const known = rules.abbreviations.has(word) || (lower !== word && rules.abbreviations.has(lower));
    if (lone || known) {
      const final = rules.sentenceFinalAbbreviations.has(word) || rules.sentenceFinalAbbreviations.has(lower);
      return push(end + 1, 'word', final ? Flag.Terminal : Flag.NoEnd);
    }
  }
  push(end, 'word', hyphenEnd ? Flag.Continues : Flag.None);
}

function pushUrl(text: string, i: number, end: number, push: Push): void {
  // Sentence punctuation right after a link belongs to the sentence, not the link.
  const raw = text.slice(i, end);
  const trimmed = raw.replace(URL_TRAILING_RE, '');
  const keepParen = trimmed.includes('(') && raw.slice(trimmed.length).startsWith(')');
  push(i + trimmed.length + (keepParen ? 1 : 0), 'url', Flag.None);
}

function scanNumber(
  text: string, i: number, rules: TokenizerRules, out: Scanned, lineStart: boolean, push: Push,
): void {
  const end = endOf(NUMBER_RE, text, i);
  const tail = endOf(NUMBER_TAIL_RE, text, end);
  if (tail > end) {
    const hyphenEnd = text.charCodeAt(tail - 1) === 45;
    return push(tail, 'word', hyphenEnd ? Flag.Continues : Flag.None);
  }
  const dot = text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) !== 46;
  if (dot && isOrdinal(text, i, end, rules, out, lineStart)) {
    return push(end + 1, 'ordinal', Flag.NoEnd);
  }
  push(end, 'number', Flag.None);
}

/**
 * `N.`: ordinal (`18. Juni`, `am 3. großen Tag`, `der 2. Weltkrieg`, a list item `2. Soziale …`)
 * or number + sentence end (`im Jahr 2024. Dann`)? Decided from the next word and what precedes.
 */
function isOrdinal(
  text: string, start: number, end: number, rules: TokenizerRules, out: Scanned, lineStart: boolean,
): boolean {
  let j = end + 1;
  let lineBreak = false;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 10) lineBreak = true;
    else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0) break;
    j++;
  }
  if (j >= text.length) return false;
  const wordEnd = endOf(WORD_RE, text, j);
  const next = wordEnd > 0 ? text.slice(j, wordEnd) : '';
  if (next && rules.months.has(next)) return true;
  if (lineBreak || j === end + 1) return j === end + 1 && next !== '';
  if (endOf(LOWER_START_RE, text, j) > 0) return true;
  const digits = end - start;
  const isDate = text.slice(start, end).includes('.');
  if (endOf(DIGIT_START_RE, text, j) > 0) return digits <= 2 || isDate;
  if (!next) return false;
  if (rules.ordinalHeads.has(next)) return true;
  const prev = out.count > 0 ? out.tokens[out.count - 1] : undefined;
  if (digits > 3 && !isDate) return false;
  // Enumerations: `2.` opening a text, a line or a sentence numbers a list item.
  if (!prev || lineStart || flagOf(out.marks, out.count - 1) & Flag.Terminal) return true;
  return rules.ordinalDeterminers.has(prev.text);
}

function scanOther(text: string, i: number, compiled: Compiled, push: Push): void {
  if (compiled.listedStarts.has(text.charCodeAt(i))) scanListed(text, i, compiled, push);
  else scanMark(text, i, push);
}

/** Elisions, quotes and emoticons, longest first; else a mark. */
function scanListed(text: string, i: number, compiled: Compiled, push: Push): void {
  for (const e of compiled.elisions) {
    if (text.startsWith(e, i) && isWordBoundary(text, i + e.length) && (i === 0 || !isWordAt(text, i - 1))) {
      return push(i + e.length, 'word', Flag.None);
    }
  }
  for (const q of compiled.quotes) {
    if (text.startsWith(q, i)) return push(i + q.length, 'quote', Flag.None);
  }
  for (const e of compiled.emoticons) {
    if (text.startsWith(e, i) && isWordBoundary(text, i + e.length)) {
      return push(i + e.length, 'symbol', Flag.None);
    }
  }
  scanMark(text, i, push);
}

/** Dots, dashes, sentence marks, flags, symbols and other punctuation. */
function scanMark(text: string, i: number, push: Push): void {
  const c = text.charCodeAt(i);
  if (c === 46 /* . */ || c === 45 /* - */) {
    let end = i + 1;
    while (text.charCodeAt(end) === c) end++;
    // `...` and `--` are one token; a lone `.` may end a sentence.
    if (c === 46) return push(end, 'punct', Flag.Terminal);
    return push(end, 'punct', Flag.Continues);
  }
  if (c === 33 || c === 63 || c === 0x2026 /* … */) return push(i + 1, 'punct', Flag.Terminal);
  const flag = endOf(FLAG_RE, text, i);
  if (flag > 0) return push(flag, 'symbol', Flag.None);
  const sym = endOf(SYMBOL_RE, text, i);
  if (sym > 0) return push(sym, 'symbol', Flag.None);
  const punct = endOf(PUNCT_RE, text, i);
  if (punct > 0) {
    const p = text.slice(i, punct);
    if (SYMBOLIC_PUNCT.has(p)) return push(punct, 'symbol', Flag.None);
    return push(punct, 'punct', CONTINUING_PUNCT.has(p) ? Flag.Continues : Flag.None);
  }
  // Anything else (unassigned code points) becomes a symbol rather than being dropped silently.
  const cp = text.codePointAt(i)!;
  push(i + (cp > 0xffff ? 2 : 1), 'symbol', Flag.None);
}

const WORD_CHAR_RE = new RegExp(WORD_CHAR, 'uy');

function isWordAt(text: string, at: number): boolean {
  return endOf(WORD_CHAR_RE, text, at) > 0;
}

function isWordBoundary(text: string, at: number): boolean {
  return at >= text.length || !isWordAt(text, at);
}

/** Can this token start a sentence after `.!?` (capital, digit, opening quote or bracket)? */
function startsSentence(t: RawToken): boolean {
  if (t.kind === 'quote') return true;
  if (OPENING_BRACKETS.has(t.text)) return true;
  return endOf(UPPER_START_RE, t.text, 0) > 0;
}

/** Pass 2: sentence ends from token flags and the gaps between tokens. */
function split(s: Scanned): RawSentence[] {
  const { tokens, count, marks } = s;
  const at = (k: number): RawToken | undefined => (k < count ? tokens[k] : undefined);
  const sentences: RawSentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    const toks = tokens.slice(first, last + 1);
    sentences.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, tokens: toks });
    first = last + 1;
  };
  for (let k = 0; k < count; k++) {
    let last = k;
    if (flagOf(marks, k) & Flag.Terminal) {
      // Closing quotes and brackets glued to the punctuation stay in this sentence (`kommen.“`),
      // as do further glued terminals (`?!`, `!!`).
      while (last + 1 < count && !spacedAt(marks, last + 1) && isCloser(tokens[last + 1]!, flagOf(marks, last + 1))) last++;
      const next = at(last + 1);
      // A dash glued to a capital opens an interview turn or list item (`-Wie reimt sich das?`).
      const afterDash = at(last + 2);
      const dashOpens = next !== undefined && DASHES.has(next.text) && afterDash !== undefined
        && !spacedAt(marks, last + 2) && startsSentence(afterDash);
      if (!next || (spacedAt(marks, last + 1) && (startsSentence(next) || dashOpens || breaksOf(marks, last + 1) > 0))) {
        close(last);
        k = last;
        continue;
      }
      k = last;
      continue;
    }
    const next = at(k + 1);
    if (!next) break;
    const nb = breaksOf(marks, k + 1);
    // A blank line always ends a sentence (headings, paragraphs). A single line break ends one
    // unless the text visibly runs on: the line ends open (`,`, `Dr.`) or the next starts lowercase.
    if (nb >= 2 || (nb === 1 && !(flagOf(marks, k) & (Flag.Continues | Flag.NoEnd)) && !startsLower(next))) {
      close(k);
    }
  }
  if (first < count) close(count - 1);
  // The kept array holds no text's words past its tokenizing: its slices would keep the whole text alive.
  tokens.fill(NO_TOKEN, 0, count);
  return sentences;
}

function isCloser(t: RawToken, flag: Flag): boolean {
  return t.kind === 'quote' || CLOSING_BRACKETS.has(t.text) || (flag & Flag.Terminal) !== 0;
}

function startsLower(t: RawToken): boolean {
  return endOf(LOWER_START_RE, t.text, 0) > 0;
}
