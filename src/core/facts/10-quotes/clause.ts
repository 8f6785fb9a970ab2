/**
 * Clause structure around a token: boundaries, comma pieces, noun phrases, finite and reported verbs.
 * The shared vocabulary of the cue and subject finders.
 */
import type { Token } from '../../analysis';
import { isPunct, isUpper, span } from '../textSpans';
import type { TextSpan } from '../types';
import type { Mark } from './directQuotes';
import type { QuoteRules } from './rules';

export interface Ctx {
  text: string;
  rules: QuoteRules;
  tokens: Token[];
  /** Direct quote index per token, or -1. */
  inQuote: number[];
  direct: Mark[];
}
export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');

function isBoundary(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return true;
  if (ctx.inQuote[i]! >= 0) return true;
  // Brackets stay inside the clause: `Anna Berg (SPD) sagte` has its subject before the bracket.
  return isPunct(t) && !/^[-–/&.'’()]$/.test(t.text) ? true : t.text === '–';
}

/**
 * Each token's clause, indexed in one pass per sentence: the cue finder asks for every token's clause, and scanning to
 * the boundaries each time cost the square of a clause's length (a pasted table of 20,000 numbers without a comma).
 */
const clauseIndex = new WeakMap<Ctx, { starts: Int32Array; ends: Int32Array }>();

/** The clause around token k: from after the previous boundary to before the next one. */
export function clauseOf(ctx: Ctx, k: number): [number, number] {
  let index = clauseIndex.get(ctx);
  if (!index) {
    const n = ctx.tokens.length;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    for (let i = 1; i < n; i++) starts[i] = isBoundary(ctx, i - 1) ? i : starts[i - 1]!;
    for (let i = n - 1; i >= 0; i--) ends[i] = i + 1 >= n || isBoundary(ctx, i + 1) ? i + 1 : ends[i + 1]!;
    clauseIndex.set(ctx, (index = { starts, ends }));
  }
  return [index.starts[k]!, index.ends[k]!];
}

export function tokensSpan(ctx: Ctx, a: number, b: number): TextSpan | null {
  if (b <= a) return null;
  return span(ctx.text, ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end);
}

/** Does a token sequence start like a subject (not an adverb, preposition or time phrase)? */
export function subjectLike(ctx: Ctx, a: number, b: number): boolean {
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
export function nounPhrase(ctx: Ctx, a: number, b: number): TextSpan | null {
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
    } else if (rules.inflectedAdjective.test(w) && !rules.prepositions.has(lw) && !rules.auxiliaries.has(lw) && !sawNoun) {
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
export function segmentStart(ctx: Ctx, l: number): number {
  let a = l;
  while (a > 0 && (ctx.tokens[a - 1]!.text === ',' || !isBoundary(ctx, a - 1))) a--;
  return a;
}

/** A finite verb or auxiliary: tagged as one, or (a word the tagger does not know) a listed auxiliary, cue or Konjunktiv form. */
export function isVerbish(ctx: Ctx, i: number): boolean {
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
export function subjectAfter(ctx: Ctx, a: number, b: number): TextSpan | null {
  const np = nounPhrase(ctx, a, b);
  if (!np) return null;
  return ctx.rules.nonSubjectStarts.has(np.text.split(/\s+/)[0]!.toLowerCase()) ? null : np;
}

/** Starts of the comma-separated pieces of [a, b), quotes kept whole. */
export function commaPieces(ctx: Ctx, a: number, b: number): [number, number][] {
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
export function hasReportedVerb(ctx: Ctx, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    if (ctx.inQuote[i]! >= 0 && i > a) continue;
    if (isReportedVerb(ctx, i)) return true;
  }
  return false;
}

/** A verb form of the subjunctive's shape that is not one of the indicative's too (`sei`, `habe`, `müsse`; not `gebe`). */
export const subjunctiveForm = (word: string, rules: QuoteRules): boolean => rules.subjunctiveShape.test(word) && !rules.notSubjunctive.test(word);

/** A Konjunktiv-I form: listed, or an `-e` verb next to a subject pronoun (`er müsse`, `gebe es`). */
export function isReportedVerb(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (ctx.rules.reportedSpeechVerbs.has(t.text)) return true;
  if (!subjunctiveForm(t.text, ctx.rules) || ctx.rules.determiners.has(t.text) || ctx.rules.clauseAdverbs.has(t.text)) return false;
  if (t.upos !== 'X' && t.upos !== 'VERB' && t.upos !== 'AUX') return false;
  // A tagged finite verb in `-e` after its subject (`die Prüfung dauere`) is Konjunktiv I, not a first person.
  if (t.upos !== 'X' && i > 0 && !ctx.rules.subjectPronouns.has(lower(ctx.tokens[i - 1])) && isUpper(ctx.tokens[i - 1]!.text)) return true;
  const near = [lower(ctx.tokens[i - 1]), lower(ctx.tokens[i + 1])];
  return near.some((w) => ctx.rules.subjectPronouns.has(w) && !ctx.rules.firstPersonPronouns.has(w));
}

/** Cut a reported clause before `, denn …` / `, aber …` or a semicolon: a new main clause is the reporter's again. */
export function clauseEnd(ctx: Ctx, a: number, e: number): number {
  for (let i = a + 1; i < e - 1; i++) {
    const next = ctx.tokens[i + 1]!;
    // `ist er 24 Jahre alt; demnach wäre …`, `… umgangen werden: Zukünftig genügt …`: a new sentence in all but name.
    if (ctx.inQuote[i]! < 0 && (ctx.tokens[i]!.text === ';' || (ctx.tokens[i]!.text === ':' && isUpper(next.text) && ctx.inQuote[i + 1]! < 0))) return i;
    if (ctx.tokens[i]!.text !== ',' || ctx.inQuote[i]! >= 0) continue;
    if (ctx.rules.clauseBreakers.has(lower(next))) return i;
    if (ctx.rules.commentRelatives.has(lower(next)) && ctx.rules.subjectPronouns.has(lower(ctx.tokens[i + 2]))) return i;
    // `dass …, hatte dieser versucht`: a finite verb after the comma is the main clause after a fronted one.
    if (isVerbish(ctx, i + 1) && !ctx.rules.reportedSpeechVerbs.has(next.text) && !ctx.rules.cueVerbs.has(next.text)) return i;
    // `…, so der Sprecher, …`: the attribution ends the reported part.
    if (lower(next) === ctx.rules.soCue && (isUpper(ctx.tokens[i + 2]?.text ?? '') || ctx.rules.determiners.has(lower(ctx.tokens[i + 2])))) return i;
  }
  return e;
}

/** `…, weitere Soldaten zu entsenden`: an infinitive with `zu` closing the clause. */
export function zuInfinitive(ctx: Ctx, e: number): boolean {
  const last = ctx.tokens[e - 1]?.text ?? '';
  return ctx.rules.infinitive.test(last) && (lower(ctx.tokens[e - 2]) === ctx.rules.infinitiveMarker || ctx.rules.joinedZuInfinitive.test(last));
}

/** End of the first comma-separated piece of [a, e). */
export function firstPieceEnd(ctx: Ctx, a: number, e: number): number {
  for (let i = a + 1; i < e; i++) if (ctx.tokens[i]!.text === ',' && ctx.inQuote[i]! < 0) return i;
  return e;
}

export function lastContent(ctx: Ctx, a: number, b: number): number {
  let e = b;
  while (e > a && isPunct(ctx.tokens[e - 1]!) && ctx.inQuote[e - 1]! < 0) e--;
  return e;
}

/** Start of the comma-separated piece around token k. */
export function pieceStart(ctx: Ctx, k: number): number {
  let a = k;
  while (a > 0 && !(ctx.tokens[a - 1]!.text === ',' && ctx.inQuote[a - 1]! < 0) && !/^[:;]$/.test(ctx.tokens[a - 1]!.text)) a--;
  return a;
}

/**
 * `…, die Stadt hält an dem Plan fest`: a main clause (a subject, then its finite verb, with more after it), which
 * after a verb of saying is what was said in any mood. A relative clause (`…, die seit Jahren dort wohnt`) ends with its verb.
 */
export function mainClause(ctx: Ctx, a: number, e: number): boolean {
  const { tokens, rules } = ctx;
  let j = a;
  if (rules.subjectPronouns.has(lower(tokens[a])) && lower(tokens[a]) !== rules.impersonal) j = a + 1;
  else {
    const np = subjectAfter(ctx, a, e);
    if (!np || np.start !== tokens[a]!.start) return false;
    while (j < e && tokens[j]!.end <= np.end) j++;
  }
  return j > a && j < e - 1 && ctx.inQuote[j]! < 0 && isVerbish(ctx, j);
}

/** A quoted name or title (`„Radio Nord“`, `„news.example.com“`): a few words and no lower-case word, or a web address. */
export function nameLike(inner: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean).length;
  return words <= 6 && (!/(^|[\s(])\p{Ll}{4,}/u.test(inner) || /^\S+\.\p{L}{2,4}$/u.test(inner));
}

/** `[a, b)`: the stretch of the sentence around token k between semicolons (or a colon opening a new sentence), end punctuation left out. */
export function sentencePiece(ctx: Ctx, k: number): [number, number] {
  const { tokens, inQuote } = ctx;
  const breaks = (i: number): boolean => inQuote[i]! < 0 && (tokens[i]!.text === ';' || (tokens[i]!.text === ':' && isUpper(tokens[i + 1]?.text ?? '') && inQuote[i + 1]! < 0));
  let a = k;
  while (a > 0 && !breaks(a - 1)) a--;
  let b = k + 1;
  while (b < tokens.length && !breaks(b)) b++;
  return [a, lastContent(ctx, a, b)];
}
