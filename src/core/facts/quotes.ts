/**
 * Quote extraction: direct quotes from quote marks (also across sentences), indirect quotes
 * from verbs of saying with a dass- or Konjunktiv-I clause and from source frames
 * (`laut X`, `X zufolge`, `nach Angaben X`), each with its speaker and cue.
 * Works on token text alone, so it runs on a plain tokenization as well as on a tagged analysis.
 */
import type { Analysis, Token } from '../analysis';
import { span, trimSpan, isUpper, isPunct } from './textSpans';
import type { Quote, TextSpan } from './types';

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
  return isPunct(t) && !/^[-–/&.'’]$/.test(t.text) ? true : t.text === '–';
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
  const first = lower(ctx.tokens[a]);
  if (ctx.rules.clauseAdverbs.has(first) || ctx.rules.prepositions.has(first) || ctx.rules.complementizers.has(first)) return false;
  if (/^\d/.test(first)) return false;
  return true;
}

/** A noun phrase starting at token a and not reaching b: determiner, adjectives, names, `von`-attributes. */
function nounPhrase(ctx: Ctx, a: number, b: number): TextSpan | null {
  const { rules, tokens } = ctx;
  let i = a;
  // `sagte auch der Minister`, `sagte am Montag der Minister`: skip adverbs and a short adverbial.
  while (i < b && rules.clauseAdverbs.has(lower(tokens[i]))) i++;
  if (i < b && rules.prepositions.has(lower(tokens[i])) && i + 2 < b) {
    const back = i;
    i++;
    while (i < b && !isUpper(tokens[i]!.text)) i++;
    i++;
    if (i >= b || !(rules.determiners.has(lower(tokens[i])) || isUpper(tokens[i]!.text))) i = back;
  }
  if (i >= b) return null;
  const first = tokens[i]!;
  if (rules.subjectPronouns.has(first.text.toLowerCase())) {
    return first.text.toLowerCase() === rules.impersonal ? null : span(ctx.text, first.start, first.end);
  }
  let end = i;
  let j = i;
  let sawNoun = false;
  while (j < b && j - i < 12) {
    const t = tokens[j]!;
    const w = t.text;
    const lw = w.toLowerCase();
    if (rules.determiners.has(lw) && !(sawNoun && !rules.nameParticles.has(lw))) {
      // `der Sprecher`; after the noun only a genitive or name particle continues (`des Ministeriums`)
    } else if (isUpper(w) || /^\d/.test(w)) {
      sawNoun = true;
      end = j + 1;
    } else if (rules.nameParticles.has(lw) && sawNoun) {
      // keep going: `der Sprecher des Ministeriums`, `Ursula von der Leyen`
    } else if (/^[\p{Ll}]+(e|en|er|es|em)$/u.test(w) && !rules.prepositions.has(lw) && !rules.auxiliaries.has(lw) && !sawNoun) {
      // attributive adjective before the noun
    } else if (w === '-' || w === '(' || w === ')') {
      // hyphenated or bracketed parts of a name
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

/** Speaker of a cue verb at token k within its clause [l, r). */
function speakerOfVerb(ctx: Ctx, k: number, l: number, r: number, participle: boolean): TextSpan | null {
  const { rules, tokens } = ctx;
  const first = lower(tokens[l]);
  if (l < k && first === 'wie') {
    let e = k;
    while (e > l + 1 && (rules.auxiliaries.has(lower(tokens[e - 1])) || rules.clauseAdverbs.has(lower(tokens[e - 1])))) e--;
    return nounPhrase(ctx, l + 1, e);
  }
  if (k === l) {
    const np = nounPhrase(ctx, k + 1, r);
    if (np || l === 0 || tokens[l - 1]!.text !== ',') return np;
    // `Der Sprecher des Amtes, Max Muster, sagte …`: the subject is the apposition before the comma.
    let a = segmentStart(ctx, l);
    if (lower(tokens[a]) === 'wie') a++;
    if (!subjectLike(ctx, a, l - 1)) return null;
    return trimSpan(ctx.text, tokens[a]!.start, tokens[l - 2]!.end);
  }
  let aux = -1;
  for (let i = l; i < k; i++) if (rules.auxiliaries.has(lower(tokens[i]))) { aux = i; break; }
  if (aux >= 0) {
    if (aux > l && subjectLike(ctx, l, aux)) return nounPhrase(ctx, l, aux);
    return nounPhrase(ctx, aux + 1, k) ?? nounPhrase(ctx, k + 1, r);
  }
  if (subjectLike(ctx, l, k)) {
    // `Ähnlich äußerte sich der Minister`: one word before the verb and a plain subject after it.
    if (k - l === 1 && (tokens[l]!.upos === 'ADV' || tokens[l]!.upos === 'X')) {
      const after = nounPhrase(ctx, k + 1, r);
      const w = after ? after.text.split(/\s+/)[0]!.toLowerCase() : '';
      if (after && (rules.determiners.has(w) || rules.subjectPronouns.has(w))) return after;
    }
    return nounPhrase(ctx, l, k) ?? (participle ? null : nounPhrase(ctx, k + 1, r));
  }
  return nounPhrase(ctx, k + 1, r);
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
  const near = [lower(ctx.tokens[i - 1]), lower(ctx.tokens[i + 1])];
  return near.some((w) => ctx.rules.subjectPronouns.has(w) && w !== 'ich' && w !== 'wir');
}

/** Cut a reported clause before `, denn …` / `, aber …`: a new main clause is the reporter's again. */
function clauseEnd(ctx: Ctx, a: number, e: number): number {
  for (let i = a + 1; i < e - 1; i++) {
    if (ctx.tokens[i]!.text === ',' && ctx.inQuote[i]! < 0 && ctx.rules.clauseBreakers.has(lower(ctx.tokens[i + 1]))) return i;
  }
  return e;
}

/** `…, weitere Soldaten zu entsenden`: an infinitive with `zu` closing the clause. */
function zuInfinitive(ctx: Ctx, e: number): boolean {
  const last = ctx.tokens[e - 1]?.text ?? '';
  return /^\p{Ll}+(e|er|el)?n$/u.test(last) && (lower(ctx.tokens[e - 2]) === 'zu' || /^\p{Ll}{2,}zu\p{Ll}{3,}n$/u.test(last));
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
  const before = p >= 0 && p < l && inQuote[p]! >= 0 && (l === k || lower(tokens[l]) === 'wie' || k - l <= 1) ? inQuote[p]! : -1;
  // `Er sagte: „…“` — a quote right after it.
  let q = r;
  while (q < n && (tokens[q]!.text === ':' || tokens[q]!.text === ',') && inQuote[q]! < 0) q++;
  const after = q < n && inQuote[q]! >= 0 ? inQuote[q]! : -1;
  if (after >= 0 && (tokens[r]?.text === ':' || before < 0)) {
    // A quote after a comma belongs to this cue only when it does not start a new reported clause.
    if (tokens[r]?.text === ':' || q === r || before < 0) return { kind: 'direct', index: after };
  }
  if (before >= 0) return { kind: 'direct', index: before };
  // Indirect clause after: `sagte, dass …`, `sagte, er werde …`, `erklärte: …`.
  if (r < n && (tokens[r]!.text === ',' || tokens[r]!.text === ':')) {
    const a = r + 1;
    const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
    if (e > a + 1 && (rules.complementizers.has(lower(tokens[a])) || hasReportedVerb(ctx, a, e) || tokens[r]!.text === ':' || zuInfinitive(ctx, e))) {
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
      if (!prev || !(prev.text === ',' || inQuote[k - 1]! >= 0) || r - k > 9 || r - k < 2) continue;
      if (!(isUpper(tokens[k + 1]!.text) || rules.determiners.has(lower(tokens[k + 1])))) continue;
      const speaker = nounPhrase(ctx, k + 1, r);
      if (!speaker) continue;
      cues.push({ cue: span(text, t.start, t.end), speaker, target: targetOfVerb(ctx, k, l, r, speaker) });
      continue;
    }
    if (rules.cueVerbs.has(lw) || particleAt >= 0) {
      if (isUpper(w) && k > 0) continue; // a noun (`Sagen`), not a verb
      const impersonal = lower(tokens[k + 1]) === rules.impersonal || lower(tokens[k - 1]) === rules.impersonal;
      const participle = lw.startsWith('ge') || (k > l && rules.auxiliaries.has(lower(tokens[k - 1])));
      const speaker = impersonal ? null : speakerOfVerb(ctx, k, l, r, participle);
      const cueEnd = particleAt >= 0 ? tokens[particleAt]!.end : t.end;
      const cue = particleAt >= 0 ? span(text, t.start, cueEnd) : span(text, t.start, t.end);
      cues.push({ cue, speaker, target: targetOfVerb(ctx, k, l, r, speaker) });
      continue;
    }
    if (rules.sourcePrepositions.has(lw)) {
      const frame = sourceFrame(ctx, k, l, r);
      if (frame) cues.push(frame);
      continue;
    }
    if (rules.speakerlessFrames.has(lw) && (k === 0 || tokens[k - 1]!.text === ',')) {
      const e = lastContent(ctx, k + 1, n);
      if (e > k + 2) cues.push({ cue: span(text, t.start, t.end), speaker: null, target: { kind: 'indirect', start: tokens[k + 1]!.start, end: tokens[e - 1]!.end } });
    }
  }
  return cues;
}

/** `laut X`, `X zufolge`, `nach Angaben X`, `gemäß X`: the rest of the sentence is reported. */
function sourceFrame(ctx: Ctx, k: number, l: number, r: number): Cue | null {
  const { tokens, rules, text } = ctx;
  const lw = lower(tokens[k]);
  let fa: number;
  let fb: number;
  let speaker: TextSpan | null;
  if (lw === rules.postposedSource) {
    // The source runs back from `zufolge` to the clause start or a preposition.
    let a = k;
    while (a > l && !rules.prepositions.has(lower(tokens[a - 1])) && !rules.auxiliaries.has(lower(tokens[a - 1])) && k - a < 8) a--;
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
      const isSource = (w: string): boolean => isUpper(w) && [...rules.sourceNouns].some((n) => w.toLowerCase().endsWith(n));
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
    // A frame inside the clause (`Die Firma plant nach Angaben X den Abbau …`): the longer side carries the content.
    let before = fa;
    while (before > 0 && tokens[before - 1]!.text === ',') before--;
    let after = fb;
    while (after < e && tokens[after]!.text === ',') after++;
    const left = tokens[before - 1] ? tokens[before - 1]!.end - tokens[0]!.start : 0;
    const right = tokens[e - 1] && after < e ? tokens[e - 1]!.end - tokens[after]!.start : 0;
    [qa, qb] = left >= right ? [0, before] : [after, e];
  }
  if (qb - qa < 3) return null;
  const cue = span(text, tokens[k]!.start, tokens[k]!.end);
  return { cue, speaker, target: { kind: 'indirect', start: tokens[qa]!.start, end: tokens[qb - 1]!.end } };
}

function speakerNameOf(span: TextSpan | null, rules: QuoteRules, history: { name: string; female: boolean }[]): string | null {
  if (!span) return null;
  const w = span.text.toLowerCase();
  if (w === rules.malePronoun || w === rules.femalePronoun) {
    const wantFemale = w === rules.femalePronoun;
    for (let i = history.length - 1; i >= 0; i--) if (history[i]!.female === wantFemale) return history[i]!.name;
    return history.length ? history[history.length - 1]!.name : null;
  }
  if (rules.subjectPronouns.has(w)) return null;
  const words = span.text.split(/\s+/).filter((x) => !rules.determiners.has(x.toLowerCase()));
  return words.length ? words.join(' ') : null;
}

/** Extract direct and indirect quotes with speaker and cue. */
export function extractQuotes(text: string, analysis: Analysis, rules: QuoteRules): Quote[] {
  const direct = findDirectQuotes(text, rules);
  const directInfo: { speaker: TextSpan | null; cue: TextSpan | null; sentence: number }[] = direct.map(() => ({ speaker: null, cue: null, sentence: -1 }));
  const indirect: Quote[] = [];
  const history: { name: string; female: boolean }[] = [];
  let lastSpeaker: { speaker: TextSpan; name: string | null; sentence: number } | null = null;
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
    let found = false;
    for (const c of cues) {
      const name = speakerNameOf(c.speaker, rules, history);
      if (c.speaker && name && !rules.subjectPronouns.has(c.speaker.text.toLowerCase())) {
        history.push({ name, female: /in$|innen$/.test(c.speaker.text.split(/\s+/)[0] === c.speaker.text ? c.speaker.text : c.speaker.text.split(/\s+/).slice(-2, -1)[0] ?? '') || /^(die|eine)\s/i.test(c.speaker.text) && !/^die\s+\p{Lu}\S*en\b/u.test(c.speaker.text) });
      }
      if (c.speaker) lastSpeaker = { speaker: c.speaker, name, sentence: si };
      if (!c.target) continue;
      if (c.target.kind === 'direct') {
        const info = directInfo[c.target.index]!;
        if (!info.cue) {
          info.cue = c.cue;
          info.speaker = c.speaker;
        }
        found = true;
        continue;
      }
      const qs = trimSpan(text, c.target.start, c.target.end);
      if (qs.end - qs.start < 8) continue;
      if (indirect.some((x) => x.quote.start < qs.end && qs.start < x.quote.end)) continue;
      indirect.push({ type: 'indirect', quote: qs, speaker: c.speaker, cue: c.cue, speakerName: name, sentence: si });
      found = true;
    }
    // Free indirect speech: a Konjunktiv-I sentence right after a quote continues it.
    if (!found && cues.length === 0 && lastSpeaker && si - lastSpeaker.sentence <= CARRY_SENTENCES) {
      const words = tokens.filter((t, i) => inQuote[i]! < 0 && !isPunct(t));
      const kon = tokens.some((t, i) => i > 0 && inQuote[i]! < 0 && isReportedVerb(ctx, i));
      const quoted = tokens.length > 0 && inQuote[0]! >= 0 && inQuote[tokens.length - 1]! === inQuote[0]!;
      if (kon && words.length >= 4 && !quoted) {
        const e = lastContent(ctx, 0, tokens.length);
        const qs = trimSpan(text, tokens[0]!.start, tokens[Math.max(0, e - 1)]!.end);
        indirect.push({ type: 'indirect', quote: qs, speaker: lastSpeaker.speaker, cue: null, speakerName: lastSpeaker.name, sentence: si });
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
    let name = speaker ? speakerNameOf(speaker, rules, history) : null;
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
    if (!named && !host && words <= 6 && (!/(^|[\s(])\p{Ll}{4,}/u.test(inner) || /^\S+\.\p{L}{2,4}$/u.test(inner))) continue;
    out.push({ type: 'direct', quote: span(text, d.start, d.end), speaker, cue, speakerName: name, sentence });
    if (speaker) prev = { speaker, cue, name, sentence };
  }
  return out.sort((a, b) => a.quote.start - b.quote.start || a.quote.end - b.quote.end);
}
