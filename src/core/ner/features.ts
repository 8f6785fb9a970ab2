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

/** A capital here says nothing of a name: the first word of a sentence or of a quotation. */
function sentenceInitial(tokens: readonly NerToken[], i: number): boolean {
  return i === 0 || OPENERS.has(tokens[i - 1]!.text);
}

function inGazetteer(w: string, gaz: NerGazetteer): string[] {
  const out: string[] = [];
  const bare = w.endsWith('s') ? w.slice(0, -1) : w;
  if (gaz.firstNames.has(w)) out.push('first');
  if (gaz.places.has(w) || gaz.places.has(bare)) out.push('place');
  const l = w.toLowerCase();
  if (gaz.organisations.has(w) || gaz.organisationSuffixes.some((x) => l.endsWith(x))) out.push('org');
  if (gaz.isRole(w)) out.push('role');
  if (gaz.companies?.has(w)) out.push('co');
  if (gaz.surnames?.has(w)) out.push('sur');
  return out;
}

/** Features of token `i` that do not depend on the tags chosen before it (computed once per sentence). */
export function tokenFeatures(tokens: readonly NerToken[], i: number, gaz: NerGazetteer): string[] {
  const t = tokens[i]!;
  const w = t.text;
  const l = w.toLowerCase();
  const at = (k: number): NerToken | undefined => tokens[i + k];
  const lower = (k: number): string => at(k)?.text.toLowerCase() ?? (k < 0 ? '<s>' : '</s>');
  const sh = shape(w);
  const first = sentenceInitial(tokens, i);
  const f = [
    'b', `w:${w}`, `l:${l}`, `s:${sh}`, `p:${l.slice(0, 3)}`, `x2:${l.slice(-2)}`, `x3:${l.slice(-3)}`, `x4:${l.slice(-4)}`,
    `u:${t.upos}`, `u-1:${at(-1)?.upos ?? '<s>'}`, `u+1:${at(1)?.upos ?? '</s>'}`, `us:${t.upos}|${sh}|${first ? 1 : 0}`,
    `w-1:${lower(-1)}`, `w+1:${lower(1)}`, `w-2:${lower(-2)}`, `w+2:${lower(2)}`, `w-1w:${lower(-1)}|${l}`,
    `s-1:${at(-1) ? shape(at(-1)!.text) : '<s>'}|${sh}`, `s+1:${sh}|${at(1) ? shape(at(1)!.text) : '</s>'}`,
    `x3-1:${lower(-1).slice(-3)}`, `x3+1:${lower(1).slice(-3)}`,
    `k:${t.gender ? 'g' : '-'}${t.glossed ? 'y' : 'n'}${t.parts ? 'c' : '-'}|${sh}|${first ? 1 : 0}`,
    `k+1:${at(1)?.gender ? 'g' : '-'}${at(1)?.glossed ? 'y' : 'n'}|${at(1)?.upos ?? '</s>'}`,
  ];
  for (const g of inGazetteer(w, gaz)) f.push(`g:${g}`, `gu:${g}|${t.upos}`);
  for (const g of at(-1) ? inGazetteer(at(-1)!.text, gaz) : []) f.push(`g-1:${g}`);
  for (const g of at(1) ? inGazetteer(at(1)!.text, gaz) : []) f.push(`g+1:${g}`);
  // `Lena Hofer`: a listed name before a capitalised word is more likely a first name than the river of that name.
  const listed = inGazetteer(w, gaz);
  if (listed.length && at(1)) f.push(`gs+1:${listed.join('+')}|${shape(at(1)!.text)}`);
  // The lexicon's reading: `Bundesärztekammer` is a `Kammer` made of known words, a body's name; a plain known lemma is rarely a name.
  const head = t.parts?.[t.parts.length - 1]?.lemma;
  if (head) f.push(`hd:${head.toLowerCase()}`, `hd0:${t.parts![0]!.lemma?.toLowerCase() ?? ''}`);
  if (t.lemma && t.lemma !== w) f.push(`lm:${t.lemma.toLowerCase()}`);
  const parts = w.split('-');
  if (parts.length > 1 && parts[0]) {
    f.push(`h0:${parts[0].toLowerCase()}`, `h1:${parts[parts.length - 1]!.toLowerCase()}`);
    for (const g of inGazetteer(parts[0], gaz)) f.push(`hg:${g}`);
  }
  return f;
}

/** Features that join the tags already chosen to this token's shape: what makes a name continue. */
export function tagFeatures(prev: string, prev2: string, t: NerToken): string[] {
  return [`t-1:${prev}`, `t-2:${prev2}|${prev}`, `t-1s:${prev}|${shape(t.text)}`, `t-1u:${prev}|${t.upos}`];
}
