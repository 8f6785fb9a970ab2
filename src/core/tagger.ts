/**
 * Contextual part-of-speech choice (issue 4). Each word brings its readings from the
 * lemmatizer; small hand-written rules over the neighbours pick one. Deterministic, no
 * trained weights: the rules state general German word order (articles before nouns,
 * `zu` before infinitives, auxiliaries with participles, capitals for nouns).
 */
import type { Upos } from './analysis';
import type { Reading } from './lemmatizer';

export interface TaggerRules {
  /** Words after which a capital letter does not mark a noun (sentence-initial position). */
  openers: ReadonlySet<string>;
  /** Lemma of the auxiliary that is a full verb unless a participle follows (`haben`). */
  possessionAux: ReadonlySet<string>;
  /** The copula: a full verb when its clause has no predicate. */
  copula: ReadonlySet<string>;
  /** Words that introduce a subordinate clause after a comma (`da`, `damit`, `als`, `wie`). */
  clauseIntroducers: ReadonlySet<string>;
}

export interface Tagged {
  reading: Reading;
}

const isUpperStart = (w: string): boolean => {
  const c = w.charAt(0);
  return c !== c.toLowerCase();
};
const PERIPHRASTIC = new Set(['haben', 'werden', 'sein']);
// Quotes and brackets do not end a clause (`Ich habe im Hotel "X" übernachtet`).
const CLAUSE_END = /^[,;:.!?–—]+$/;

function has(rs: readonly Reading[], upos: Upos): boolean {
  for (const r of rs) if (r.upos === upos) return true;
  return false;
}

function pick(rs: readonly Reading[], upos: Upos, word: string): Reading | undefined {
  let best: Reading | undefined;
  let bestScore = -1;
  const lw = word.toLowerCase();
  for (const r of rs) {
    if (r.upos !== upos) continue;
    const ll = r.lemma.toLowerCase();
    let k = 0;
    while (k < ll.length && k < lw.length && ll[k] === lw[k]) k++;
    // A nominalised infinitive (`das Fragen`) is the rarer reading of a plural (`Fragen`).
    const score = (ll === lw && !r.nominalised ? 1000 : 0) + k * 2 + (r.source === 'closed' ? 1 : 0) - (r.nominalised ? 5 : 0);
    if (score > bestScore) { best = r; bestScore = score; }
  }
  return best;
}

/**
 * Chooses one reading per word. `readings[i]` must be non-empty (the engine adds a guess
 * for unknown words first).
 */
export function tagSentence(words: readonly string[], readings: readonly (readonly Reading[])[], rules: TaggerRules): Reading[] {
  const n = words.length;
  const out: Reading[] = new Array(n);
  const lowerWords = words.map((w) => w.toLowerCase());
  const sentenceStart = (i: number): boolean => i === 0 || rules.openers.has(words[i - 1]!);
  const isQuestion = words[n - 1] === '?';

  // Clause spans (between punctuation) for auxiliary and participle rules.
  const clauseId: number[] = new Array(n);
  let c = 0;
  for (let i = 0; i < n; i++) { if (CLAUSE_END.test(words[i]!)) c++; clauseId[i] = c; }
  const participleInClause = (i: number): boolean => {
    for (let j = 0; j < n; j++) {
      if (j === i || clauseId[j] !== clauseId[i]) continue;
      for (const r of readings[j]!) if ((r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite && r.lemma !== lowerWords[j]) return true;
    }
    return false;
  };
  const predicateInClause = (i: number): boolean => {
    for (let j = i + 1; j < n; j++) {
      if (clauseId[j] !== clauseId[i]) break;
      const rs = readings[j]!;
      if (has(rs, 'ADJ') || has(rs, 'NOUN') || has(rs, 'PROPN') || has(rs, 'NUM') || has(rs, 'DET') || isUpperStart(words[j]!)) return true;
      if (rs.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite)) return true;
    }
    for (let j = i - 1; j >= 0; j--) {
      if (clauseId[j] !== clauseId[i]) break;
      const rs = readings[j]!;
      if (has(rs, 'ADJ') || rs.some((r) => (r.upos === 'VERB') && r.nonFinite)) return true;
    }
    return false;
  };
  const otherVerbInClause = (i: number): boolean => {
    for (let j = 0; j < n; j++) {
      if (j === i || clauseId[j] !== clauseId[i]) continue;
      if (readings[j]!.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && !r.nonFinite)) return true;
    }
    return false;
  };
  const clauseHasLemma = (i: number, lemmas: ReadonlySet<string>): boolean => {
    for (let j = 0; j < n; j++) {
      if (clauseId[j] !== clauseId[i]) continue;
      for (const r of readings[j]!) if (r.upos === 'AUX' && lemmas.has(r.lemma)) return true;
    }
    return false;
  };
  const nominalNext = (i: number): boolean => {
    const j = i + 1;
    if (j >= n) return false;
    const rs = readings[j]!;
    if (isUpperStart(words[j]!) && !has(rs, 'DET') && !has(rs, 'PRON') && !has(rs, 'ADP')) return true;
    if (has(rs, 'ADJ') && !has(rs, 'VERB') && !has(rs, 'AUX')) return true;
    if (has(rs, 'NUM')) return true;
    if (has(rs, 'ADJ') && j + 1 < n && isUpperStart(words[j + 1]!)) return true;
    if (has(rs, 'ADV') && j + 1 < n && has(readings[j + 1]!, 'ADJ') && j + 2 < n && isUpperStart(words[j + 2]!)) return true;
    return false;
  };

  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lowerWords[i]!;
    const rs = readings[i]!;
    const prev = i > 0 ? lowerWords[i - 1]! : '';
    const first = rs[0]!;
    let choice: Reading | undefined;

    const closed = rs.filter((r) => r.source === 'closed');
    const capitalNoun = isUpperStart(w) && !sentenceStart(i) && (has(rs, 'NOUN') || has(rs, 'PROPN'));

    if (rs.length === 1) choice = first;
    else if (capitalNoun && !(closed.length && w !== 'Sie' && false)) {
      choice = pick(rs, has(rs, 'NOUN') ? 'NOUN' : 'PROPN', w);
    } else if (closed.length) {
      const ups = new Set(closed.map((r) => r.upos));
      if (ups.has('DET') && ups.has('PRON')) choice = pick(rs, nominalNext(i) ? 'DET' : 'PRON', w);
      else if (lw === 'zu') {
        const next = i + 1 < n ? readings[i + 1]! : [];
        const inf = next.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) && !isUpperStart(words[i + 1] ?? '');
        choice = pick(rs, inf && (i + 2 >= n || CLAUSE_END.test(words[i + 2]!) || has(readings[i + 2]!, 'AUX') || has(readings[i + 2]!, 'CCONJ')) ? 'PART' : 'ADP', w);
      } else if (ups.has('DET') && (ups.has('AUX') || ups.has('VERB'))) {
        choice = pick(rs, nominalNext(i) ? 'DET' : has(rs, 'AUX') ? 'AUX' : 'VERB', w);
      } else if (ups.has('DET') && ups.has('ADV')) {
        choice = pick(rs, nominalNext(i) ? 'DET' : 'ADV', w);
      } else if (ups.has('DET') && ups.has('NUM')) {
        choice = pick(rs, 'DET', w);
      } else if (ups.has('PRON') && ups.has('ADV')) {
        choice = pick(rs, nominalNext(i) || (i + 1 < n && has(readings[i + 1]!, 'ADJ')) ? 'ADV' : 'PRON', w);
      } else if (rules.clauseIntroducers.has(lw) && (ups.has('SCONJ') || ups.has('CCONJ') || ups.has('ADV'))) {
        const afterComma = prev === ',' || i === 0 || sentenceStart(i);
        if (lw === 'wie' && sentenceStart(i) && isQuestion) choice = pick(rs, 'ADV', w);
        else if (lw === 'als') choice = pick(rs, prev === ',' ? 'SCONJ' : 'ADP', w);
        else if (lw === 'wie') choice = pick(rs, prev === ',' ? 'SCONJ' : has(rs, 'CCONJ') ? 'CCONJ' : 'ADV', w);
        else if (lw === 'denn') choice = pick(rs, afterComma ? 'CCONJ' : 'ADV', w);
        else if (ups.has('SCONJ')) {
          const nextVerb = i + 1 < n && (has(readings[i + 1]!, 'VERB') || has(readings[i + 1]!, 'AUX'));
          choice = pick(rs, prev === ',' && !nextVerb ? 'SCONJ' : has(rs, 'ADV') ? 'ADV' : 'SCONJ', w);
        }
      } else if (lw === 'noch' && lowerWords.includes('weder')) choice = pick(rs, 'CCONJ', w);
      else if (lw === 'aber') choice = pick(rs, i === n - 2 || (i > 0 && !CLAUSE_END.test(words[i - 1]!) && has(readings[i - 1]!, 'VERB')) ? 'ADV' : 'CCONJ', w);
      if (!choice) {
        // A verb reading beats the closed class only for `sein` after `zu`.
        choice = closed[0];
      }
    } else if (sentenceStart(i) && isUpperStart(w) && (has(rs, 'NOUN') || has(rs, 'PROPN'))) {
      // Sentence-initial capital: a noun unless an adverb or a finite verb reading fits better
      // (`Habe ich …`: verb-first questions and colloquial statements).
      const pronNext = i + 1 < n && readings[i + 1]!.some((r) => r.upos === 'PRON' && r.source === 'closed');
      if (has(rs, 'ADV')) choice = pick(rs, 'ADV', w);
      else if (pronNext && (has(rs, 'VERB') || has(rs, 'AUX'))) choice = pick(rs, has(rs, 'AUX') ? 'AUX' : 'VERB', w);
      else choice = pick(rs, has(rs, 'NOUN') ? 'NOUN' : 'PROPN', w);
    } else {
      const hasV = has(rs, 'VERB') || has(rs, 'AUX');
      const hasA = has(rs, 'ADJ');
      if (has(rs, 'ADV') && !(hasA && nominalNext(i) && /e[nmrs]?$/.test(lw))) choice = pick(rs, 'ADV', w);
      else if (hasV && hasA) {
        const inflected = /e[nmrs]?$/.test(lw) && pick(rs, 'ADJ', w)!.lemma !== lw;
        const prevDet = i > 0 && (has(readings[i - 1]!, 'DET') || has(readings[i - 1]!, 'ADJ') || has(readings[i - 1]!, 'ADP'));
        // After a noun phrase the verb slot comes first (`Am Montag besuchte Angela …`).
        const prevNominal = i > 0 && ['NOUN', 'PROPN', 'PRON'].includes(out[i - 1]!.upos);
        if (inflected && (prevDet || (nominalNext(i) && !prevNominal))) choice = pick(rs, 'ADJ', w);
        else if (!inflected) {
          const vr = pick(rs, 'VERB', w) ?? pick(rs, 'AUX', w)!;
          const aux = clauseHasLemma(i, PERIPHRASTIC);
          // A participle form is an adjective only when another word is the clause's verb.
          choice = vr.nonFinite && !aux && otherVerbInClause(i) ? pick(rs, 'ADJ', w) : vr;
        } else choice = pick(rs, has(rs, 'VERB') ? 'VERB' : 'AUX', w);
      } else if (hasV) choice = pick(rs, has(rs, 'AUX') ? 'AUX' : 'VERB', w);
      else choice = first;
    }
    choice ??= first;

    // `haben` (and similar) is a full verb unless a participle shares its clause; the copula
    // is a full verb when its clause has no predicate (`Ich war dort`).
    if (choice.upos === 'AUX' && rules.possessionAux.has(choice.lemma) && !participleInClause(i)) {
      choice = { ...choice, upos: 'VERB' };
    } else if (choice.upos === 'AUX' && rules.copula.has(choice.lemma) && !participleInClause(i) && !predicateInClause(i)) {
      choice = { ...choice, upos: 'VERB' };
    }
    // Saxon genitive of a name before its noun (`Frankreichs Präsident`).
    if (choice.upos === 'PROPN' && choice.source === 'guess' && /[^s]s$/.test(w) && w.length > 4 && i + 1 < n && isUpperStart(words[i + 1]!) && !CLAUSE_END.test(words[i + 1]!)) {
      choice = { ...choice, lemma: w.slice(0, -1) };
    }
    // A word the lexicon lacks after an article or adjective is a common noun, not a name.
    if (choice.upos === 'PROPN' && choice.source === 'guess' && i > 0 && (out[i - 1]!.upos === 'DET' || out[i - 1]!.upos === 'ADJ')) {
      choice = { ...choice, upos: 'NOUN' };
    }
    out[i] = choice;
  }
  return out;
}
