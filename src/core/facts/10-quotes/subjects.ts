/** The subject of a cue clause: the speaker, before or after the verb, in an apposition or relative clause. */
import { isUpper, span, trimSpan } from '../textSpans';
import type { TextSpan } from '../types';
import { type Ctx, commaPieces, isVerbish, lower, nounPhrase, segmentStart, subjectAfter, subjectLike } from './clause';

/**
 * `Der Vorsitzende des Verbands, Max Muster, kritisierte …` / `Eva Roth, die das Amt leitet, hat angekündigt …`:
 * a cue clause that opens with its verb after a comma has its subject in the verbless piece that starts the
 * sentence, past appositions and relative clauses.
 */
function frontSubject(ctx: Ctx, l: number): TextSpan | null {
  const { tokens, rules } = ctx;
  if (l < 2 || tokens[l - 1]!.text !== ',' || ctx.inQuote[l - 1]! >= 0) return null;
  const a = segmentStart(ctx, l);
  if (a >= l - 1 || !subjectLike(ctx, a, l - 1) || lower(tokens[a]) === rules.comparisonCue || ctx.inQuote[a]! >= 0) return null;
  // `Den Konzern Nordwerk, dessen Chef kam, forderte er auf …`: a front piece in the accusative is the object.
  if (rules.nonSubjectStarts.has(lower(tokens[a]))) return null;
  const pieces = commaPieces(ctx, a, l - 1);
  if (pieces.length < 2) return null;
  const verbless = ([x, y]: [number, number]): boolean => {
    for (let i = x; i < y; i++) if (isVerbish(ctx, i) || ctx.inQuote[i]! >= 0) return false;
    return y > x;
  };
  const relative = ([x]: [number, number]): boolean =>
    rules.referringPronouns.has(lower(tokens[x])) || rules.relativeOpeners.has(lower(tokens[x])) ||
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
export function speakerOfVerb(ctx: Ctx, k: number, l: number, r: number, participle: boolean): TextSpan | null {
  const { rules, tokens } = ctx;
  const first = lower(tokens[l]);
  if (l < k && first === rules.comparisonCue) {
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
    if (lower(tokens[a]) === rules.comparisonCue) a++;
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
  if (l > 0 && tokens[l - 1]!.text === ',' && rules.prepositions.has(first) && (rules.referringPronouns.has(lower(tokens[l + 1])) || rules.obliqueRelatives.has(lower(tokens[l + 1])))) {
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

/** `In dem Schreiben heißt es`, `aus Regierungskreisen verlautete`: the phrase after `in`/`aus` in the cue clause. */
export function sourcePlace(ctx: Ctx, k: number, l: number, r: number): TextSpan | null {
  for (let i = l; i < r - 1; i++) {
    if (i === k || ctx.inQuote[i]! >= 0 || !ctx.rules.sourcePlacePrepositions.has(lower(ctx.tokens[i]))) continue;
    const np = nounPhrase(ctx, i + 1, i < k ? k : r);
    if (np) return np;
  }
  return null;
}
