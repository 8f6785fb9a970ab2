/**
 * Quote extraction: direct quotes from quote marks (also across sentences), indirect quotes
 * from verbs of saying with a dass- or Konjunktiv-I clause and from source frames
 * (`laut X`, `X zufolge`, `nach Angaben X`), each with its speaker and cue.
 * Runs on the tagged analysis: word classes tell verbs, names and adjectives apart.
 */
import type { Analysis, Token } from '../../analysis';
import { span, trimSpan, isUpper, isPunct } from '../textSpans';
import type { Quote, TextSpan } from '../types';

export interface QuoteRules {
  quotePairs: Record<string, string[]>;
  cueVerbs: ReadonlySet<string>;
  separableCueVerbs: ReadonlyMap<string, string[]>;
  sourcePrepositions: ReadonlySet<string>;
  sourceNouns: ReadonlySet<string>;
  speakerlessFrames: ReadonlySet<string>;
  reportedSpeechVerbs: ReadonlySet<string>;
  clauseAdverbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  prepositions: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  subjectPronouns: ReadonlySet<string>;
  femalePronoun: string;
  malePronoun: string;
  postposedSource: string;
  sourceNeedsNoun: string;
  soCue: string;
  clauseBreakers: ReadonlySet<string>;
  impersonal: string;
  /** Opinion nouns and adjectives that end a cue clause (`vertritt die Ansicht, …`). */
  cueNouns: ReadonlySet<string>;
  /** Verbs that report only with a zu-infinitive after them (`plant, … zu erweitern`). */
  intentVerbs: ReadonlySet<string>;
  /** `zitiert X mit den Worten`: the object is the speaker. */
  quotingVerbs: ReadonlySet<string>;
  wordsNoun: string;
  /** `In dem Bericht heißt es`, `aus Kreisen verlautete`: the source is a prepositional phrase. */
  impersonalCues: ReadonlySet<string>;
  sourcePlacePrepositions: ReadonlySet<string>;
  /** Pronouns that stand alone as a subject (`Diese bestätigte`, `, der betonte`). */
  referringPronouns: ReadonlySet<string>;
  /** Words that cannot start a nominative subject (`den`, `dem`, `ihn`). */
  nonSubjectStarts: ReadonlySet<string>;
  /** Object pronouns between a cue verb and its subject (`charakterisierte ihn der Chef`). */
  objectPronouns: ReadonlySet<string>;
  /** `und fügte hinzu`: the speaker of a coordinated cue is the one before. */
  coordinator: string;
  /** `wurde aufgefordert`: a passive cue's subject is spoken to; the speaker is the agent (`von X`). */
  passiveAuxiliaries: ReadonlySet<string>;
  agentPrepositions: ReadonlySet<string>;
  /** First names by gender, so `sie` finds `Anna Berg` and not the `Jan Ott` named after her. */
  femaleFirstNames: ReadonlySet<string>;
  maleFirstNames: ReadonlySet<string>;
  /** `nachdem`, `weil` …: open a clause whose subject follows them. */
  subordinators: ReadonlySet<string>;
  /** `des`, `einer` …: continue a noun phrase with a genitive (`Aussage einer Sprecherin`). */
  genitiveArticles: ReadonlySet<string>;
}

interface Mark {
  start: number;
  end: number;
}

/** Longest direct quote we accept; longer spans are unbalanced marks. */
const MAX_QUOTE = 2000;
/** Sentences back that a quote without its own speaker may borrow one from. */
const CARRY_SENTENCES = 2;

/** Spans of direct quotes, marks included. A quote never crosses a blank line. */
export function findDirectQuotes(text: string, rules: QuoteRules): Mark[] {
  const out: Mark[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const closers = rules.quotePairs[ch];
    if (!closers) {
      i++;
      continue;
    }
    // A straight quote opens only before a word (not after one: `5"` or `"` closing a stray pair).
    if (ch === '"' && !/[\p{L}\p{N}„‚'(.…-]/u.test(text[i + 1] ?? '')) {
      i++;
      continue;
    }
    let j = i + 1;
    let found = -1;
    while (j < text.length && j - i < MAX_QUOTE) {
      const c = text[j]!;
      if (closers.includes(c) && (ch !== '"' || !/[\p{L}\p{N}]/u.test(text[j - 1] === ' ' ? 'x' : ' '))) {
        found = j;
        break;
      }
      // A new opening mark of the same kind means this one was never closed.
      if (c === ch && ch !== '"' && ch !== '“') break;
      if (c === '\n' && /\n[ \t]*$/.test(text.slice(i, j))) break;
      j++;
    }
    if (found < 0) {
      i++;
      continue;
    }
    if (/[\p{L}\p{N}]/u.test(text.slice(i + 1, found))) out.push({ start: i, end: found + 1 });
    i = found + 1;
  }
  return out;
}

interface Cue {
  /** Token index range of the cue words (verb, particle or frame word). */
  cue: TextSpan;
  speaker: TextSpan | null;
  /** Offsets of what the cue governs: a direct quote it points at, or an indirect clause. */
  target: { kind: 'direct'; index: number } | { kind: 'indirect'; start: number; end: number } | null;
  /** A prepositional frame (`laut X`), which yields to a verb cue over the same words. */
  frame?: boolean;
  /** `und fügte hinzu`: a cue whose subject is the one of the clause before. */
  coordinated?: boolean;
}

interface Ctx {
  text: string;
  rules: QuoteRules;
  tokens: Token[];
  /** Direct quote index per token, or -1. */
  inQuote: number[];
  direct: Mark[];
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

function isBoundary(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return true;
  if (ctx.inQuote[i]! >= 0) return true;
  // Brackets stay inside the clause: `Anna Berg (SPD) sagte` has its subject before the bracket.
  return isPunct(t) && !/^[-–/&.'’()]$/.test(t.text) ? true : t.text === '–';
}

/** The clause around token k: from after the previous boundary to before the next one. */
function clauseOf(ctx: Ctx, k: number): [number, number] {
  let l = k;
  while (l > 0 && !isBoundary(ctx, l - 1)) l--;
  let r = k + 1;
  while (r < ctx.tokens.length && !isBoundary(ctx, r)) r++;
  return [l, r];
}

function tokensSpan(ctx: Ctx, a: number, b: number): TextSpan | null {
  if (b <= a) return null;
  return span(ctx.text, ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end);
}

/** Does a token sequence start like a subject (not an adverb, preposition or time phrase)? */
function subjectLike(ctx: Ctx, a: number, b: number): boolean {
  if (b <= a) return false;
  if (ctx.rules.subordinators.has(lower(ctx.tokens[a])) && a + 1 < b) a++;
  const first = lower(ctx.tokens[a]);
  if (ctx.rules.clauseAdverbs.has(first) || ctx.rules.prepositions.has(first) || ctx.rules.complementizers.has(first)) return false;
  if (/^\d/.test(first)) return false;
  return true;
}

/** Word classes that a capital letter at the start of a sentence does not turn into a name. */
const NOT_NOUN = new Set(['ADV', 'ADJ', 'ADP', 'AUX', 'VERB', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'DET']);

/** `Gebetsmühlenartig wiederholen sie`, `Davor hat …`: a tagged non-noun capitalised only by its position. */
function capitalisedByPosition(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j]!;
  if (!t.upos || !NOT_NOUN.has(t.upos)) return false;
  const prev = ctx.tokens[j - 1];
  return !prev || prev.text === ':' || ctx.inQuote[j - 1]! >= 0 || /^[.!?]$/.test(prev.text);
}

/** A noun phrase starting at token a and not reaching b: determiner, adjectives, names, `von`-attributes. */
function nounPhrase(ctx: Ctx, a: number, b: number): TextSpan | null {
  const { rules, tokens } = ctx;
  let i = a;
  // `sagte auch der Minister`, `sagte am Montag der Minister`: skip adverbs and a short adverbial.
  while (i < b && (rules.clauseAdverbs.has(lower(tokens[i])) || rules.subordinators.has(lower(tokens[i])))) i++;
  if (i < b && rules.prepositions.has(lower(tokens[i])) && i + 2 < b) {
    const back = i;
    i++;
    while (i < b && !isUpper(tokens[i]!.text)) i++;
    i++;
    if (i >= b || !(rules.determiners.has(lower(tokens[i])) || isUpper(tokens[i]!.text))) i = back;
  }
  // `so charakterisierte ihn der Chef`: an object pronoun before the subject.
  while (i + 1 < b && rules.objectPronouns.has(lower(tokens[i]))) i++;
  if (i >= b) return null;
  const first = tokens[i]!;
  const determinerBeforeNoun = rules.determiners.has(first.text.toLowerCase()) && isUpper(tokens[i + 1]?.text ?? '') && i + 1 < b;
  if (rules.subjectPronouns.has(first.text.toLowerCase()) && !determinerBeforeNoun) {
    return first.text.toLowerCase() === rules.impersonal ? null : span(ctx.text, first.start, first.end);
  }
  let end = i;
  let j = i;
  let sawNoun = false;
  while (j < b && j - i < 12) {
    const t = tokens[j]!;
    const w = t.text;
    const lw = w.toLowerCase();
    if (rules.determiners.has(lw) && !(sawNoun && !rules.nameParticles.has(lw) && !rules.genitiveArticles.has(lw))) {
      // `der Sprecher`; after the noun only a genitive or name particle continues (`des Ministeriums`)
    } else if (isUpper(w) && !rules.nameParticles.has(lw) && capitalisedByPosition(ctx, j)) {
      // `Politische Beobachter` opens with an adjective; `Davor hat …` with no noun at all.
      if (tokens[j]!.upos !== 'ADJ' || sawNoun) break;
    } else if (isUpper(w) || /^\d/.test(w)) {
      sawNoun = true;
      end = j + 1;
    } else if (rules.nameParticles.has(lw) && sawNoun) {
      // keep going: `der Sprecher des Ministeriums`, `Ursula von der Leyen`
    } else if (/^[\p{Ll}]+(e|en|er|es|em)$/u.test(w) && !rules.prepositions.has(lw) && !rules.auxiliaries.has(lw) && !sawNoun) {
      // attributive adjective before the noun
    } else if (w === '-' || w === '(' || w === ')') {
      // hyphenated or bracketed parts of a name: `Anna Berg (SPD)` keeps its closing bracket
      if (w === ')' && sawNoun && tokens.slice(i, j).some((x) => x.text === '(')) end = j + 1;
    } else break;
    j++;
  }
  return sawNoun ? tokensSpan(ctx, i, end) : null;
}

/** Start of the comma-joined stretch before token l (`Der Sprecher, Max Muster, sagte`). */
function segmentStart(ctx: Ctx, l: number): number {
  let a = l;
  while (a > 0 && (ctx.tokens[a - 1]!.text === ',' || !isBoundary(ctx, a - 1))) a--;
  return a;
}

/** A finite verb or auxiliary: tagged as one, or (a word the tagger does not know) a listed auxiliary, cue or Konjunktiv form. */
function isVerbish(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  // German verbs are written small inside a sentence: a capitalised `Will` is a name, whatever the tagger says.
  if (isUpper(t.text) && !capitalisedByPosition(ctx, i)) return false;
  if (t.upos === 'VERB' || t.upos === 'AUX') return true;
  if (t.upos !== 'X' && t.upos !== undefined) return false;
  const w = t.text;
  return !isUpper(w) && (ctx.rules.auxiliaries.has(w) || ctx.rules.cueVerbs.has(w) || ctx.rules.reportedSpeechVerbs.has(w));
}

/** A subject noun phrase in [a, b): `den`, `dem`, `ihn` … cannot open one (`nennt den Vorgang`, `Den Banken sagte er`). */
function subjectAfter(ctx: Ctx, a: number, b: number): TextSpan | null {
  const np = nounPhrase(ctx, a, b);
  if (!np) return null;
  return ctx.rules.nonSubjectStarts.has(np.text.split(/\s+/)[0]!.toLowerCase()) ? null : np;
}

/** Starts of the comma-separated pieces of [a, b), quotes kept whole. */
function commaPieces(ctx: Ctx, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let p = a;
  for (let i = a; i < b; i++) {
    if (ctx.tokens[i]!.text === ',' && ctx.inQuote[i]! < 0) {
      out.push([p, i]);
      p = i + 1;
    }
  }
  out.push([p, b]);
  return out;
}

/**
 * `Der Vorsitzende des Verbands, Max Muster, kritisierte …` / `Eva Roth, die das Amt leitet, hat angekündigt …`:
 * a cue clause that opens with its verb after a comma has its subject in the verbless piece that starts the
 * sentence, past appositions and relative clauses.
 */
function frontSubject(ctx: Ctx, l: number): TextSpan | null {
  const { tokens, rules } = ctx;
  if (l < 2 || tokens[l - 1]!.text !== ',' || ctx.inQuote[l - 1]! >= 0) return null;
  const a = segmentStart(ctx, l);
  if (a >= l - 1 || !subjectLike(ctx, a, l - 1) || lower(tokens[a]) === 'wie' || ctx.inQuote[a]! >= 0) return null;
  const pieces = commaPieces(ctx, a, l - 1);
  if (pieces.length < 2) return null;
  const verbless = ([x, y]: [number, number]): boolean => {
    for (let i = x; i < y; i++) if (isVerbish(ctx, i) || ctx.inQuote[i]! >= 0) return false;
    return y > x;
  };
  const relative = ([x]: [number, number]): boolean =>
    rules.referringPronouns.has(lower(tokens[x])) || ['dessen', 'deren', 'dem', 'den'].includes(lower(tokens[x])) ||
    (rules.prepositions.has(lower(tokens[x])) && rules.referringPronouns.has(lower(tokens[x + 1])));
  if (!verbless(pieces[0]!)) return null;
  let end = pieces[0]![1];
  let relativeSeen = false;
  for (const piece of pieces.slice(1)) {
    if (relative(piece)) relativeSeen = true;
    else if (verbless(piece) && !relativeSeen && piece[1] - piece[0] <= 12) end = piece[1];
    else return null;
  }
  return trimSpan(ctx.text, tokens[a]!.start, tokens[end - 1]!.end);
}

/** Speaker of a cue verb at token k within its clause [l, r). */
function speakerOfVerb(ctx: Ctx, k: number, l: number, r: number, participle: boolean): TextSpan | null {
  const { rules, tokens } = ctx;
  const first = lower(tokens[l]);
  if (l < k && first === 'wie') {
    let e = k;
    while (e > l + 1 && (rules.auxiliaries.has(lower(tokens[e - 1])) || rules.clauseAdverbs.has(lower(tokens[e - 1])))) e--;
    // `Wie aus Regierungskreisen verlautete`
    if (rules.sourcePlacePrepositions.has(lower(tokens[l + 1]))) return nounPhrase(ctx, l + 2, e);
    return nounPhrase(ctx, l + 1, e);
  }
  if (k === l) {
    const front = frontSubject(ctx, l);
    if (front) return front;
    const np = subjectAfter(ctx, k + 1, r);
    if (np || l === 0 || tokens[l - 1]!.text !== ',') return np;
    // `Der Sprecher des Amtes, Max Muster, sagte …`: the subject is the apposition before the comma.
    let a = segmentStart(ctx, l);
    if (lower(tokens[a]) === 'wie') a++;
    if (!subjectLike(ctx, a, l - 1)) return null;
    for (let i = a; i < l - 1; i++) if (isVerbish(ctx, i)) return null;
    return trimSpan(ctx.text, tokens[a]!.start, tokens[l - 2]!.end);
  }
  let aux = -1;
  for (let i = l; i < k; i++) if (rules.auxiliaries.has(lower(tokens[i]))) { aux = i; break; }
  if (aux >= 0) {
    if (aux > l && subjectLike(ctx, l, aux)) return subjectAfter(ctx, l, aux) ?? relativeSubject(ctx, l, aux);
    if (aux === l) {
      const front = frontSubject(ctx, l);
      if (front) return front;
    }
    return nounPhrase(ctx, aux + 1, k) ?? subjectAfter(ctx, k + 1, r);
  }
  if (subjectLike(ctx, l, k)) {
    // `Ähnlich äußerte sich der Minister`: one word before the verb and a plain subject after it.
    if (k - l === 1 && (tokens[l]!.upos === 'ADV' || tokens[l]!.upos === 'X')) {
      const after = nounPhrase(ctx, k + 1, r);
      const w = after ? after.text.split(/\s+/)[0]!.toLowerCase() : '';
      if (after && (rules.determiners.has(w) || rules.subjectPronouns.has(w))) return after;
    }
    return subjectAfter(ctx, l, k) ?? relativeSubject(ctx, l, k) ?? (participle ? null : subjectAfter(ctx, k + 1, r));
  }
  // `von dem die Polizei glaubt`: a relative clause opened by a preposition.
  if (l > 0 && tokens[l - 1]!.text === ',' && rules.prepositions.has(first) && (rules.referringPronouns.has(lower(tokens[l + 1])) || ['dem', 'den'].includes(lower(tokens[l + 1])))) {
    const np = l + 2 < k ? nounPhrase(ctx, l + 2, k) : null;
    if (np) return np;
  }
  return subjectAfter(ctx, k + 1, r);
}

/** `…, der in einer Rede betonte`: a relative pronoun after a comma is the subject of its clause. */
function relativeSubject(ctx: Ctx, l: number, k: number): TextSpan | null {
  const t = ctx.tokens[l]!;
  if (l === 0 || ctx.tokens[l - 1]!.text !== ',' || !ctx.rules.referringPronouns.has(t.text)) return null;
  // `die die Stärke … angegeben hatte`: a second article opens the real subject.
  if (l + 1 < k && isUpper(ctx.tokens[l + 1]!.text)) return null;
  return span(ctx.text, t.start, t.end);
}

function hasReportedVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (ctx.inQuote[i]! >= 0 && i > a) continue;
    if (isReportedVerb(ctx, i)) return true;
  }
  return false;
}

/** A Konjunktiv-I form: listed, or an `-e` verb next to a subject pronoun (`er müsse`, `gebe es`). */
function isReportedVerb(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (ctx.rules.reportedSpeechVerbs.has(t.text)) return true;
  if (!/^\p{Ll}{3,}e$/u.test(t.text) || /[td]e$/.test(t.text) || ctx.rules.determiners.has(t.text) || ctx.rules.clauseAdverbs.has(t.text)) return false;
  if (t.upos !== 'X' && t.upos !== 'VERB' && t.upos !== 'AUX') return false;
  // A tagged finite verb in `-e` after its subject (`die Prüfung dauere`) is Konjunktiv I, not a first person.
  if (t.upos !== 'X' && i > 0 && !ctx.rules.subjectPronouns.has(lower(ctx.tokens[i - 1])) && isUpper(ctx.tokens[i - 1]!.text)) return true;
  const near = [lower(ctx.tokens[i - 1]), lower(ctx.tokens[i + 1])];
  return near.some((w) => ctx.rules.subjectPronouns.has(w) && w !== 'ich' && w !== 'wir');
}

/** Cut a reported clause before `, denn …` / `, aber …`: a new main clause is the reporter's again. */
function clauseEnd(ctx: Ctx, a: number, e: number): number {
  for (let i = a + 1; i < e - 1; i++) {
    if (ctx.tokens[i]!.text !== ',' || ctx.inQuote[i]! >= 0) continue;
    const next = ctx.tokens[i + 1]!;
    if (ctx.rules.clauseBreakers.has(lower(next))) return i;
    // `dass …, hatte dieser versucht`: a finite verb after the comma is the main clause after a fronted one.
    if (isVerbish(ctx, i + 1) && !ctx.rules.reportedSpeechVerbs.has(next.text) && !ctx.rules.cueVerbs.has(next.text)) return i;
    // `…, so der Sprecher, …`: the attribution ends the reported part.
    if (lower(next) === ctx.rules.soCue && (isUpper(ctx.tokens[i + 2]?.text ?? '') || ctx.rules.determiners.has(lower(ctx.tokens[i + 2])))) return i;
  }
  return e;
}

/** `…, weitere Soldaten zu entsenden`: an infinitive with `zu` closing the clause. */
function zuInfinitive(ctx: Ctx, e: number): boolean {
  const last = ctx.tokens[e - 1]?.text ?? '';
  return /^\p{Ll}+(e|er|el)?n$/u.test(last) && (lower(ctx.tokens[e - 2]) === 'zu' || /^\p{Ll}{2,}zu\p{Ll}{3,}n$/u.test(last));
}

/** End of the first comma-separated piece of [a, e). */
function firstPieceEnd(ctx: Ctx, a: number, e: number): number {
  for (let i = a + 1; i < e; i++) if (ctx.tokens[i]!.text === ',' && ctx.inQuote[i]! < 0) return i;
  return e;
}

function lastContent(ctx: Ctx, a: number, b: number): number {
  let e = b;
  while (e > a && isPunct(ctx.tokens[e - 1]!) && ctx.inQuote[e - 1]! < 0) e--;
  return e;
}

/** What a verb cue governs: an adjacent direct quote, or the clause after or before it. */
function targetOfVerb(ctx: Ctx, k: number, l: number, r: number, speaker: TextSpan | null): Cue['target'] {
  const { tokens, inQuote, rules } = ctx;
  const n = tokens.length;
  // `…“, sagte er.` — a quote right before the cue clause.
  let p = l - 1;
  while (p >= 0 && (tokens[p]!.text === ',') && inQuote[p]! < 0) p--;
  // `„…“, hatte der Minister erklärt`: a clause opening with its auxiliary also follows its quote.
  const v1 = l === k || lower(tokens[l]) === 'wie' || k - l <= 1 || rules.auxiliaries.has(lower(tokens[l]));
  const before = p >= 0 && p < l && inQuote[p]! >= 0 && v1 ? inQuote[p]! : -1;
  // `Er sagte: „…“` — a quote right after it.
  let q = r;
  while (q < n && (tokens[q]!.text === ':' || tokens[q]!.text === ',') && inQuote[q]! < 0) q++;
  const after = q < n && inQuote[q]! >= 0 ? inQuote[q]! : -1;
  if (after >= 0 && (tokens[r]?.text === ':' || before < 0)) {
    // A quote after a comma belongs to this cue only when it does not start a new reported clause.
    if (tokens[r]?.text === ':' || q === r || before < 0) return { kind: 'direct', index: after };
  }
  if (before >= 0) return { kind: 'direct', index: before };
  // Indirect clause after: `sagte, dass …`, `sagte, er werde …`, `erklärte: …`, `kündigte an, … zu senken`.
  // A verb right after the comma (`…, die das Amt leitet, sagte, …`) continues the main clause instead.
  if (r < n && (tokens[r]!.text === ',' || tokens[r]!.text === ':') && !(tokens[r]!.text === ',' && isVerbish(ctx, r + 1) && !rules.reportedSpeechVerbs.has(tokens[r + 1]?.text ?? ''))) {
    const a = r + 1;
    const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
    if (e > a + 1 && (rules.complementizers.has(lower(tokens[a])) || hasReportedVerb(ctx, a, e) || tokens[r]!.text === ':' || zuInfinitive(ctx, e) || zuInfinitive(ctx, firstPieceEnd(ctx, a, e)))) {
      if (!(inQuote[a]! >= 0 && inQuote[e - 1]! === inQuote[a]!)) return { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end };
    }
  }
  // Cue clause at the end: `Die Lage sei ernst, sagte er.` / `…, wie der Sprecher mitteilte.`
  const seg = segmentStart(ctx, l);
  const wieClause = lower(tokens[l]) === 'wie' || (lower(tokens[seg]) === 'wie' && l === k);
  const speakerAfter = !speaker || speaker.start > tokens[k]!.start;
  if (l > 1 && tokens[l - 1]!.text === ',' && inQuote[l - 1]! < 0 && ((l === k && speakerAfter && !wieClause) || lower(tokens[l]) === 'wie' || lower(tokens[l]) === rules.soCue)) {
    const a = 0;
    const e = l - 1;
    if (e > a + 2 && !(inQuote[a]! >= 0 && inQuote[e - 1]! === inQuote[a]!)) return { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end };
  }
  // `Wie der Sprecher mitteilte, landete …`
  if (wieClause && r < n && tokens[r]!.text === ',') {
    const a = r + 1;
    const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
    if (e > a + 1) return { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end };
  }
  return null;
}

function findCues(ctx: Ctx): Cue[] {
  const { tokens, inQuote, rules, text } = ctx;
  const cues: Cue[] = [];
  const n = tokens.length;
  for (let k = 0; k < n; k++) {
    if (inQuote[k]! >= 0) continue;
    const t = tokens[k]!;
    const w = t.text;
    const lw = w.toLowerCase();
    const [l, r] = clauseOf(ctx, k);
    const sep = rules.separableCueVerbs.get(lw);
    const particleAt = sep ? (() => {
      for (let i = r - 1; i > k; i--) if (sep.includes(lower(tokens[i]))) return i;
      return -1;
    })() : -1;
    if (lw === rules.soCue) {
      // `„…“, so der Sprecher.` — `so` right after a comma or quote, then a short subject.
      const prev = tokens[k - 1];
      if (!prev || !(prev.text === ',' || inQuote[k - 1]! >= 0) || r - k > 14 || r - k < 2) continue;
      if (!(isUpper(tokens[k + 1]!.text) || rules.determiners.has(lower(tokens[k + 1])))) continue;
      const speaker = nounPhrase(ctx, k + 1, r);
      if (!speaker) continue;
      cues.push({ cue: span(text, t.start, t.end), speaker, target: targetOfVerb(ctx, k, l, r, speaker) });
      continue;
    }
    if (rules.cueVerbs.has(lw) || particleAt >= 0) {
      if (isUpper(w) && k > 0) continue; // a noun (`Sagen`), not a verb
      // `meinen ersten Titel` (a possessive), `wiederholt` (an adverb): tagged as something other than a verb.
      if (t.upos === 'DET' || t.upos === 'PRON' || (rules.clauseAdverbs.has(lw) && (t.upos === 'ADV' || t.upos === 'ADJ'))) continue;
      const impersonal = lower(tokens[k + 1]) === rules.impersonal || lower(tokens[k - 1]) === rules.impersonal;
      const participle = lw.startsWith('ge') || (k > l && rules.auxiliaries.has(lower(tokens[k - 1])));
      let speaker = impersonal ? null : speakerOfVerb(ctx, k, l, r, participle);
      // `Die Bürger wurden vom Sender aufgefordert, …`: the passive subject is addressed; `zitiert` is the exception
      // (`Der Minister wird mit den Worten zitiert` names the speaker as subject).
      const participleLike = participle || /^\p{Ll}{2,8}ge\p{Ll}{2,}(t|en)$/u.test(lw) || /t$/.test(lw);
      if (participleLike && !rules.quotingVerbs.has(lw) && tokens.slice(l, k).some((x) => rules.passiveAuxiliaries.has(x.text.toLowerCase()))) {
        const by = tokens.findIndex((x, i) => i >= l && i < r && i !== k && rules.agentPrepositions.has(x.text.toLowerCase()));
        speaker = by >= 0 ? nounPhrase(ctx, by + 1, by < k ? k : r) : null;
      }
      // `In dem Bericht heißt es`, `Aus Kreisen der Regierung verlautete`: the source is where the words stand.
      if (rules.impersonalCues.has(lw)) speaker = sourcePlace(ctx, k, l, r) ?? speaker;
      // `Die Zeitung zitiert den Minister mit den Worten`: the quoted one is the object.
      if (rules.quotingVerbs.has(lw) && !participle && tokens.slice(k, r).some((x) => x.text.toLowerCase() === rules.wordsNoun)) {
        speaker = nounPhrase(ctx, k + 1, r) ?? speaker;
      }
      const cueEnd = particleAt >= 0 ? tokens[particleAt]!.end : t.end;
      const cue = particleAt >= 0 ? span(text, t.start, cueEnd) : span(text, t.start, t.end);
      cues.push({ cue, speaker, target: targetOfVerb(ctx, k, l, r, speaker), coordinated: lower(tokens[l]) === rules.coordinator });
      continue;
    }
    if (rules.intentVerbs.has(lw) && tokens[r]?.text === ',') {
      // `plant, die Steuern zu senken`: only with a zu-infinitive after the comma.
      const a = r + 1;
      const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
      if (e > a + 1 && zuInfinitive(ctx, firstPieceEnd(ctx, a, e))) {
        const speaker = speakerOfVerb(ctx, k, l, r, lw.startsWith('ge'));
        cues.push({ cue: span(text, t.start, t.end), speaker, target: { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end } });
      }
      continue;
    }
    if (rules.cueNouns.has(lw)) {
      const cue = nounCue(ctx, k, l, r);
      if (cue) cues.push(cue);
      continue;
    }
    if (rules.sourcePrepositions.has(lw)) {
      const frame = sourceFrame(ctx, k, l, r);
      if (frame) cues.push({ ...frame, frame: true });
      continue;
    }
    if (rules.speakerlessFrames.has(lw)) {
      // `Demnach …`: the word stands for the source just named, and the gold convention makes it the speaker.
      const self = span(text, t.start, t.end);
      const e = lastContent(ctx, 0, n);
      if (k === 0 || tokens[k - 1]!.text === ',') {
        const end = lastContent(ctx, k + 1, n);
        if (end > k + 2) cues.push({ cue: self, speaker: self, target: { kind: 'indirect', start: tokens[k + 1]!.start, end: tokens[end - 1]!.end }, frame: true });
      } else if (e > 3 && inQuote[0]! < 0) {
        // `Der Abzug soll demnach erst später erfolgen`: the whole clause is reported.
        const a = pieceStart(ctx, k);
        if (e - a > 3) cues.push({ cue: self, speaker: self, target: { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end }, frame: true });
      }
    }
  }
  return cues;
}

/** Start of the comma-separated piece around token k. */
function pieceStart(ctx: Ctx, k: number): number {
  let a = k;
  while (a > 0 && !(ctx.tokens[a - 1]!.text === ',' && ctx.inQuote[a - 1]! < 0) && !/^[:;]$/.test(ctx.tokens[a - 1]!.text)) a--;
  return a;
}

/** `In dem Schreiben heißt es`, `aus Regierungskreisen verlautete`: the phrase after `in`/`aus` in the cue clause. */
function sourcePlace(ctx: Ctx, k: number, l: number, r: number): TextSpan | null {
  for (let i = l; i < r - 1; i++) {
    if (i === k || ctx.inQuote[i]! >= 0 || !ctx.rules.sourcePlacePrepositions.has(lower(ctx.tokens[i]))) continue;
    const np = nounPhrase(ctx, i + 1, i < k ? k : r);
    if (np) return np;
  }
  return null;
}

/**
 * `Der Minister vertritt die Ansicht, dass …`, `Sie ist der Meinung, …`, `Er zeigte sich zuversichtlich, … zu …`:
 * an opinion noun or adjective closing its clause; the speaker is the subject of that clause.
 */
function nounCue(ctx: Ctx, k: number, l: number, r: number): Cue | null {
  const { tokens, rules, text } = ctx;
  const w = tokens[k]!.text;
  const next = tokens[k + 1];
  // The noun ends the clause, or only a participle follows it (`den Standpunkt vertreten`).
  const last = k + 1 === r || (k + 2 === r && next !== undefined && /^\p{Ll}+$/u.test(next.text) && !rules.prepositions.has(next.text));
  if (!last || !(tokens[r]?.text === ',' || tokens[r]?.text === ':')) return null;
  if (isUpper(w) && !(rules.determiners.has(lower(tokens[k - 1])) || /^(seiner|ihrer|unserer|deren|dessen|seinen|ihren)$/.test(lower(tokens[k - 1])))) return null;
  if (!isUpper(w) && k === l) return null;
  // The finite verb: the first verb-like word after the clause's first phrase.
  let v = -1;
  for (let i = l + 1; i < k; i++) {
    const x = lower(tokens[i]);
    if (isVerbish(ctx, i) || (!isUpper(tokens[i]!.text) && !rules.determiners.has(x) && !rules.prepositions.has(x) && !rules.clauseAdverbs.has(x) &&
      !rules.subjectPronouns.has(x) && !rules.objectPronouns.has(x) && !rules.nameParticles.has(x) && !/^\p{Ll}+(e|en|er|es|em)$/u.test(x) && /^\p{L}+$/u.test(x))) {
      v = i;
      break;
    }
  }
  if (v < 0) return null;
  const speaker = speakerOfVerb(ctx, v, l, k, false);
  if (speaker && speaker.end > tokens[k]!.start) return null;
  const target = targetOfVerb(ctx, k, l, r, speaker);
  if (!target || target.kind !== 'indirect' || target.start < tokens[k]!.end) return null;
  return { cue: span(text, tokens[k]!.start, tokens[k]!.end), speaker, target };
}

/** `laut X`, `X zufolge`, `nach Angaben X`, `gemäß X`: the rest of the sentence is reported. */
function sourceFrame(ctx: Ctx, k: number, l: number, r: number): Cue | null {
  const { tokens, rules, text } = ctx;
  const lw = lower(tokens[k]);
  let fa: number;
  let fb: number;
  let speaker: TextSpan | null;
  const isSource = (w: string): boolean => isUpper(w) && [...rules.sourceNouns].some((x) => w.toLowerCase().endsWith(x));
  // `seiner Meinung nach`, `eigenen Angaben nach`: `nach` after its source noun works like `zufolge`.
  const postposed = lw === rules.sourceNeedsNoun && k > l && isSource(tokens[k - 1]!.text) && !(isUpper(tokens[k + 1]?.text ?? '') || rules.determiners.has(lower(tokens[k + 1])));
  if (lw === rules.postposedSource || postposed) {
    // The source runs back from `zufolge` over names, articles and adjectives, to a verb or preposition.
    let a = k;
    const partOfSource = (x: Token): boolean => {
      const w = x.text.toLowerCase();
      if (rules.prepositions.has(w) || rules.auxiliaries.has(w) || x.upos === 'VERB' || x.upos === 'AUX') return false;
      // `zufolge` takes a dative: `die`, `das`, `eine` before it open a relative clause or the subject instead.
      if (['die', 'das', 'ein', 'eine', 'des'].includes(w)) return false;
      return isUpper(x.text) || rules.determiners.has(w) || rules.nameParticles.has(w) || /^\d/.test(w) || /^\p{Ll}+(e|en|er|es|em)$/u.test(x.text) || /^[-()]$/.test(w);
    };
    while (a > l && partOfSource(tokens[a - 1]!) && k - a < 8) a--;
    if (a === k) return null;
    speaker = tokensSpan(ctx, a, k);
    fa = a;
    fb = k + 1;
  } else {
    const next = tokens[k + 1];
    if (!next) return null;
    if (lw === rules.sourceNeedsNoun) {
      // `nach Angaben der Polizei`, `nach ersten Untersuchungen`, `Nach eigener Aussage`
      let i = k + 1;
      while (i < r && i - k <= 3 && !isSource(tokens[i]!.text)) i++;
      if (i >= r || i - k > 3) return null;
    } else if (!(isUpper(next.text) || rules.determiners.has(lower(next)))) return null;
    const np = nounPhrase(ctx, k + 1, r);
    if (!np) return null;
    speaker = np;
    let b = k + 1;
    while (b < r && tokens[b]!.end <= np.end) b++;
    fa = k;
    fb = b;
  }
  // The reported content: the sentence without the frame.
  const n = tokens.length;
  const e = lastContent(ctx, 0, n);
  let qa: number;
  let qb: number;
  if (fa === 0 || (fa <= 1 && fa === l)) {
    qa = fb;
    while (qa < e && tokens[qa]!.text === ',') qa++;
    qb = e;
  } else if (fb >= e - 1) {
    qa = 0;
    qb = fa;
    while (qb > qa && tokens[qb - 1]!.text === ',') qb--;
  } else {
    // A frame inside the clause (`Die Firma plant nach Angaben X den Abbau …`): the clause around it is reported,
    // from the start of its comma piece (or of the sentence, when the piece opens with the verb) to the end of
    // the sentence. The side of the frame that carries more of it is the quote, so the source is not quoted.
    let ra = pieceStart(ctx, fa);
    if (isVerbish(ctx, ra)) ra = 0;
    let rb = clauseEnd(ctx, ra, e);
    if (rb <= fb) rb = e;
    let before = fa;
    while (before > ra && tokens[before - 1]!.text === ',') before--;
    let after = fb;
    while (after < rb && tokens[after]!.text === ',') after++;
    const left = before > ra ? tokens[before - 1]!.end - tokens[ra]!.start : 0;
    const right = after < rb ? tokens[rb - 1]!.end - tokens[after]!.start : 0;
    [qa, qb] = left >= right ? [ra, before] : [after, rb];
  }
  if (qb - qa < 3) return null;
  const cue = span(text, tokens[k]!.start, tokens[k]!.end);
  return { cue, speaker, target: { kind: 'indirect', start: tokens[qa]!.start, end: tokens[qb - 1]!.end } };
}

interface Person {
  name: string;
  female: boolean;
}

/** Gender of a named speaker: a known first name, else a female role ending (`Ministerin`) or article (`die Sprecherin`). */
function isFemale(speaker: string, rules: QuoteRules): boolean {
  const words = speaker.split(/\s+/);
  for (const w of words) {
    if (rules.femaleFirstNames.has(w)) return true;
    if (rules.maleFirstNames.has(w)) return false;
  }
  const head = words.length === 1 ? speaker : words.slice(-2, -1)[0] ?? '';
  return /in$|innen$/.test(head) || (/^(die|eine)\s/i.test(speaker) && !/^die\s+\p{Lu}\S*en\b/u.test(speaker));
}

/** People named by a known first name and a surname (`Anna Berg`), with where they are written. */
function namedPeople(tokens: Token[], inQuote: number[], rules: QuoteRules): { at: number; person: Person }[] {
  const out: { at: number; person: Person }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i]!.text;
    const female = rules.femaleFirstNames.has(first);
    if (inQuote[i]! >= 0 || !(female || rules.maleFirstNames.has(first))) continue;
    let e = i + 1;
    while (e < tokens.length && e - i <= 3 && isUpper(tokens[e]!.text) && /^\p{Lu}[\p{L}'’-]*$/u.test(tokens[e]!.text)) e++;
    if (e === i + 1) continue;
    out.push({ at: tokens[i]!.start, person: { name: tokens.slice(i, e).map((t) => t.text).join(' '), female } });
    i = e - 1;
  }
  return out;
}

function speakerNameOf(span: TextSpan | null, rules: QuoteRules, history: Person[]): string | null {
  if (!span) return null;
  const w = span.text.toLowerCase();
  if (w === rules.malePronoun || w === rules.femalePronoun) {
    const wantFemale = w === rules.femalePronoun;
    for (let i = history.length - 1; i >= 0; i--) if (history[i]!.female === wantFemale) return history[i]!.name;
    return history.length ? history[history.length - 1]!.name : null;
  }
  if (rules.subjectPronouns.has(w)) return null;
  const words = span.text.split(/\s+/).filter((x) => !rules.determiners.has(x.toLowerCase()) && !rules.nonSubjectStarts.has(x.toLowerCase()));
  return words.length ? words.join(' ') : null;
}

/** Extract direct and indirect quotes with speaker and cue. */
export function extractQuotes(text: string, analysis: Analysis, rules: QuoteRules): Quote[] {
  const direct = findDirectQuotes(text, rules);
  const directInfo: { speaker: TextSpan | null; cue: TextSpan | null; name: string | null; sentence: number }[] = direct.map(() => ({ speaker: null, cue: null, name: null, sentence: -1 }));
  const indirect: Quote[] = [];
  /** People in the order the text names them, for `er`/`sie`. */
  const history: Person[] = [];
  let lastSpeaker: { speaker: TextSpan; name: string | null; sentence: number } | null = null;
  /** The first speaker a verb names in each sentence, for quotes in it that have none of their own. */
  const sentenceSpeaker: ({ speaker: TextSpan; name: string | null } | undefined)[] = [];
  const fromFrame = new Set<Quote>();
  const carried = new Set<Quote>();
  let dq = 0;
  const sentences = analysis.sentences;

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const tokens = s.tokens;
    const inQuote = tokens.map((t) => {
      while (dq < direct.length && direct[dq]!.end <= t.start) dq++;
      for (let q = Math.max(0, dq - 1); q < direct.length && direct[q]!.start <= t.start; q++) {
        if (t.start >= direct[q]!.start && t.end <= direct[q]!.end) return q;
      }
      return -1;
    });
    for (let i = 0; i < tokens.length; i++) {
      const q = inQuote[i]!;
      if (q >= 0 && directInfo[q]!.sentence < 0) directInfo[q]!.sentence = si;
    }
    const ctx: Ctx = { text, rules, tokens, inQuote, direct };
    const cues = findCues(ctx);
    const mentions = namedPeople(tokens, inQuote, rules);
    let found = false;
    for (const c of cues) {
      // People named before the cue may be the ones its pronoun stands for.
      while (mentions.length && mentions[0]!.at < c.cue.start) history.push(mentions.shift()!.person);
      // `…, und fügte hinzu: „…“`: the subject of the clause before speaks on.
      if (!c.speaker && c.coordinated && lastSpeaker && si - lastSpeaker.sentence <= 1) c.speaker = lastSpeaker.speaker;
      const name = speakerNameOf(c.speaker, rules, history);
      if (c.speaker && name && !rules.subjectPronouns.has(c.speaker.text.toLowerCase())) history.push({ name, female: isFemale(c.speaker.text, rules) });
      if (c.speaker && !(c.frame && sentenceSpeaker[si])) lastSpeaker = { speaker: c.speaker, name, sentence: si };
      if (c.speaker && !c.frame) sentenceSpeaker[si] ??= { speaker: c.speaker, name };
      if (!c.target) continue;
      if (c.target.kind === 'direct') {
        const info = directInfo[c.target.index]!;
        if (!info.cue) {
          info.cue = c.cue;
          info.speaker = c.speaker;
          info.name = name;
        }
        found = true;
        continue;
      }
      const qs = trimSpan(text, c.target.start, c.target.end);
      if (qs.end - qs.start < 8) continue;
      const clash = indirect.findIndex((x) => x.quote.start < qs.end && qs.start < x.quote.end);
      // `Laut der Zeitung sagte der Minister, dass …`: the verb's clause wins over the frame around it.
      if (clash >= 0 && !(fromFrame.has(indirect[clash]!) && !c.frame && indirect[clash]!.sentence === si)) continue;
      const q: Quote = { type: 'indirect', quote: qs, speaker: c.speaker, cue: c.cue, speakerName: name, sentence: si };
      if (clash >= 0) indirect.splice(clash, 1, q);
      else indirect.push(q);
      if (c.frame) fromFrame.add(q);
      found = true;
    }
    for (const m of mentions) history.push(m.person);
    // Free indirect speech: a Konjunktiv-I sentence right after a quote continues it.
    if (!found && cues.length === 0 && lastSpeaker && si - lastSpeaker.sentence <= CARRY_SENTENCES) {
      const words = tokens.filter((t, i) => inQuote[i]! < 0 && !isPunct(t));
      // The Konjunktiv must carry the main clause: in `…, was ihn erwarten würde` it is the clause's own.
      const firstComma = tokens.findIndex((t, i) => inQuote[i]! < 0 && t.text === ',');
      const kon = tokens.some((t, i) => i > 0 && (firstComma < 0 || i < firstComma) && inQuote[i]! < 0 && isReportedVerb(ctx, i));
      const quoted = tokens.length > 0 && inQuote[0]! >= 0 && inQuote[tokens.length - 1]! === inQuote[0]!;
      if (kon && words.length >= 4 && !quoted) {
        const e = lastContent(ctx, 0, tokens.length);
        const qs = trimSpan(text, tokens[0]!.start, tokens[Math.max(0, e - 1)]!.end);
        const q: Quote = { type: 'indirect', quote: qs, speaker: lastSpeaker.speaker, cue: null, speakerName: lastSpeaker.name, sentence: si };
        const prevCarried = indirect[indirect.length - 1];
        // Reported sentences in a row are one stretch of free indirect speech.
        if (prevCarried && carried.has(prevCarried) && prevCarried.sentence === si - 1 && prevCarried.speaker === q.speaker) {
          prevCarried.quote = span(text, prevCarried.quote.start, qs.end);
          prevCarried.sentence = si;
        } else {
          indirect.push(q);
          carried.add(q);
        }
        lastSpeaker = { ...lastSpeaker, sentence: si };
      }
    }
  }

  const out: Quote[] = [...indirect];
  let prev: { speaker: TextSpan; cue: TextSpan | null; name: string | null; sentence: number } | null = null;
  const byStart = direct.map((d, i) => ({ d, i })).sort((a, b) => a.d.start - b.d.start);
  for (const { d, i } of byStart) {
    const info = directInfo[i]!;
    let speaker = info.speaker;
    let cue = info.cue;
    // The name as it was resolved where the cue stands, not against people named later.
    let name = info.cue ? info.name : speaker ? speakerNameOf(speaker, rules, history) : null;
    const host = indirect.find((x) => x.quote.start <= d.start && d.end <= x.quote.end + 1);
    if (!speaker && host) {
      speaker = host.speaker;
      cue = host.cue;
      name = host.speakerName;
    }
    const inner = text.slice(d.start + 1, d.end - 1);
    const words = inner.split(/\s+/).filter(Boolean).length;
    if (!speaker) {
      // `Der Minister: „…“`
      const before = text.slice(Math.max(0, d.start - 80), d.start);
      const colon = /(?:^|[.!?]\s+|\n)((?:\p{Lu}[\p{L}-]*\s?){1,4}):\s*$/u.exec(before);
      if (colon) {
        const a = d.start - before.length + colon.index + colon[0].indexOf(colon[1]!);
        speaker = trimSpan(text, a, a + colon[1]!.length);
        name = speaker.text;
      }
    }
    const sentence = info.sentence < 0 ? 0 : info.sentence;
    const wholeSentence = /[.!?…]\s*$/.test(inner) || words >= 6;
    if (!speaker && wholeSentence) {
      // Borrow the latest speaker of a nearby quote, direct or indirect.
      const near = indirect.filter((x) => x.speaker && x.quote.start < d.start && sentence - x.sentence <= CARRY_SENTENCES).pop();
      const best: { speaker: TextSpan; name: string | null; sentence: number } | null = near && (!prev || near.sentence >= prev.sentence) ? { speaker: near.speaker!, name: near.speakerName, sentence: near.sentence } : prev;
      if (best && sentence - best.sentence <= CARRY_SENTENCES) {
        speaker = best.speaker;
        name = best.name;
      }
    }
    // A short quoted term with nobody saying it is a name or a scare quote, not speech.
    if (!speaker && !cue && !host && words < 4) continue;
    // `„Morning Star“`, `„Department of Zoology“`, `„news.example.com“`: titles and names, not speech.
    const named = /\bals\s*$/.test(text.slice(Math.max(0, d.start - 6), d.start));
    // Also inside reported speech: `laut der Website „example.com“ soll die „Black Lion“ …` quotes names.
    if (!named && words <= 6 && (!/(^|[\s(])\p{Ll}{4,}/u.test(inner) || /^\S+\.\p{L}{2,4}$/u.test(inner))) continue;
    // `Die „…“ hätten „…“, so der Sprecher`: a quote kept as speech takes the speaker its sentence names.
    const own = sentenceSpeaker[sentence];
    if (!speaker && own) {
      speaker = own.speaker;
      name = own.name;
    }
    out.push({ type: 'direct', quote: span(text, d.start, d.end), speaker, cue, speakerName: name, sentence });
    if (speaker) prev = { speaker, cue, name, sentence };
  }
  return out.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}
