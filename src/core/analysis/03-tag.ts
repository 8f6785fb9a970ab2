/**
 * Contextual part-of-speech choice (issue 4). Each word brings its readings from the
 * lemmatizer; small hand-written rules over the neighbours pick one. Deterministic, no
 * trained weights: the rules state general German word order (articles before nouns,
 * `zu` before infinitives, auxiliaries with participles, capitals for nouns).
 */
import type { Upos } from '../analysis';
import type { Reading } from './02-readings/lemmatizer';
import { startsUpper } from './capital';

export interface TaggerRules {
  /** Words after which a capital letter does not mark a noun (sentence-initial position). */
  openers: ReadonlySet<string>;
  /** Lemma of the auxiliary that is a full verb unless a participle follows (`haben`). */
  possessionAux: ReadonlySet<string>;
  /** The copula: a full verb when its clause has no predicate. */
  copula: ReadonlySet<string>;
  /** Words that introduce a subordinate clause after a comma (`da`, `damit`, `als`, `wie`). */
  clauseIntroducers: ReadonlySet<string>;
  /** Titles before a name (`Herr`, `Frau`, `Dr.`): a capitalised noun after them is the name. */
  titles: ReadonlySet<string>;
}

export interface Tagged {
  reading: Reading;
}

const INNER_CAPITAL = /.\p{Lu}/u;
const NO_READINGS: readonly Reading[] = [];
const NOMINAL: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN', 'PRON']);
const NOUN_PHRASE_START: ReadonlySet<Upos> = new Set(['DET', 'ADJ', 'ADP', 'NUM']);
const QUOTE_CLOSE = /^(["“”»«'’]|''|``)$/;
const PERIPHRASTIC = new Set(['haben', 'werden', 'sein']);
const PASSIVE = new Set(['werden']);
// Quotes and brackets do not end a clause (`Ich habe im Hotel "X" übernachtet`).
const CLAUSE_END = /^[,;:.!?–—]+$/;

function has(rs: readonly Reading[], upos: Upos): boolean {
  for (const r of rs) if (r.upos === upos) return true;
  return false;
}

/** The reading of `upos` whose lemma shares the longest beginning with the word (`lw`, lower case). */
function pick(rs: readonly Reading[], upos: Upos, lw: string): Reading | undefined {
  let best: Reading | undefined;
  let bestCount = 0;
  for (const r of rs) if (r.upos === upos) { best = r; bestCount++; }
  // One candidate (the common case): no scoring, no lower-casing.
  if (bestCount <= 1) return best;
  let bestScore = -1;
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
/**
 * One sentence under tagging: its words, their readings and clause spans, and the context
 * questions the rules ask. A class rather than closures made per sentence: no allocation per
 * helper per call (issue 4, speed on unseen text).
 */
class SentenceView {
  readonly n: number;
  readonly lowerWords: string[];
  readonly out: Reading[];
  readonly clauseId: number[];
  readonly clauseFrom: number[];
  readonly clauseTo: number[];

  constructor(readonly words: readonly string[], readonly readings: readonly (readonly Reading[])[], readonly rules: TaggerRules) {
    const n = words.length;
    this.n = n;
    this.out = new Array(n);
    this.lowerWords = words.map((w) => w.toLowerCase());
    // Clause spans (between punctuation) for auxiliary and participle rules.
    const clauseId: number[] = new Array(n);
    let c = 0;
    for (let i = 0; i < n; i++) { if (CLAUSE_END.test(words[i]!)) c++; clauseId[i] = c; }
    // First and one-past-last index of each word's clause, so clause scans stay inside it.
    const clauseFrom: number[] = new Array(n), clauseTo: number[] = new Array(n);
    for (let i = 0; i < n;) {
      let j = i;
      while (j < n && clauseId[j] === clauseId[i]) j++;
      for (let k = i; k < j; k++) { clauseFrom[k] = i; clauseTo[k] = j; }
      i = j;
    }
    this.clauseId = clauseId;
    this.clauseFrom = clauseFrom;
    this.clauseTo = clauseTo;
  }

  /** A capitalised word at `j` that is no pronoun (`Sie`). */
  nounAt(j: number): boolean {
    return j < this.n && startsUpper(this.words[j]!) && !has(this.readings[j]!, 'PRON');
  }

  sentenceStart(i: number): boolean {
    return i === 0 || this.rules.openers.has(this.words[i - 1]!);
  }

  participleInClause(i: number): boolean {
    for (let j = this.clauseFrom[i]!; j < this.clauseTo[i]!; j++) {
      if (j === i) continue;
      // Participles that look like the infinitive (`vergessen`, `bekommen`) count too; a
      // zu-infinitive (`habe zu tun`) does not.
      if (j > 0 && this.lowerWords[j - 1] === 'zu') continue;
      for (const r of this.readings[j]!) if ((r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) return true;
    }
    return false;
  }

  /** Another verb form in the clause that an auxiliary could govern (infinitive or participle). */
  nonFiniteInClause(i: number): boolean {
    for (let j = this.clauseFrom[i]!; j < this.clauseTo[i]!; j++) {
      if (j === i) continue;
      for (const r of this.readings[j]!) if ((r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) return true;
    }
    return false;
  }

  predicateInClause(i: number): boolean {
    // Nouns inside a prepositional phrase (`Ich war in dem Hotel`) are no predicate.
    let inPP = false;
    for (let j = i + 1; j < this.n; j++) {
      if (this.clauseId[j] !== this.clauseId[i]) break;
      const rs = this.readings[j]!;
      if (rs[0]!.upos === 'ADP' && rs[0]!.source === 'closed') { inPP = true; continue; }
      // Only an uninflected adjective is predicative (`ist gut`, not `in dem schönen Ort`).
      if (!has(rs, 'DET') && !has(rs, 'ADV') && has(rs, 'ADJ') && !/e[nms]?$/.test(this.lowerWords[j]!)) return true;
      if (!inPP && (has(rs, 'NOUN') || has(rs, 'PROPN') || has(rs, 'NUM') || has(rs, 'DET') || startsUpper(this.words[j]!))) return true;
      if (rs.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite)) return true;
    }
    for (let j = i - 1; j >= 0; j--) {
      if (this.clauseId[j] !== this.clauseId[i]) break;
      const rs = this.readings[j]!;
      if (has(rs, 'ADJ') || rs.some((r) => (r.upos === 'VERB') && r.nonFinite)) return true;
    }
    return false;
  }

  otherVerbInClause(i: number): boolean {
    for (let j = this.clauseFrom[i]!; j < this.clauseTo[i]!; j++) {
      if (j === i) continue;
      if (this.readings[j]!.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && !r.nonFinite)) return true;
    }
    return false;
  }

  clauseHasLemma(i: number, lemmas: ReadonlySet<string>): boolean {
    for (let j = this.clauseFrom[i]!; j < this.clauseTo[i]!; j++) {
      for (const r of this.readings[j]!) if (r.upos === 'AUX' && lemmas.has(r.lemma)) return true;
    }
    return false;
  }

  nominalNext(i: number): boolean {
    const j = i + 1;
    if (j >= this.n) return false;
    const rs = this.readings[j]!;
    if (startsUpper(this.words[j]!) && !has(rs, 'DET') && !has(rs, 'PRON') && !has(rs, 'ADP')) return true;
    if (has(rs, 'ADJ') && !has(rs, 'VERB') && !has(rs, 'AUX')) return true;
    if (has(rs, 'NUM')) return true;
    if (has(rs, 'ADJ') && j + 1 < this.n && startsUpper(this.words[j + 1]!)) return true;
    if (has(rs, 'ADV') && j + 1 < this.n && has(this.readings[j + 1]!, 'ADJ') && j + 2 < this.n && startsUpper(this.words[j + 2]!)) return true;
    return false;
  }

  /** The copula earlier in the same clause, with no coordination in between (`ich bin … begeistert`). */
  copulaBefore(i: number): boolean {
    for (let j = i - 1; j >= 0 && this.clauseId[j] === this.clauseId[i]; j--) {
      const rs = this.readings[j]!;
      if (has(rs, 'CCONJ')) return false;
      if (rs.some((r) => r.upos === 'AUX' && this.rules.copula.has(r.lemma))) return true;
    }
    return false;
  }

  /** A comparative right before (`größer`, `mehr`, `anders`) or `sowohl` earlier: `als` compares. */
  comparativeBefore(i: number): boolean {
    if (i === 0) return false;
    const p = this.lowerWords[i - 1]!;
    if (this.lowerWords.lastIndexOf('sowohl', i) >= 0) return true;
    return (p.endsWith('er') && (has(this.readings[i - 1]!, 'ADJ') || has(this.readings[i - 1]!, 'ADV'))) || p === 'anders' || p === 'mehr';
  }

  /** A noun follows within the phrase, past adjectives, adverbs and numbers (`der zuvor äußerst knappen Wahl`). */
  nounAhead(i: number): boolean {
    for (let j = i + 1; j < this.n && j <= i + 4; j++) {
      const rs = this.readings[j]!;
      if (CLAUSE_END.test(this.words[j]!)) return false;
      // Only a capitalised noun: `Die machen nicht` has the verb `machen`, not the noun `Machen`.
      if ((has(rs, 'NOUN') || has(rs, 'PROPN')) && (startsUpper(this.words[j]!) || !(has(rs, 'VERB') || has(rs, 'AUX')))) return !(has(rs, 'PRON') && rs[0]!.upos === 'PRON');
      if (has(rs, 'VERB') && !has(rs, 'ADJ')) return false;
      if (has(rs, 'AUX')) return false;
      if (!has(rs, 'ADJ') && !has(rs, 'ADV') && !has(rs, 'NUM') && !has(rs, 'DET')) return false;
    }
    return false;
  }
}

export function tagSentence(words: readonly string[], readings: readonly (readonly Reading[])[], rules: TaggerRules): Reading[] {
  const v = new SentenceView(words, readings, rules);
  const { n, out, lowerWords } = v;
  const isQuestion = words[n - 1] === '?';

  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lowerWords[i]!;
    const rs = readings[i]!;
    const prev = i > 0 ? lowerWords[i - 1]! : '';
    const first = rs[0]!;
    let choice: Reading | undefined;

    const closed = rs.length === 1 ? NO_READINGS : rs.filter((r) => r.source === 'closed');
    const capitalNoun = rs.length > 1 && startsUpper(w) && !v.sentenceStart(i) && (has(rs, 'NOUN') || has(rs, 'PROPN'));

    if (rs.length === 1) choice = first;
    else if (capitalNoun) {
      // A capitalised inflected adjective before a noun is part of a name (`der Hessischen
      // Verbraucherzentrale`), not a nominalised adjective.
      const attributive = has(rs, 'ADJ') && /e[nmrs]?$/.test(lw) && i + 1 < n && startsUpper(words[i + 1]!) &&
        (has(readings[i + 1]!, 'NOUN') || has(readings[i + 1]!, 'PROPN'));
      choice = pick(rs, attributive ? 'ADJ' : has(rs, 'NOUN') ? 'NOUN' : 'PROPN', lw);
    } else if (closed.length) {
      if (has(closed, 'DET') && has(closed, 'PRON')) {
        // Another article or a personal pronoun next: this one stands alone (`für die die
        // Gesellschaft`, `in der ich`, `Das haben sie`).
        const next = i + 1 < n ? readings[i + 1]! : NO_READINGS;
        const pronounNext = next.some((r) => r.source === 'closed' && ((r.upos === 'DET' && (r.lemma === 'der' || r.lemma === 'ein')) || (r.upos === 'PRON' && !has(next, 'DET') && !has(next, 'ADJ'))));
        const afterAdp = i > 0 && out[i - 1]!.upos === 'ADP' && i + 1 < n && !CLAUSE_END.test(words[i + 1]!);
        // After a comma `die` opens a relative clause: only a noun right after it makes it an article.
        let k = i + 1;
        while (k < n && QUOTE_CLOSE.test(words[k]!)) k++;
        const nominal = prev === ','
          ? v.nounAt(k) || (k < n && has(readings[k]!, 'ADJ') && v.nounAt(k + 1)) || (k < n && has(readings[k]!, 'NUM'))
          : v.nominalNext(i) || v.nounAhead(i) || afterAdp || (k > i + 1 && v.nounAt(k));
        choice = pick(rs, nominal && !pronounNext ? 'DET' : 'PRON', lw);
      }
      else if (lw === 'zu' && i + 1 < n && !startsUpper(words[i + 1]!) && (has(readings[i + 1]!, 'ADJ') || has(readings[i + 1]!, 'ADV')) &&
        !readings[i + 1]!.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) && !has(readings[i + 1]!, 'DET') && has(rs, 'ADV')) {
        // Degree `zu` before an adjective or adverb (`zu spät`, `zu lang`): too.
        choice = pick(rs, 'ADV', lw);
      } else if ((lw === 'über' || lw === 'unter') && has(rs, 'ADV') && i + 1 < n && has(readings[i + 1]!, 'NUM')) {
        // Before a number it is `more than` / `less than` (`seit über 20 Jahren`).
        choice = pick(rs, 'ADV', lw);
      } else if (lw === 'zu') {
        const next = i + 1 < n ? readings[i + 1]! : [];
        const inf = next.some((r) => (r.upos === 'VERB' || r.upos === 'AUX') && r.nonFinite) && !startsUpper(words[i + 1] ?? '');
        choice = pick(rs, inf && (i + 2 >= n || CLAUSE_END.test(words[i + 2]!) || has(readings[i + 2]!, 'AUX') || has(readings[i + 2]!, 'CCONJ')) ? 'PART' : 'ADP', lw);
      } else if (has(closed, 'DET') && (has(closed, 'AUX') || has(closed, 'VERB'))) {
        choice = pick(rs, v.nominalNext(i) ? 'DET' : has(rs, 'AUX') ? 'AUX' : 'VERB', lw);
      } else if (has(closed, 'DET') && has(closed, 'ADV')) {
        choice = pick(rs, v.nominalNext(i) || v.nounAhead(i) ? 'DET' : 'ADV', lw);
      } else if (has(closed, 'DET') && has(closed, 'NUM')) {
        choice = pick(rs, 'DET', lw);
      } else if (has(closed, 'PRON') && has(closed, 'ADV')) {
        choice = pick(rs, v.nominalNext(i) || (i + 1 < n && has(readings[i + 1]!, 'ADJ')) ? 'ADV' : 'PRON', lw);
      } else if (rules.clauseIntroducers.has(lw) && (has(closed, 'SCONJ') || has(closed, 'CCONJ') || has(closed, 'ADV'))) {
        if (lw === 'wie' && v.sentenceStart(i) && isQuestion) choice = pick(rs, 'ADV', lw);
        // `als` after a comparative (`größer als`, `sowohl … als auch`) compares: CCONJ.
        else if (lw === 'als') choice = pick(rs, prev === ',' || i === 0 ? 'SCONJ' : v.comparativeBefore(i) ? 'CCONJ' : 'ADP', lw);
        else if (lw === 'wie') choice = pick(rs, prev === ',' ? 'SCONJ' : has(rs, 'CCONJ') ? 'CCONJ' : 'ADV', lw);
        else if (lw === 'denn') choice = pick(rs, prev === ',' ? 'CCONJ' : 'ADV', lw);
        else if (has(closed, 'SCONJ')) {
          const nextVerb = i + 1 < n && (has(readings[i + 1]!, 'VERB') || has(readings[i + 1]!, 'AUX'));
          choice = pick(rs, (prev === ',' || v.sentenceStart(i)) && !nextVerb ? 'SCONJ' : has(rs, 'ADV') ? 'ADV' : 'SCONJ', lw);
        }
      } else if (lw === 'noch' && lowerWords.includes('weder')) choice = pick(rs, 'CCONJ', lw);
      // `aber` links clauses or adjectives (`klein, aber fein`); inside a clause it is an adverb.
      else if (lw === 'aber') {
        // Inside a clause: after its finite verb (`Die Zimmer sind aber eher klein`, but not in a
        // coordinated clause without subject: `…, kann aber`) or after a pronoun (`habe ihn aber`).
        const po = i > 0 ? out[i - 1]! : undefined;
        const finiteBefore = po !== undefined && (po.upos === 'VERB' || po.upos === 'AUX') && !po.nonFinite && !(i > 1 && words[i - 2] === ',');
        const inside = !v.sentenceStart(i) && !CLAUSE_END.test(prev) && (finiteBefore || po?.upos === 'PRON');
        choice = pick(rs, inside || i === n - 2 ? 'ADV' : 'CCONJ', lw);
      } else if (lw === 'doch') choice = pick(rs, v.sentenceStart(i) || prev === ',' ? 'CCONJ' : 'ADV', lw);
      if (!choice) {
        // A verb reading beats the closed class only for `sein` after `zu`.
        choice = closed[0];
      }
    } else if (v.sentenceStart(i) && startsUpper(w) && (has(rs, 'NOUN') || has(rs, 'PROPN'))) {
      // Sentence-initial capital: a noun unless an adverb or a finite verb reading fits better
      // (`Habe ich …`: verb-first questions and colloquial statements).
      const pronNext = i + 1 < n && readings[i + 1]!.some((r) => r.upos === 'PRON' && r.source === 'closed');
      const nounNext = i + 1 < n && startsUpper(words[i + 1]!) && (has(readings[i + 1]!, 'NOUN') || has(readings[i + 1]!, 'PROPN'));
      if (has(rs, 'ADV')) choice = pick(rs, 'ADV', lw);
      else if ((pronNext || !has(rs, 'NOUN')) && (has(rs, 'VERB') || has(rs, 'AUX'))) choice = pick(rs, has(rs, 'AUX') ? 'AUX' : 'VERB', lw);
      // An inflected adjective before a noun (`Nettes Personal`, `Schöne Zimmer`).
      else if ((nounNext || v.nominalNext(i) || (i + 2 < n && has(readings[i + 1]!, 'CCONJ') && has(readings[i + 2]!, 'ADJ'))) && has(rs, 'ADJ') && /e[nmrs]?$/.test(lw)) {
        choice = pick(rs, 'ADJ', lw);
      }
      // Verb-first without a subject (`Habe lange gesucht`): an auxiliary form is rarely the noun.
      else if (has(rs, 'AUX') && !nounNext) choice = pick(rs, 'AUX', lw);
      else choice = pick(rs, has(rs, 'NOUN') ? 'NOUN' : 'PROPN', lw);
    } else {
      const hasV = has(rs, 'VERB') || has(rs, 'AUX');
      const hasA = has(rs, 'ADJ');
      if (has(rs, 'ADV') && !(hasA && v.nominalNext(i) && /e[nmrs]?$/.test(lw))) choice = pick(rs, 'ADV', lw);
      else if (hasV && hasA) {
        const inflected = /e[nmrs]?$/.test(lw) && pick(rs, 'ADJ', lw)!.lemma !== lw;
        const prevDet = i > 0 && (has(readings[i - 1]!, 'DET') || has(readings[i - 1]!, 'ADJ') || has(readings[i - 1]!, 'ADP'));
        // After a noun phrase the verb slot comes first (`Am Montag besuchte Angela …`).
        const prevNominal = i > 0 && NOMINAL.has(out[i - 1]!.upos);
        // After a quotation the reporting verb comes first (`", erklärte Japans Außenminister`).
        const afterQuote = i > 1 && words[i - 1] === ',' && QUOTE_CLOSE.test(words[i - 2]!) && rs.some((r) => r.upos === 'VERB' && !r.nonFinite);
        // An attributive adjective needs its noun: at the clause end the form is the verb.
        const clauseEndNext = i + 1 >= n || CLAUSE_END.test(words[i + 1]!);
        if (inflected && !afterQuote && !clauseEndNext && (prevDet || (v.nominalNext(i) && !prevNominal))) choice = pick(rs, 'ADJ', lw);
        else if (!inflected) {
          const vr = pick(rs, 'VERB', lw) ?? pick(rs, 'AUX', lw)!;
          const aux = v.clauseHasLemma(i, PERIPHRASTIC);
          // A participle form is an adjective only when another word is the clause's verb, or
          // when the copula alone goes with a weak participle the adjective lexicon lists: a state
          // (`ich bin begeistert`), while strong ones form the perfect (`ist gegangen`).
          const stative = lw.endsWith('t') && rs.some((r) => r.upos === 'ADJ' && r.source === 'lex') &&
            v.copulaBefore(i) && !v.clauseHasLemma(i, rules.possessionAux) && !v.clauseHasLemma(i, PASSIVE);
          choice = vr.nonFinite && (stative || (!aux && v.otherVerbInClause(i))) ? pick(rs, 'ADJ', lw) : vr;
        } else choice = pick(rs, has(rs, 'VERB') ? 'VERB' : 'AUX', lw);
      } else if (hasV) choice = pick(rs, has(rs, 'AUX') ? 'AUX' : 'VERB', lw);
      else choice = first;
    }
    choice ??= first;

    // `haben` (and similar) is a full verb unless a participle shares its clause; the copula
    // is a full verb when its clause has no predicate (`Ich war dort`).
    if (choice.upos === 'AUX' && rules.possessionAux.has(choice.lemma) && !v.participleInClause(i)) {
      choice = { ...choice, upos: 'VERB' };
    } else if (choice.upos === 'AUX' && rules.copula.has(choice.lemma) && !v.participleInClause(i) && !v.predicateInClause(i)) {
      choice = { ...choice, upos: 'VERB' };
    } else if (choice.upos === 'AUX' && !rules.copula.has(choice.lemma) && !rules.possessionAux.has(choice.lemma) && !v.nonFiniteInClause(i)) {
      // Modals and `werden` without an infinitive or participle are full verbs (`Ich will das`,
      // `Er wird Arzt`).
      choice = { ...choice, upos: 'VERB' };
    }
    // Saxon genitive of a name before its noun (`Frankreichs Präsident`).
    if (choice.upos === 'PROPN' && choice.source === 'guess' && /[^s]s$/.test(w) && w.length > 4 && i + 1 < n && startsUpper(words[i + 1]!) && !CLAUSE_END.test(words[i + 1]!)) {
      choice = { ...choice, lemma: w.slice(0, -1) };
    }
    // A word the lexicon lacks after an article or adjective is a common noun, not a name.
    // Names: after a title (`Herr Dr. Sieben`) or a first name the lexicon lacks (`Jim Block`),
    // a capitalised noun is a surname, not the common noun it is spelled like.
    if (choice.upos === 'NOUN' && i > 0 && startsUpper(w) && !v.sentenceStart(i) &&
        !rules.titles.has(w) &&
        (rules.titles.has(words[i - 1]!) || (out[i - 1]!.upos === 'PROPN' && out[i - 1]!.source === 'guess' && !INNER_CAPITAL.test(words[i - 1]!) && !words[i - 1]!.endsWith('s')))) {
      choice = { ...choice, upos: 'PROPN', lemma: w };
    }
    // A short noun right before an unknown capitalised word, with no article, is a first name
    // (`Horst Görtz`, `Ernst Thälmann`); titles (`Präsident Obama`) are longer or listed.
    if (choice.upos === 'NOUN' && startsUpper(w) && w.length <= 6 && !w.endsWith('.') && !rules.titles.has(w) && i + 1 < n &&
        (i === 0 || !NOUN_PHRASE_START.has(out[i - 1]!.upos)) &&
        readings[i + 1]!.length === 1 && readings[i + 1]![0]!.upos === 'PROPN' && readings[i + 1]![0]!.source === 'guess' &&
        !INNER_CAPITAL.test(words[i + 1]!) && (i + 2 >= n || !startsUpper(words[i + 2]!))) {
      choice = { ...choice, upos: 'PROPN', lemma: w };
    }
    // A word typed in lower case after an article is the noun it spells (`das hotel`).
    if (choice.upos === 'ADJ' && choice.source === 'guess' && i > 0 && out[i - 1]!.upos === 'DET' && has(rs, 'NOUN') && !v.nominalNext(i)) {
      choice = pick(rs, 'NOUN', lw)!;
    }
    // Acronyms and words with inner capitals (`die EU`, `der EuGH`) stay names.
    if (choice.upos === 'PROPN' && choice.source === 'guess' && choice.common && i > 0 && (out[i - 1]!.upos === 'DET' || out[i - 1]!.upos === 'ADJ') && !INNER_CAPITAL.test(w)) {
      choice = { ...choice, upos: 'NOUN' };
    }
    out[i] = choice;
  }
  return out;
}
