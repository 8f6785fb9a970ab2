import { describe, expect, it } from 'vitest';
import { extractFacts, factSentences, MAX_FACT_SENTENCE_TOKENS, MAX_FACT_TOKENS } from '../../../../src/core/facts/extract';
import { germanFactRules } from '../../../../src/core/de/factRules';
import { defaultLanguage } from '../../../../src/core/languages';
import { generateQuiz } from '../../../../src/core/quiz';
import { analyze } from './helpers';

/** A pasted table: rows of figures with words but no sentence end, so the whole table is one "sentence". */
const table = (figures: number): string =>
  Array.from({ length: figures / 4 }, (_, r) => `in der Stadt Nordland ${[1, 2, 3, 4].map((c) => 1000 + ((r * 37 + c * 101) % 90000)).join(' und ')} Euro`).join('\n');

const LEAD = 'Ole Brandt hat am Montag in Nordland 120 neue Wohnungen eröffnet.';
const LAST = 'Die Stadt will bis zum Sommer weitere 45 Wohnungen bauen.';

describe('factSentences', () => {
  it('keeps an oversized sentence in its place without its tokens, and the sentences around it whole', () => {
    const text = `${LEAD}\n\n${table(2_000)}\n\n${LAST}`;
    const analysis = analyze(text);
    const read = factSentences(analysis);
    expect(read.sentences.length).toBe(analysis.sentences.length);
    expect(read.sentences.map((s) => s.tokens.length > 0)).toEqual(analysis.sentences.map((s) => s.tokens.length <= MAX_FACT_SENTENCE_TOKENS));
    expect(analysis.sentences.some((s) => s.tokens.length > MAX_FACT_SENTENCE_TOKENS)).toBe(true);
  });

  it('reads no more than the first MAX_FACT_TOKENS tokens', () => {
    const long = Array.from({ length: 1_200 }, (_, i) => `Ole Brandt baute im Jahr ${1000 + i} eine Brücke.`).join(' ');
    const read = factSentences(analyze(long));
    const tokens = read.sentences.reduce((n, s) => n + s.tokens.length, 0);
    expect(tokens).toBeLessThanOrEqual(MAX_FACT_TOKENS);
    expect(tokens).toBeGreaterThan(MAX_FACT_TOKENS - 20);
  });

  it('gives an ordinary text its own analysis back', () => {
    const analysis = analyze(`${LEAD} ${LAST}`);
    expect(factSentences(analysis)).toBe(analysis);
  });
});

describe('extractFacts on a pasted table', () => {
  it('asks nothing of a table of 2,000 figures, and the sentences around it as before', () => {
    const text = `${LEAD}\n\n${table(2_000)}\n\n${LAST}`;
    const numbers = extractFacts(text, analyze(text), { article: 'a.txt' }, germanFactRules).facts.flatMap((f) => (f.kind === 'number' ? [f.numberText] : []));
    expect(numbers).toEqual(['120', '45']);
  });

  it('makes a quiz of a text with a table of 20,000 figures, or says why not', () => {
    const text = `Werte aus Nordland\n\n${LEAD}\n\n${table(20_000)}`;
    const quiz = generateQuiz([{ id: 'a.txt', text, analysis: analyze(text) }], { seed: 1 }, defaultLanguage);
    expect(quiz.questions.length > 0 || (quiz.reasons ?? []).length > 0).toBe(true);
    // Asked from the lead only: the table's "sentence" starts after it.
    expect(quiz.questions.flatMap((q) => q.evidence).every((e) => e.end <= text.indexOf('in der Stadt'))).toBe(true);
  });
});
