/**
 * Cues of speech in one sentence: verbs of saying, `so`, intent verbs, opinion nouns and source frames
 * (`laut X`, `X zufolge`), each with its speaker and what it governs.
 */
import type { Token } from '../../analysis';
import { isUpper, span } from '../textSpans';
import type { TextSpan } from '../types';
import { type Ctx, clauseEnd, clauseOf, firstPieceEnd, hasReportedVerb, isVerbish, lastContent, lower, mainClause, nameLike, nounPhrase, pieceStart, segmentStart, sentencePiece, tokensSpan, zuInfinitive } from './clause';
import { sourcePlace, speakerOfVerb } from './subjects';

export interface Cue {
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

/** What a verb cue governs: an adjacent direct quote, or the clause after or before it. */
function targetOfVerb(ctx: Ctx, k: number, l: number, r: number, speaker: TextSpan | null): Cue['target'] {
  const { tokens, inQuote, rules } = ctx;
  const n = tokens.length;
  // `…“, sagte er.` — a quote right before the cue clause.
  let p = l - 1;
  while (p >= 0 && (tokens[p]!.text === ',') && inQuote[p]! < 0) p--;
  // `„…“, hatte der Minister erklärt`: a clause opening with its auxiliary also follows its quote.
  const v1 = l === k || lower(tokens[l]) === rules.comparisonCue || k - l <= 1 || rules.auxiliaries.has(lower(tokens[l]));
  const before = p >= 0 && p < l && inQuote[p]! >= 0 && v1 ? inQuote[p]! : -1;
  // `Er sagte: „…“` — a quote right after it.
  let q = r;
  while (q < n && (tokens[q]!.text === ':' || tokens[q]!.text === ',') && inQuote[q]! < 0) q++;
  // `sagte dem Sender „Radio Nord“`: a name in quote marks straight after a noun is part of the phrase, not the words said.
  const mark = ctx.direct[inQuote[q] ?? -1];
  const nameAfterNoun = q === r && r - 1 !== k && isUpper(tokens[r - 1]?.text ?? '') && !!mark && nameLike(ctx.text.slice(mark.start + 1, mark.end - 1));
  const after = q < n && inQuote[q]! >= 0 && !nameAfterNoun ? inQuote[q]! : -1;
  if (after >= 0 && (tokens[r]?.text === ':' || before < 0)) {
    // A quote after a comma belongs to this cue only when it does not start a new reported clause.
    if (tokens[r]?.text === ':' || q === r || before < 0) return { kind: 'direct', index: after };
  }
  if (before >= 0) return { kind: 'direct', index: before };
  // `kritisiert in der Zeitung „Nordland Bote“, die Aktion sei …`: the cue clause runs on past a name in quote marks.
  let c = r;
  while (nameAfterNoun && c < n && inQuote[c] === inQuote[q]) c++;
  // Indirect clause after: `sagte, dass …`, `sagte, er werde …`, `erklärte: …`, `kündigte an, … zu senken`.
  // A verb right after the comma (`…, die das Amt leitet, sagte, …`) continues the main clause instead.
  // `…, so Anna Berg, die auch angab, …`: `so` names the speaker of the clause before it, never of one after.
  const so = lower(tokens[k]) === rules.soCue;
  if (!so && c < n && (tokens[c]!.text === ',' || tokens[c]!.text === ':') && !(tokens[c]!.text === ',' && isVerbish(ctx, c + 1) && !rules.reportedSpeechVerbs.has(tokens[c + 1]?.text ?? ''))) {
    const a = c + 1;
    const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
    // A plain main clause only after a bare cue (`sagte sie, …`): in `erklärte den Plan für gescheitert, …` the verb has its object.
    const bare = tokens[c - 1] === tokens[k] || tokens[c - 1]!.end === speaker?.end || (c - 1 > k && rules.separableCueVerbs.get(lower(tokens[k]))?.includes(lower(tokens[c - 1])));
    if (e > a + 1 && (rules.complementizers.has(lower(tokens[a])) || hasReportedVerb(ctx, a, e) || tokens[c]!.text === ':' || zuInfinitive(ctx, e) || zuInfinitive(ctx, firstPieceEnd(ctx, a, e)) || (bare && mainClause(ctx, a, e)))) {
      if (!(inQuote[a]! >= 0 && inQuote[e - 1]! === inQuote[a]!)) return { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end };
    }
  }
  // Cue clause at the end: `Die Lage sei ernst, sagte er.` / `…, wie der Sprecher mitteilte.`
  const seg = segmentStart(ctx, l);
  const wieClause = lower(tokens[l]) === rules.comparisonCue || (lower(tokens[seg]) === rules.comparisonCue && l === k);
  // `Die Lage sei ernst, sagte sie`, `…, hatte der Minister gesagt`: the cue clause opens with its verb or auxiliary.
  // Not a passive (`…, werden keine Karten mehr angeboten`), whose subject is what is offered.
  const verbFirst = l === k || (rules.auxiliaries.has(lower(tokens[l])) && !rules.passiveAuxiliaries.has(lower(tokens[l])) && !rules.auxiliaries.has(lower(tokens[k])));
  const speakerAfter = !speaker || speaker.start > tokens[l]!.start;
  if (l > 1 && tokens[l - 1]!.text === ',' && inQuote[l - 1]! < 0 && ((verbFirst && speakerAfter && !wieClause) || lower(tokens[l]) === rules.comparisonCue || lower(tokens[l]) === rules.soCue)) {
    const a = 0;
    const e = l - 1;
    // `Das Problem sei, so der Minister, dass …`: the reported clause runs on past the attribution.
    const on = so && tokens[r]?.text === ',' && rules.complementizers.has(lower(tokens[r + 1])) ? clauseEnd(ctx, r + 1, lastContent(ctx, r + 1, n)) : -1;
    if (e > a + 2 && !(inQuote[a]! >= 0 && inQuote[e - 1]! === inQuote[a]!)) return { kind: 'indirect', start: tokens[a]!.start, end: tokens[on > r + 2 ? on - 1 : e - 1]!.end };
  }
  // `Wie der Sprecher mitteilte, landete …`
  if (wieClause && r < n && tokens[r]!.text === ',') {
    const a = r + 1;
    const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
    if (e > a + 1) return { kind: 'indirect', start: tokens[a]!.start, end: tokens[e - 1]!.end };
  }
  return null;
}

export function findCues(ctx: Ctx): Cue[] {
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
      const participle = lw.startsWith(rules.participlePrefix) || (k > l && rules.auxiliaries.has(lower(tokens[k - 1])));
      let speaker = impersonal ? null : speakerOfVerb(ctx, k, l, r, participle);
      // `Die Bürger wurden vom Sender aufgefordert, …`: the passive subject is addressed; `zitiert` is the exception
      // (`Der Minister wird mit den Worten zitiert` names the speaker as subject).
      const participleLike = participle || rules.participleShape.test(lw);
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
      const target = targetOfVerb(ctx, k, l, r, speaker);
      // `lehnte ab, die Kontrolle einer Aufsicht zu unterstellen`, `… auf Alternativen hinzuweisen`: an infinitive with
      // `zu` that reports nothing credits nobody, least of all its object.
      if (!target && (lower(tokens[k - 1]) === rules.infinitiveMarker || rules.joinedZuInfinitive.test(lw))) continue;
      cues.push({ cue, speaker, target, coordinated: lower(tokens[l]) === rules.coordinator });
      continue;
    }
    if (rules.intentVerbs.has(lw) && tokens[r]?.text === ',') {
      // `plant, die Steuern zu senken`: only with a zu-infinitive after the comma.
      const a = r + 1;
      const e = clauseEnd(ctx, a, lastContent(ctx, a, n));
      if (e > a + 1 && zuInfinitive(ctx, firstPieceEnd(ctx, a, e))) {
        const speaker = speakerOfVerb(ctx, k, l, r, lw.startsWith(rules.participlePrefix));
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
  if (isUpper(w) && !(rules.determiners.has(lower(tokens[k - 1])) || rules.possessives.has(lower(tokens[k - 1])))) return null;
  if (!isUpper(w) && k === l) return null;
  // The finite verb: the first verb-like word after the clause's first phrase.
  let v = -1;
  for (let i = l + 1; i < k; i++) {
    const x = lower(tokens[i]);
    if (isVerbish(ctx, i) || (!isUpper(tokens[i]!.text) && !rules.determiners.has(x) && !rules.prepositions.has(x) && !rules.clauseAdverbs.has(x) &&
      !rules.subjectPronouns.has(x) && !rules.objectPronouns.has(x) && !rules.nameParticles.has(x) && !rules.inflectedAdjective.test(x) && /^\p{L}+$/u.test(x))) {
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
      if (rules.nonDativeArticles.has(w)) return false;
      return isUpper(x.text) || rules.determiners.has(w) || rules.nameParticles.has(w) || /^\d/.test(w) || rules.inflectedAdjective.test(x.text) || /^[-()]$/.test(w);
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
  // The reported content: the sentence without the frame, within the semicolons around it (`laut X ist er 24; demnach …`).
  const [s0, e] = sentencePiece(ctx, k);
  let qa: number;
  let qb: number;
  if (fa === s0 || (fa <= s0 + 1 && fa === l)) {
    qa = fb;
    while (qa < e && tokens[qa]!.text === ',') qa++;
    qb = e;
  } else if (fb >= e - 1) {
    qa = s0;
    qb = fa;
    while (qb > qa && tokens[qb - 1]!.text === ',') qb--;
  } else {
    // A frame inside the clause (`Die Firma plant nach Angaben X den Abbau …`): the clause around it is reported,
    // from the start of its comma piece (or of the sentence, when the piece opens with the verb) to the end of
    // the sentence. The side of the frame that carries more of it is the quote, so the source is not quoted.
    let ra = pieceStart(ctx, fa);
    if (isVerbish(ctx, ra)) ra = s0;
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
