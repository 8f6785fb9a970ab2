/**
 * Features of one token for the named-entity tagger (issue 15). Language-neutral: the words come from the
 * tagged analysis and the language's own lists (`NerGazetteer`), so the same code serves training
 * (scripts/trainNer.ts) and tagging. Features are strings hashed to 32 bits; the model stores hashes only.
 */

/** What the tagger reads of a token: its text and the part of speech the analysis chose (which knows the lexicon). */
export interface NerToken {
  text: string;
  upos: string;
  /** The lexicon's gender of a noun: set only for a noun it knows, which is rarely a name. */
  gender?: string;
  /** The glossary explains the word (a common word, or a place it lists). */
  glossed?: boolean;
  /** Compound parts: a compound of common nouns is rarely a name, but one whose head is `Amt` or `Bank` names a body. */
  parts?: readonly { lemma?: string }[];
  /** The analysis's lemma. */
  lemma?: string;
}

/** The language's name lists: evidence the model weighs, never a decision by itself. */
export interface NerGazetteer {
  firstNames: ReadonlySet<string>;
  places: ReadonlySet<string>;
  organisations: ReadonlySet<string>;
  organisationSuffixes: readonly string[];
  /** Company and brand names from open data, shipped with the model (`Siemens`, `Lufthansa`). */
  companies?: ReadonlySet<string>;
  /** Family names from open data, shipped with the model (`Schneider`, `Yilmaz`). */
  surnames?: ReadonlySet<string>;
  /** Words that end or open an organisation's name (`GmbH`, `Verlag`, `FC`, `Institute`). */
  organisationHeads?: ReadonlySet<string>;
  /** Organisations the language's news names most, words joined by a space (`CDU`, `Deutsche Bank`). */
  organisationNames?: ReadonlySet<string>;
  /** Words right before a name that make it a place (`in`, `Gemeinde`; nouns by their lemma). */
  placeCues?: ReadonlySet<string>;
  /** Nouns for a kind of organisation right before a name that make it one (`Firma`, `Band`), by lemma or compound head. */
  organisationCues?: ReadonlySet<string>;
  /** Nouns for a kind of work or product right before a name that make it a title, no one's name (`Film`, `Album`), by lemma or compound head. */
  titleCues?: ReadonlySet<string>;
  /** The word between such a noun and the titles it gives as examples (`Filme wie …`). */
  titleLink?: string;
  /** How a name that owns what follows it ends (`Papens Kanzlei`): a name without it before an adjective is no possessive. */
  genitiveEnding?: string;
  isRole(word: string): boolean;
}

/** FNV-1a, 32 bits: a feature's key in the model. Collisions among a few ten thousand features are rare and harmless. */
export function featureHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `Müller-Lüdenscheidt` → `Xx-Xx`, `EU` → `X`, `G20` → `Xd`: character classes with repeats collapsed. */
function shape(w: string): string {
  let out = '';
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (!out.endsWith(c)) out += c;
  }
  return out.slice(0, 8);
}

const OPENERS = new Set(['"', '„', '“', '»', '«', '(', ':', '-', '–']);

/**
 * The part of speech the features read: a capitalised noun neither the lexicon (no gender) nor the glossary knows is
 * read as a name (`am Nordberg`, `im Ostkreis`), whatever the analysis chose after a fused preposition.
 */
function posOf(t: NerToken | undefined): string | undefined {
  return t && t.upos === 'NOUN' && !t.gender && !t.glossed && /^\p{Lu}/u.test(t.text) ? 'PROPN' : t?.upos;
}

/** A capital here says nothing of a name: the first word of a sentence or of a quotation. */
function sentenceInitial(tokens: readonly NerToken[], i: number): boolean {
  return i === 0 || OPENERS.has(tokens[i - 1]!.text);
}

/** The lists a word is in (`first`, `place`, `org`, `role`, `co`, `sur`, `oh`). */
export function inGazetteer(w: string, gaz: NerGazetteer): string[] {
  const out: string[] = [];
  const bare = w.endsWith('s') ? w.slice(0, -1) : w;
  if (gaz.firstNames.has(w)) out.push('first');
  if (gaz.places.has(w) || gaz.places.has(bare)) out.push('place');
  const l = w.toLowerCase();
  if (gaz.organisations.has(w) || gaz.organisationSuffixes.some((x) => l.endsWith(x))) out.push('org');
  if (gaz.isRole(w)) out.push('role');
  if (gaz.companies?.has(w)) out.push('co');
  if (gaz.surnames?.has(w)) out.push('sur');
  if (gaz.organisationHeads?.has(w)) out.push('oh');
  return out;
}

/** Where a name's words cannot run on: punctuation that ends a clause or opens a bracket or quotation. */
const BREAKS = new Set([',', '.', ';', ':', '(', ')', '"', '„', '“', '»', '«', '?', '!']);

/**
 * `California Institute of Technology`, `Lee Strasberg Theatre`: the word that makes a run of names an organisation
 * often comes last, after the greedy decoder has typed the first; so each word sees an organisation's head ahead.
 */
function headAhead(tokens: readonly NerToken[], i: number, gaz: NerGazetteer): number {
  for (let k = 1; k <= 4 && i + k < tokens.length; k++) {
    const t = tokens[i + k]!;
    if (BREAKS.has(t.text)) return 0;
    if (gaz.organisationHeads?.has(t.text) || (t.lemma !== undefined && gaz.organisationHeads?.has(t.lemma))) return k;
  }
  return 0;
}

/** Each listed name's first word with the most words a name starting with it has (tagging asks for every token). */
const firstWordsOf = new WeakMap<ReadonlySet<string>, Map<string, number>>();
function firstWords(names: ReadonlySet<string>): Map<string, number> {
  let m = firstWordsOf.get(names);
  if (!m) {
    firstWordsOf.set(names, (m = new Map()));
    for (const n of names) {
      const words = n.split(' ');
      m.set(words[0]!, Math.max(m.get(words[0]!) ?? 0, words.length));
    }
  }
  return m;
}

/**
 * The longest listed name of up to four words that covers token `i` (`Deutsche Bank`, `Puerto Rico`): `B` for its
 * first word, `I` after.
 */
function listedName(tokens: readonly NerToken[], i: number, names: ReadonlySet<string> | undefined): 'B' | 'I' | undefined {
  if (!names) return undefined;
  const starts = firstWords(names);
  let best: { n: number; s: number } | undefined;
  for (let s = Math.max(0, i - 3); s <= i; s++) {
    const most = starts.get(tokens[s]!.text) ?? 0;
    for (let n = Math.min(most, 4, tokens.length - s); n > i - s && n > (best?.n ?? 0); n--) {
      if (names.has(tokens.slice(s, s + n).map((t) => t.text).join(' '))) best = { n, s };
    }
  }
  return best && (best.s === i ? 'B' : 'I');
}

/**
 * Features of token `i` that do not depend on the tags chosen before it (computed once per sentence); `listed` is each
 * token's lists, looked up once per sentence by a caller that asks for every token.
 */
export function tokenFeatures(tokens: readonly NerToken[], i: number, gaz: NerGazetteer, listed: readonly (readonly string[])[] = tokens.map((t) => inGazetteer(t.text, gaz))): string[] {
  const t = tokens[i]!;
  const w = t.text;
  const l = w.toLowerCase();
  const at = (k: number): NerToken | undefined => tokens[i + k];
  const lower = (k: number): string => at(k)?.text.toLowerCase() ?? (k < 0 ? '<s>' : '</s>');
  const sh = shape(w);
  const first = sentenceInitial(tokens, i);
  const pos = posOf(t)!;
  // Three letters each way and four from the end: adding four from the start, five from the end and the shapes of both
  // neighbours at once (`Xx|Xx|Xx`) moved 5-fold CV typed F1 on GermEval 2014 dev 70.6 -> 70.2 from seed 15 (ORG
  // 55.8 -> 54.4) and 69.6 -> 70.3 from seed 16: one down, one up, within the seeds' noise.
  const f = [
    'b', `w:${w}`, `l:${l}`, `s:${sh}`, `p:${l.slice(0, 3)}`, `x2:${l.slice(-2)}`, `x3:${l.slice(-3)}`, `x4:${l.slice(-4)}`,
    `u:${pos}`, `u-1:${posOf(at(-1)) ?? '<s>'}`, `u+1:${posOf(at(1)) ?? '</s>'}`, `us:${pos}|${sh}|${first ? 1 : 0}`,
    `w-1:${lower(-1)}`, `w+1:${lower(1)}`, `w-2:${lower(-2)}`, `w+2:${lower(2)}`, `w-1w:${lower(-1)}|${l}`,
    `s-1:${at(-1) ? shape(at(-1)!.text) : '<s>'}|${sh}`, `s+1:${sh}|${at(1) ? shape(at(1)!.text) : '</s>'}`,
    `x3-1:${lower(-1).slice(-3)}`, `x3+1:${lower(1).slice(-3)}`,
    `k:${t.gender ? 'g' : '-'}${t.glossed ? 'y' : 'n'}${t.parts ? 'c' : '-'}|${sh}|${first ? 1 : 0}`,
    `k+1:${at(1)?.gender ? 'g' : '-'}${at(1)?.glossed ? 'y' : 'n'}|${posOf(at(1)) ?? '</s>'}`,
  ];
  const own = listed[i]!;
  for (const g of own) f.push(`g:${g}`, `gu:${g}|${pos}`);
  for (const g of listed[i - 1] ?? []) f.push(`g-1:${g}`);
  for (const g of listed[i + 1] ?? []) f.push(`g+1:${g}`);
  // `Lena Hofer`: a listed name before a capitalised word is more likely a first name than the river of that name.
  if (own.length && at(1)) f.push(`gs+1:${own.join('+')}|${shape(at(1)!.text)}`);
  // The lexicon's reading: `Bundesärztekammer` is a `Kammer` made of known words, a body's name; a plain known lemma is rarely a name.
  const head = t.parts?.[t.parts.length - 1]?.lemma;
  if (head) f.push(`hd:${head.toLowerCase()}`, `hd0:${t.parts![0]!.lemma?.toLowerCase() ?? ''}`);
  // `Staatsministeriums`, `Industriekreditbank`: an organisation's head inflected or as a compound's head.
  if (gaz.organisationHeads && ((t.lemma && gaz.organisationHeads.has(t.lemma)) || (head && gaz.organisationHeads.has(head)))) f.push(`ohl:${sh}|${first ? 1 : 0}`);
  const listedOrg = listedName(tokens, i, gaz.organisationNames);
  if (listedOrg) f.push(`kno:${listedOrg}`, `kno:${listedOrg}|${first ? 1 : 0}`);
  // `San Juan`, `Sri Lanka`: a place's name of several words, whose words alone are a saint's name or nothing listed.
  const listedPlace = listedName(tokens, i, gaz.places);
  if (listedPlace) f.push(`knp:${listedPlace}`);
  const ahead = headAhead(tokens, i, gaz);
  if (ahead) f.push(`oh+:${Math.min(ahead, 3)}|${sh}`, `oh+u:${pos}`);
  if (t.lemma && t.lemma !== w) f.push(`lm:${t.lemma.toLowerCase()}`);
  const parts = w.split('-');
  if (parts.length > 1 && parts[0]) {
    f.push(`h0:${parts[0].toLowerCase()}`, `h1:${parts[parts.length - 1]!.toLowerCase()}`);
    for (const g of inGazetteer(parts[0], gaz)) f.push(`hg:${g}`);
  }
  return f;
}

/**
 * Features that join the tags already chosen to this token's shape and lists (`listed`: `inGazetteer` of its text, computed
 * once per token, as the decoder asks for every tag history it keeps): what makes a name continue.
 */
export function tagFeatures(prev: string, prev2: string, t: NerToken, listed: readonly string[]): string[] {
  // `SC Paderborn`, `Bayer Leverkusen`: a listed place after an organisation's first word continues the organisation.
  return [`t-1:${prev}`, `t-2:${prev2}|${prev}`, `t-1s:${prev}|${shape(t.text)}`, `t-1u:${prev}|${posOf(t)!}`, ...listed.map((g) => `t-1g:${prev}|${g}`)];
}
