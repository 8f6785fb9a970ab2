/**
 * One word → its glossary card: lemma, part of speech, gender, plural and senses. The morphology
 * engine plugs in as `lemmatize` (inflected forms → dictionary forms) and `split` (compounds →
 * parts, each looked up on its own); without them the word is looked up as written.
 */
import type { Article, CompoundPart, Upos } from './analysis';
import type { DictEntry, Dictionary } from './dictionary';

export interface LemmaCandidate {
  lemma: string;
  upos: Upos;
  gender?: Article;
  plural?: string;
}

export interface LookupDeps {
  dictionary: Dictionary;
  lang?: string;
  /** Candidates best first; the first one the dictionary knows wins. */
  lemmatize?: (word: string) => LemmaCandidate[];
  /** Compound parts (`Engine.split`); a word with two or more parts gets `parts` on its card. */
  split?: (word: string) => { parts: CompoundPart[] };
}

export interface WordLookup {
  word: string;
  lemma: string;
  pos: Upos | null;
  gender: Article | null;
  plural: string | null;
  /** Senses of the exact-headword entries, best first, without repeats. */
  senses: string[];
  entries: DictEntry[];
  /** Compounds: each part as written with its own card (`Verteidigung|s` + `Minister`). */
  parts?: PartLookup[];
}

/** A compound part's card: the part as written, its linking element, and its lemma's senses. */
export interface PartLookup {
  text: string;
  link?: string;
  lemma: string;
  pos: Upos | null;
  gender: Article | null;
  plural: string | null;
  senses: string[];
}

const GENDER: Record<string, Article> = { m: 'der', f: 'die', n: 'das' };
// Ding's brace codes → Universal Dependencies tags.
const POS: Record<string, Upos> = {
  m: 'NOUN', f: 'NOUN', n: 'NOUN', pl: 'NOUN', v: 'VERB', vt: 'VERB', vi: 'VERB', vr: 'VERB',
  adj: 'ADJ', adv: 'ADV', prp: 'ADP', conj: 'CCONJ', art: 'DET', pron: 'PRON', ppron: 'PRON', num: 'NUM', interj: 'INTJ',
};

const isExact = (entry: DictEntry, lemma: string) => entry.headword.toLowerCase() === lemma.toLowerCase();

export function lookupWord(word: string, deps: LookupDeps): WordLookup {
  const card = lookupOne(word, deps);
  const parts = deps.split?.(word).parts;
  if (parts && parts.length > 1) {
    // Parts are looked up by their lemma; the engine already knows what each part is.
    const partDeps: LookupDeps = { dictionary: deps.dictionary, lang: deps.lang ?? 'en' };
    if (deps.lemmatize) partDeps.lemmatize = deps.lemmatize;
    card.parts = parts.map((p) => {
      const { lemma, pos, gender, plural, senses } = lookupOne(p.lemma, partDeps);
      const out: PartLookup = { text: p.text, lemma, pos, gender, plural, senses };
      if (p.link) out.link = p.link;
      return out;
    });
  }
  return card;
}

function lookupOne(word: string, deps: LookupDeps): WordLookup {
  const { dictionary, lang = 'en' } = deps;
  const candidates = deps.lemmatize?.(word) ?? [];
  const candidate = candidates.find((c) => dictionary.has(c.lemma, lang)) ?? candidates[0];
  const lemma = candidate?.lemma ?? word;
  const entries = dictionary.lookup(lemma, lang);
  const exact = entries.filter((e) => isExact(e, lemma));
  const grammar = exact.flatMap((e) => e.grammar);
  const gender = grammar.map((g) => GENDER[g]).find((g) => g !== undefined);
  return {
    word,
    // Sentence-initial "Die" is reported as the dictionary writes it: "die".
    lemma: exact[0]?.headword ?? lemma,
    pos: candidate?.upos ?? grammar.map((g) => POS[g]).find((p) => p !== undefined) ?? null,
    gender: candidate?.gender ?? gender ?? null,
    plural: candidate?.plural ?? exact.find((e) => e.plural)?.plural ?? null,
    senses: [...new Set(exact.flatMap((e) => e.senses))],
    entries,
  };
}
