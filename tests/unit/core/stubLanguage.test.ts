/**
 * A made-up language ("Zorbish") runs through the whole pipeline: analysis, facts and a quiz.
 * The core must get every word from the model it is given, so nothing German may come out.
 * The stub sets only what Zorbish has; every other field of the model is empty (see `blank`).
 */
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/core/engine';
import { extractFacts } from '../../../src/core/facts/extract';
import { defaultLanguage } from '../../../src/core/languages';
import type { LanguageModel } from '../../../src/core/languageModel';
import { lookupWord } from '../../../src/core/lookup';
import { parseDictionary } from '../../../src/core/dictionary';
import { generateQuiz } from '../../../src/core/quiz';
import { writeAsset } from '../../../scripts/dict/asset';
import { parseDing } from '../../../scripts/dict/ding';

/** The same shape with no content: no word, no pattern that matches, no number. */
function blank<T>(shape: T): T {
  if (shape instanceof Set) return new Set() as T;
  if (shape instanceof Map) return new Map() as T;
  if (shape instanceof RegExp) return new RegExp('(?!)', shape.flags) as T;
  if (Array.isArray(shape)) return [] as T;
  if (typeof shape === 'string') return '' as T;
  if (typeof shape === 'number') return shape;
  if (typeof shape === 'function') return ((...xs: unknown[]) => ['zo', ...xs.map(String), '?'].join(' ')) as T;
  if (shape && typeof shape === 'object') return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, blank(v)])) as T;
  return shape;
}

const shape = blank(defaultLanguage);
const FUNCTION_WORDS = ['ka', 'mi', 'tu'];
const zorbish: LanguageModel = {
  ...shape,
  tag: 'x-zorb',
  morphology: {
    ...shape.morphology,
    closedClass: new Map([['ka', [{ lemma: 'ka', upos: 'DET' }]], ['mi', [{ lemma: 'mi', upos: 'CCONJ' }]], ['tu', [{ lemma: 'tu', upos: 'ADP' }]]]),
    capitalisedNouns: false,
    genderArticles: { m: 'lo', f: 'la', n: 'li' },
    placesOfAdjective: () => [],
  },
  glossVariants: () => [],
  glossary: { genderArticles: { m: 'lo', f: 'la', n: 'li' }, regionNotes: { '[Zb. Nord]': 'at' }, reflexive: 'se', reflexiveForms: {}, valency: new Set(['ko.']), genderEndings: '', markedNote: /\[vulg\]/, markedSense: /(?!)/, spellingMarks: /(?!)/, senseSlots: /(?!)/g, abbreviation: /(?!)/g, variants: () => [], degreeForms: () => [], participleVerbs: () => [], contractions: {}, placeNote: '[Zb. Ort]', numberWords: [], compoundHead: '…', compoundModifier: '…' },
  tokenizer: { ...shape.tokenizer, quotes: ['"'] },
  detect: (words) => words.filter((w) => FUNCTION_WORDS.includes(w)).length / Math.max(1, words.length),
  // Zorbish has no trained name tagger: its facts find names by their cues alone.
  facts: { ...shape.facts, nerModel: undefined, functionWords: new Set(FUNCTION_WORDS), numberMarks: { decimal: '.', group: ',' }, isNoun: (t) => t.upos === 'NOUN' || t.upos === 'PROPN' },
};
// Lexicon: a noun with gender and plural, a verb with its forms (asset format of scripts/buildLexicon.ts).
const LEXICON = '#lesestoff-lexicon 1\nN\tplimo\tm\tplimoi\t\nV\tzantu\t-\t-\tzantas zantor\n';
// Zorbish writes nouns in lower case and names with a capital.
const TEXT = 'Ka Borin Velt zantas 48 plimoi tu Kora. Ka plimo mi ka Borin Velt zantor 12 plimoi tu Mavri. Ka Kora zantas 30 plimoi mi 7 plimoi.';
/** Words a German leak would bring in (articles, cue words, prompts, reasons). */
const GERMAN = /\b(der|die|das|und|nicht|Wer|Wie|viele|Welche|sagte|laut|Text|richtig|falsch|Jahr|Uhr)\b/;

describe('a stub language through the whole pipeline', () => {
  const engine = createEngine(zorbish, { lexicon: new TextEncoder().encode(LEXICON) });
  const analysis = engine.analyze(TEXT);

  it('tags with the stub model only', () => {
    const [sentence] = engine.analyze('Ka Borin Velt zantas 48 plimoi tu Kora.').sentences;
    expect(sentence!.tokens.map((t) => `${t.text}/${t.lemma}/${t.upos}`).join(' '))
      .toBe('Ka/ka/DET Borin/Borin/PROPN Velt/Velt/PROPN zantas/zantu/VERB 48/48/NUM plimoi/plimo/NOUN tu/tu/ADP Kora/Kora/PROPN ././PUNCT');
    expect(analysis.sentences).toHaveLength(3);
  });

  it("gives a noun's gender as the stub's article, not a German one", () => {
    const plimoi = engine.analyze('Ka plimoi.').sentences[0]!.tokens[1]!;
    expect([plimoi.lemma, plimoi.gender]).toEqual(['plimo', 'lo']);
  });

  it("writes a glossary card with the stub's article and region note, not German ones", () => {
    // One noun, marked as northern Zorbish, built as the glossary asset is.
    const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', parseDing('plimo {m} [Zb. Nord] :: dog'))) });
    const card = lookupWord('plimoi', { dictionary, glossary: zorbish.glossary, lemmatize: (w) => engine.lemmatize(w) });
    expect([card.lemma, card.gender, card.senses, card.regions]).toEqual(['plimo', 'lo', ['dog'], ['at']]);
  });

  it("reads the stub's own object slot in a glossary wording as no word of an idiom", () => {
    // `ko. zantu` is the verb with its object's slot, `pa zantu` an idiom the verb is part of.
    const records = [
      { headword: 'zantu', grammar: ['vt'], senses: ['to carry off'], form: 'pa zantu' },
      { headword: 'zantu', grammar: ['vt'], senses: ['to carry'], form: 'ko. zantu' },
    ];
    const senses = (glossary: LanguageModel['glossary']) => {
      const dictionary = parseDictionary({ en: new TextEncoder().encode(writeAsset('en', records, undefined, glossary)) });
      return lookupWord('zantas', { dictionary, glossary, lemmatize: (w) => engine.lemmatize(w), context: ['ka', 'zantas', 'plimoi'] }).senses;
    };
    expect(senses(zorbish.glossary)).toEqual(['to carry']);
    // German slots (`etw.`) make `ko.` a word: the verb's own sense would be filed as an idiom too.
    expect(senses({ ...zorbish.glossary, valency: defaultLanguage.glossary.valency })).toEqual([]);
  });

  it('extracts facts and makes a quiz with no German word in them', () => {
    const facts = extractFacts(TEXT, analysis, { article: 'z1', date: null, outlet: null }, zorbish.facts);
    expect(facts.facts.length).toBeGreaterThan(0);
    // The counted thing is a noun by the stub's noun test, written in lower case.
    expect(facts.facts.filter((f) => f.kind === 'number').map((f) => f.counted)).toContain('plimoi');
    const quiz = generateQuiz([{ id: 'z1', text: TEXT, analysis }], { seed: 1 }, zorbish);
    expect(quiz.questions.length).toBeGreaterThan(0);
    const out = JSON.stringify({ facts, questions: quiz.questions, reasons: quiz.reasons });
    expect(out).not.toMatch(GERMAN);
  });

  it('would notice German wording: the same quiz with the German quiz language has it', () => {
    const quiz = generateQuiz([{ id: 'z1', text: TEXT, analysis }], { seed: 1 }, { ...zorbish, quiz: defaultLanguage.quiz });
    expect(JSON.stringify(quiz.questions)).toMatch(GERMAN);
  });
});
