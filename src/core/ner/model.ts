/**
 * The named-entity tagger (issue 15): a greedy left-to-right averaged perceptron over BIO tags for persons,
 * organisations and places, trained by scripts/trainNer.ts on GermEval 2014 dev (CC BY 4.0). The model is
 * hashed features with square-root-coded int8 weights, deflated and base64-coded into one JSON asset, parsed once on first use.
 */
import { inflateSync, strFromU8, strToU8 } from 'fflate';
import { featureHash, inGazetteer, tagFeatures, tokenFeatures, type NerGazetteer, type NerToken } from './features';

export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export type NerType = 'PER' | 'ORG' | 'LOC';
export const NER_FORMAT = 'lesestoff-ner/4';

/** An entity in one sentence: token indices, end exclusive. */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
}

/** The asset as stored (resources/ner/de-ner.json). */
export interface NerAsset {
  format: string;
  labels: readonly string[];
  /** base64 of deflate([u32 count][varint key deltas][int8 √weights, count × labels][name lists, UTF-8, one name a line, lists apart by U+0001]). */
  data: string;
}

/** Adds the weights of one feature to the label scores. */
export type Weights = (hash: number, scores: Float64Array) => void;

/** Name lists from open data, gazetteer features the weights were trained with, shipped in the asset (see README, Licences). */
export interface NerNames {
  /** The glossary's `[geogr.]` entries. */
  places: ReadonlySet<string>;
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  companies: ReadonlySet<string>;
}
const NAME_LISTS = ['places', 'firstNames', 'surnames', 'companies'] as const;
const LIST_BREAK = '\u0001';

export interface NerModel {
  weights: Weights;
  names: NerNames;
  /** Features kept after pruning: the asset's size in words. */
  features: number;
}

const L = NER_LABELS.length;

/**
 * The asset keys a feature by its hash's top 24 bits: the ~9,000 kept features' sorted keys then lie ~1,800 apart, two
 * bytes each as varints where whole hashes took three (the asset 174 -> 160 KB). A feature the model lacks meets a kept
 * key about once in 1,800 look-ups: the shipped weights keyed so tagged GermEval 2014 dev's 2,200 sentences identically.
 */
const keyOf = (hash: number): number => hash >>> 8;

/** `I-PER` may only continue `B-PER` or `I-PER`: a tag sequence that is not a span is never chosen. */
function allowed(label: number, prev: number): boolean {
  const l = NER_LABELS[label]!;
  return !l.startsWith('I-') || NER_LABELS[prev]!.slice(2) === l.slice(2);
}

/** How many tag sequences the decoder keeps: a word's type can still change when a later word (`Theatre`, `AG`) decides it. */
const BEAM = 4;

/** Hashes of the features of each token that do not depend on the tags (computed once per sentence, or per training run). */
export function tokenHashes(tokens: readonly NerToken[], gaz: NerGazetteer): number[][] {
  const listed = tokens.map((t) => inGazetteer(t.text, gaz));
  return tokens.map((_, i) => tokenFeatures(tokens, i, gaz, listed).map(featureHash));
}

/**
 * Hashes of the features joining each token to the tags chosen before it, for any tag history: the token's lists are
 * looked up once, and a history several kept sequences share is hashed once.
 */
function historyHasher(tokens: readonly NerToken[], gaz: NerGazetteer): (prev: number, prev2: number, i: number) => number[] {
  const listed = tokens.map((t) => inGazetteer(t.text, gaz));
  const memo = new Map<number, number[]>();
  // `prev`, `prev2`: the labels of the two tokens before token i, -1 before the sentence's start.
  return (prev, prev2, i) => {
    const key = (i * (L + 1) + prev + 1) * (L + 1) + prev2 + 1;
    let h = memo.get(key);
    if (!h) memo.set(key, (h = tagFeatures(NER_LABELS[prev] ?? '<s>', NER_LABELS[prev2] ?? '<s>', tokens[i]!, listed[i]!).map(featureHash)));
    return h;
  };
}

/** Every feature hash of every token along one tag sequence (training rewards the gold one and penalises the chosen one). */
export function pathFeatures(tokens: readonly NerToken[], gaz: NerGazetteer, labels: readonly number[], hashes: readonly number[][]): number[][] {
  const history = historyHasher(tokens, gaz);
  return hashes.map((h, i) => [...h, ...history(labels[i - 1] ?? -1, labels[i - 2] ?? -1, i)]);
}

/**
 * A kept tag sequence as its last tag and the sequence before it: extending one shares its history instead of copying
 * it, which cost the square of a sentence's length (a pasted table of 20,000 numbers is one "sentence").
 */
export interface Hypothesis {
  label: number;
  before: Hypothesis | null;
  score: number;
}

/** The tags of a kept sequence, first to last. */
export function labelsOf(hyp: Hypothesis): number[] {
  const out: number[] = [];
  for (let h: Hypothesis | null = hyp; h && h.label >= 0; h = h.before) out.push(h.label);
  return out.reverse();
}

/**
 * The best tag sequence a beam search finds, each tag seeing the two before it. `stop` (training) sees the beam after
 * each token and may end the search there, which then returns the best sequence so far.
 */
export function decode(tokens: readonly NerToken[], gaz: NerGazetteer, weights: Weights, hashes = tokenHashes(tokens, gaz), stop?: (beam: readonly Hypothesis[], i: number) => boolean): number[] {
  const history = historyHasher(tokens, gaz);
  let beam: Hypothesis[] = [{ label: -1, before: null, score: 0 }];
  const base = new Float64Array(L);
  const scores = new Float64Array(L);
  for (let i = 0; i < tokens.length; i++) {
    base.fill(0);
    for (const h of hashes[i]!) weights(h, base);
    const next: Hypothesis[] = [];
    for (const hyp of beam) {
      scores.set(base);
      for (const h of history(hyp.label, hyp.before?.label ?? -1, i)) weights(h, scores);
      for (let k = 0; k < L; k++) if (allowed(k, Math.max(hyp.label, 0))) next.push({ label: k, before: hyp, score: hyp.score + scores[k]! });
    }
    beam = next.sort((a, b) => b.score - a.score).slice(0, BEAM);
    if (stop?.(beam, i)) break;
  }
  return labelsOf(beam[0]!);
}

/** BIO labels → typed spans. */
export function spansOf(labels: readonly string[]): NerSpan[] {
  const out: NerSpan[] = [];
  labels.forEach((l, i) => {
    const type = l.slice(2) as NerType;
    if (l.startsWith('B-') || (l.startsWith('I-') && out[out.length - 1]?.end !== i)) out.push({ start: i, end: i + 1, type });
    else if (l.startsWith('I-') && out[out.length - 1]!.type === type) out[out.length - 1]!.end = i + 1;
  });
  return out;
}

/** Words that join a name's words but never end a name: `Bank für`, `Jonas Van der` lack the word the joiner leads to. */
const JOINERS: ReadonlySet<string> = new Set(['ADP', 'DET', 'CCONJ']);

/**
 * `Kollege Ole Brandt`, `Gastgeberin Mia Lind`: a common noun the lexicon knows (or a role) that opens a person's span
 * before a first name is the person's title, not their name, as GermEval's spans have it. Not before a surname alone:
 * `Wolf Wondratschek` (a first name spelled like a noun) and `Lady Gaga` (a title that is the name) stay whole.
 * `Vögtin Ida Falk` opening a sentence: any other word no name list holds is a title too where a first
 * name and a surname still follow it within the span (`end`, exclusive); GermEval 2014 dev has 17 such runs of three
 * words, one person's span among them starting at the unlisted word.
 */
export function isTitle(tokens: readonly NerToken[], i: number, gaz: NerGazetteer, end = tokens.length): boolean {
  const t = tokens[i]!;
  if (gaz.firstNames.has(t.text) || !gaz.firstNames.has(tokens[i + 1]!.text)) return false;
  if ((t.upos === 'NOUN' && !!t.gender) || gaz.isRole(t.text)) return true;
  return i + 2 < end && !gaz.surnames?.has(t.text) && !gaz.places.has(t.text) && /^\p{Lu}/u.test(tokens[i + 2]!.text);
}

/**
 * What may follow a possessive name (`in Papens Vizekanzlei`, `nach Michael Jacksons „Thriller“`): no place then. Only
 * a name with the language's genitive ending or an apostrophe owns: `der Rockband Fold Zandura stark beeinflusst` is the band.
 */
const POSSESSED: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * The type a name right after one of the language's cues has, where the decoder, which reads an unknown capitalised
 * word as a person, made it one: `in Hudson`, `die Gemeinde Pflückuff` a place, `die Firma Century Media`, `der Rockband
 * Fold Zandura` an organisation (a noun by its lemma or its compound's head). A possessive before what it owns stays a person.
 */
export function typeByCue(tokens: readonly NerToken[], sp: NerSpan, gaz: NerGazetteer): NerType {
  const cue = tokens[sp.start - 1];
  const next = tokens[sp.end];
  const owner = tokens[sp.end - 1]!.text;
  const possessive = next && (POSSESSED.has(next.upos) || OPENING_QUOTES.has(next.text)) && (!gaz.genitiveEnding || owner.endsWith(gaz.genitiveEnding) || APOSTROPHES.has(owner.slice(-1)));
  if (sp.type !== 'PER' || !cue || possessive) return sp.type;
  if (gaz.placeCues?.has(cue.text) || (cue.lemma !== undefined && gaz.placeCues?.has(cue.lemma))) return 'LOC';
  const head = cue.parts?.[cue.parts.length - 1]?.lemma;
  const bodies = gaz.organisationCues;
  if (bodies && [cue.lemma, head].some((w) => w !== undefined && bodies.has(w))) return 'ORG';
  return sp.type;
}

const OPENING_QUOTES: ReadonlySet<string> = new Set(['„', '"', '»', '«', '“']);

/**
 * A span that names a work or a product, not a person, body or place: right after a noun for a kind of work (its lemma or
 * its compound's head), `wie` (`Filme wie Roman Holiday`) or an opening quotation mark between (`der Song „Nordwind“`).
 * The tagger, which reads unknown capitalised words as a person, would make a quiz offer the title as one.
 */
function titleByCue(tokens: readonly NerToken[], sp: NerSpan, gaz: NerGazetteer): boolean {
  const cues = gaz.titleCues;
  if (!cues) return false;
  let k = sp.start - 1;
  if (k > 0 && OPENING_QUOTES.has(tokens[k]!.text)) k--;
  if (k > 0 && tokens[k]!.text === gaz.titleLink) k--;
  const cue = tokens[k];
  if (!cue) return false;
  const head = cue.parts?.[cue.parts.length - 1]?.lemma;
  // `Roman Polanski`: a first name spelt like such a noun is the name's own first word.
  return !gaz.firstNames.has(cue.text) && [cue.lemma, head].some((w) => w !== undefined && cues.has(w));
}

const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);

/** A listed place in the genitive (`Englands`) before a noun: the owner of what follows. */
function placeOwns(tokens: readonly NerToken[], i: number, gaz: NerGazetteer): boolean {
  const w = tokens[i]!.text;
  const ending = gaz.genitiveEnding;
  return !!ending && w.endsWith(ending) && gaz.places.has(w.slice(0, -ending.length)) && tokens[i + 1]?.upos === 'NOUN';
}

/**
 * The entities of one sentence; a span the decoder ran on into a lower-case joiner ends before it, a person's
 * starts after their titles, one after a cue for a place or an organisation is one, and one after a cue for a work is none.
 */
export function tagEntities(model: NerModel, tokens: readonly NerToken[], gaz: NerGazetteer): NerSpan[] {
  return spansOf(decode(tokens, gaz, model.weights).map((k) => NER_LABELS[k]!)).filter((sp) => !titleByCue(tokens, sp, gaz)).map((sp) => {
    let end = sp.end;
    while (end - 1 > sp.start && JOINERS.has(tokens[end - 1]!.upos) && /^\p{Ll}/u.test(tokens[end - 1]!.text)) end--;
    // `mit Sir Bobby Charlton Englands Rekordtorschütze`: a place's genitive before a noun says whose, no part of the name.
    while (sp.type === 'PER' && end - 1 > sp.start && placeOwns(tokens, end - 1, gaz)) end--;
    let start = sp.start;
    while (sp.type === 'PER' && start + 1 < end && isTitle(tokens, start, gaz, end)) start++;
    const type = typeByCue(tokens, { ...sp, start, end }, gaz);
    return end === sp.end && start === sp.start && type === sp.type ? sp : { start, end, type };
  });
}

/** Base64 without `atob`, which core's type library (no DOM) does not declare. */
function fromBase64(s: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, acc = 0, n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = alphabet.indexOf(clean[i]!);
    if (v < 0) throw new Error('NER model: the asset is not base64');
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Reads the asset; a wrong format or label set is an error, not a silently worse tagger. */
export function parseNerModel(asset: NerAsset): NerModel {
  if (asset.format !== NER_FORMAT || asset.labels.join(',') !== NER_LABELS.join(',')) throw new Error(`NER model: expected ${NER_FORMAT} with labels ${NER_LABELS.join(',')}`);
  const bytes = inflateSync(fromBase64(asset.data));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const index = new Map<number, number>();
  let p = 4, h = 0;
  for (let k = 0; k < count; k++) {
    let delta = 0, shift = 0, b: number;
    do {
      b = bytes[p++]!;
      delta += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    h += delta;
    index.set(h, k * L);
  }
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + p, count * L);
  // Weights are stored as the square root of their share of the largest (see encodeNerModel): squared back here.
  const w = Float32Array.from(q, (x) => Math.sign(x) * x * x);
  const lists = strFromU8(bytes.subarray(p + count * L)).split(LIST_BREAK);
  const names = Object.fromEntries(NAME_LISTS.map((k, i) => [k, new Set(lists[i] ? lists[i].split('\n') : [])])) as unknown as NerNames;
  return {
    features: count,
    names,
    weights: (hash, scores) => {
      const at = index.get(keyOf(hash));
      if (at === undefined) return;
      for (let k = 0; k < L; k++) scores[k] = scores[k]! + w[at + k]!;
    },
  };
}

/**
 * Writes weights (feature hash → one weight per label) and the name lists as the asset's binary, before deflate and
 * base64. Features whose hashes share a key (`keyOf`) share the sum of their weights.
 */
export function encodeNerModel(weights: ReadonlyMap<number, ArrayLike<number>>, names: Partial<Record<keyof NerNames, Iterable<string>>>): Uint8Array {
  const keyed = new Map<number, Float64Array>();
  for (const [h, v] of weights) {
    const sum = keyed.get(keyOf(h)) ?? keyed.set(keyOf(h), new Float64Array(L)).get(keyOf(h))!;
    for (let j = 0; j < L; j++) sum[j] = sum[j]! + v[j]!;
  }
  const keys = [...keyed.keys()].sort((a, b) => a - b);
  let max = 1e-9;
  for (const v of keyed.values()) for (let j = 0; j < L; j++) max = Math.max(max, Math.abs(v[j]!));
  const head: number[] = [];
  let last = 0;
  for (const h of keys) {
    let d = h - last;
    last = h;
    do {
      head.push((d % 128) | (d >= 128 ? 0x80 : 0));
      d = Math.floor(d / 128);
    } while (d > 0);
  }
  const lists = strToU8(NAME_LISTS.map((k) => [...(names[k] ?? [])].sort().join('\n')).join(LIST_BREAK));
  const out = new Uint8Array(4 + head.length + keys.length * L + lists.length);
  new DataView(out.buffer).setUint32(0, keys.length, true);
  out.set(head, 4);
  const w = new Int8Array(out.buffer, 4 + head.length);
  keys.forEach((h, k) => {
    const v = keyed.get(h)!;
    // The square root keeps the many small weights apart: linear int8 rounds most of them to 0 and costs 2 F1 points.
    for (let j = 0; j < L; j++) w[k * L + j] = Math.sign(v[j]!) * Math.round(Math.sqrt(Math.abs(v[j]!) / max) * 127);
  });
  out.set(lists, 4 + head.length + keys.length * L);
  return out;
}
