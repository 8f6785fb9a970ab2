/**
 * Candidate readings (lemma + UPOS) of one word out of context (issue 4): the closed-class
 * table, the lexicon, then rules for what the lexicon lacks (comparison, ordinals, participles
 * used as adjectives, unknown words by suffix). Language data comes in as `MorphRules`.
 */
import type { Article, Upos } from './analysis';
import type { Lexicon, LexEntry } from './lexicon';

export interface MorphRules {
  /** lower-case form → readings, most frequent first. */
  closedClass: ReadonlyMap<string, readonly { lemma: string; upos: Upos }[]>;
  adverbs: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  separableParticles: ReadonlySet<string>;
  /** Inflected stem of comparison → positive (`besser` → `gut`). */
  irregularComparison: Readonly<Record<string, string>>;
  ordinalStems: Readonly<Record<string, string>>;
  /** Common-noun lemmas that UD tags PROPN (weekdays, months, currencies). */
  properNounLemmas: ReadonlySet<string>;
  /** Adjective endings, longest first (`en`, `em`, `er`, `es`, `e`). */
  adjectiveEndings: readonly string[];
  /** Vowel → umlaut pairs for comparison (`a` → `ä`). */
  umlauts: Readonly<Record<string, string>>;
  suffixRules: readonly { suffix: string; upos: 'NOUN' | 'ADJ' | 'VERB' | 'ADV'; cut: number; add: string; capital?: boolean }[];
}

export interface Reading {
  lemma: string;
  upos: Upos;
  gender?: Article;
  plural?: string;
  /** Where it came from; the tagger trusts 'closed' and 'lex' over rule guesses. */
  source: 'closed' | 'lex' | 'rule' | 'guess';
  /** Verbs: the form is a past participle, infinitive or zu-infinitive (non-finite). */
  nonFinite?: boolean;
  /** Nouns: a nominalised infinitive (`das Fragen`). */
  nominalised?: boolean;
}

const NOUN_ENDINGS: [string, string][] = [['es', 'mn'], ['s', 'mn'], ['en', 'm'], ['n', 'm'], ['e', 'mn']];

const GENDER: Record<string, Article> = { m: 'der', f: 'die', n: 'das' };

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
export const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

export function fromEntry(e: LexEntry, form: string, rules: MorphRules): Reading {
  if (e.kind === 'N') {
    const r: Reading = { lemma: e.lemma, upos: rules.properNounLemmas.has(e.lemma) ? 'PROPN' : 'NOUN', source: 'lex' };
    if (e.gender) r.gender = GENDER[e.gender];
    if (e.plural) r.plural = e.plural;
    return r;
  }
  if (e.kind === 'V') {
    const r: Reading = { lemma: e.lemma, upos: rules.auxiliaries.has(e.lemma) ? 'AUX' : 'VERB', source: 'lex' };
    if (form === e.lemma || e.participles?.includes(form) || (e.particle && form.startsWith(e.particle + 'zu'))) r.nonFinite = true;
    return r;
  }
  return { lemma: e.lemma, upos: 'ADJ', source: 'lex' };
}

export class Lemmatizer {
  private readonly cache = new Map<string, readonly Reading[]>();

  constructor(private readonly lex: Lexicon, private readonly rules: MorphRules) {}

  /** All readings of a word as written; `sentenceStart` also tries it in lower case. */
  readings(word: string): readonly Reading[] {
    const hit = this.cache.get(word);
    if (hit) return hit;
    const out = this.compute(word);
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(word, out);
    return out;
  }

  private compute(word: string): Reading[] {
    const out: Reading[] = [];
    if (!word.trim()) return out;
    const rules = this.rules;
    const lower = word.toLowerCase();
    const push = (r: Reading): void => {
      if (!out.some((o) => o.lemma === r.lemma && o.upos === r.upos)) out.push(r);
    };

    // Numbers and punctuation.
    if (/^\d+\.$/.test(word)) return [{ lemma: word, upos: 'ADJ', source: 'rule' }];
    if (/^[\d.,:/-]*\d[\d.,:/-]*$/.test(word)) return [{ lemma: word, upos: 'NUM', source: 'rule' }];
    if (/^[\p{P}`´]+$/u.test(word)) return [{ lemma: word, upos: 'PUNCT', source: 'rule' }];
    if (/^[\p{S}]+$/u.test(word)) return [{ lemma: word, upos: word === '€' || word === '%' ? 'X' : 'SYM', source: 'rule' }];

    for (const r of rules.closedClass.get(lower) ?? []) push({ ...r, source: 'closed' });

    const allCaps = word.length > 1 && word === word.toUpperCase() && word !== lower;
    const variants = allCaps ? [word, capitalise(lower), lower] : isUpper(word.charAt(0)) ? [word, lower] : [word, capitalise(word)];
    for (const v of variants) {
      for (const e of this.lex.lookup(v)) {
        // A lower-case word is a noun only when written so by mistake: keep it last.
        if (e.kind === 'N' && !isUpper(v.charAt(0))) continue;
        if (e.kind !== 'N' && isUpper(v.charAt(0))) continue;
        push(fromEntry(e, v, rules));
      }
    }
    for (const r of out) if (r.upos === 'NOUN' && r.lemma === word && this.lex.lemma(lower, 'V')) r.nominalised = true;
    if (isUpper(word.charAt(0)) && !allCaps && !out.some((r) => r.upos === 'NOUN' || r.upos === 'PROPN')) {
      for (const e of this.nounForms(word)) push(fromEntry(e, word, rules));
    }
    if (rules.adverbs.has(lower)) push({ lemma: lower, upos: 'ADV', source: 'closed' });
    if (out.length) return out;

    // Comparison, ordinals and inflected participles (lower-case words only).
    for (const r of this.adjectiveRules(lower)) push(r);
    if (out.length) return out;
    for (const r of this.suffixGuess(word)) push(r);
    return out;
  }

  /**
   * Noun entries of a form, also for case endings the lists leave out (`Jahres`, `Herrn`):
   * genitive -(e)s and dative -e of masculine and neuter nouns, -(e)n of weak masculines.
   */
  nounForms(word: string): LexEntry[] {
    const direct = this.lex.lookup(word).filter((e) => e.kind === 'N');
    if (direct.length) return direct;
    for (const [end, genders] of NOUN_ENDINGS) {
      if (word.length <= end.length + 2 || !word.endsWith(end)) continue;
      const e = this.lex.lemma(word.slice(0, -end.length), 'N');
      if (e && e.gender && genders.includes(e.gender)) return [e];
    }
    return [];
  }

  /** `größeren` → groß, `ersten` → erst, `gestiegenen` → gestiegen, `kommenden` → kommend. */
  adjectiveRules(w: string): Reading[] {
    const rules = this.rules;
    const out: Reading[] = [];
    const stems = [w];
    for (const end of rules.adjectiveEndings) if (w.length > end.length + 2 && w.endsWith(end)) stems.push(w.slice(0, -end.length));
    for (const s of stems) {
      const ord = rules.ordinalStems[s];
      if (ord) return [{ lemma: ord, upos: 'ADJ', source: 'rule' }];
      const irr = rules.irregularComparison[s];
      if (irr) return [{ lemma: irr, upos: 'ADJ', source: 'rule' }];
    }
    for (const s of stems) {
      // Participles used as adjectives: the inflected form of a participle the lexicon lists.
      if (s !== w) {
        for (const e of this.lex.lookup(s)) if (e.kind === 'V' && (s.endsWith('end') || s.endsWith('t') || s.endsWith('n'))) {
          return [{ lemma: s, upos: 'ADJ', source: 'rule' }];
        }
      }
      // Comparative -er / superlative -(e)st on a known adjective, with or without umlaut.
      for (const suf of ['er', 'est', 'st']) {
        if (!s.endsWith(suf) || s.length < suf.length + 2) continue;
        const base = s.slice(0, -suf.length);
        for (const cand of [base, this.deUmlaut(base)]) {
          if (cand && this.lex.lemma(cand, 'A')) return [{ lemma: cand, upos: 'ADJ', source: 'rule' }];
        }
      }
      // Ordinals of compound numerals (`zwanzigsten`, `einundzwanzigste`).
      if (/(zig|ßig|hundert|tausend)st$/.test(s) || /(zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf)t$/.test(s)) {
        return [{ lemma: s, upos: 'ADJ', source: 'rule' }];
      }
    }
    return out;
  }

  private deUmlaut(s: string): string | undefined {
    for (const [plain, uml] of Object.entries(this.rules.umlauts)) {
      const i = s.lastIndexOf(uml);
      if (i >= 0) return s.slice(0, i) + plain + s.slice(i + 1);
    }
    return undefined;
  }

  private suffixGuess(word: string): Reading[] {
    const cap = isUpper(word.charAt(0));
    const lower = word.toLowerCase();
    for (const r of this.rules.suffixRules) {
      if (!lower.endsWith(r.suffix) || lower.length <= r.suffix.length + 2) continue;
      if (r.capital !== undefined && r.capital !== cap) continue;
      if (!r.capital && cap) continue;
      const lemma = (r.capital ? word : lower).slice(0, word.length - r.cut) + r.add;
      return [{ lemma, upos: r.upos, source: 'guess' }];
    }
    return [];
  }
}
