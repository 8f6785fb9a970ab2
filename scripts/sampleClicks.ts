/**
 * Draws the click set's tokens (issue 14, eval/clicks/README.md): word occurrences picked at random
 * from the development news (../shared/eval/news, never shipped), so frequent words come up as
 * often as they do in reading. The engine is used for segmentation only — paragraphs, sentences,
 * tokens as the reader shows them — and to leave out the closed classes (articles, prepositions,
 * pronouns, conjunctions, numbers, punctuation). Names, auxiliaries and any other function word the
 * tagger let through are set aside by the annotator, not here, so a tagging mistake cannot hide a
 * content word from the set. Nothing of the engine's reading is printed: the annotator must not see it.
 *
 *   npx tsx scripts/sampleClicks.ts [--seed N] [--count N] > eval/clicks/sample.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWordToken, mulberry32, paragraphSpans, shuffle, type Token } from '../src/core';
import { loadEngine } from '../src/node/engineNode';

const SHARED = process.env.LESESTOFF_SHARED ?? '/work/shared';
// Open classes, plus PROPN and X: the tagger's guess at an unknown capitalised word must not drop a noun.
const OPEN = new Set(['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'X']);

export interface ClickSample {
  id: string;
  file: string;
  /** UTF-16 offsets of the token in the file. */
  start: number;
  end: number;
  text: string;
  sentence: string;
}

/**
 * A separable verb's particle (`kündigte … an`) is a click on the verb, but a tagger may call it a
 * preposition: a preposition with nothing after it in its clause is kept whatever the tagger linked.
 */
const isCandidate = (t: Token, next: Token | undefined): boolean =>
  isWordToken(t) && (OPEN.has(t.upos) || t.sepVerb !== undefined || (t.upos === 'ADP' && (next === undefined || next.upos === 'PUNCT')));

export async function sampleClicks(seed: number, count: number): Promise<ClickSample[]> {
  const dir = path.join(SHARED, 'eval', 'news');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const engine = await loadEngine();
  const pool: Omit<ClickSample, 'id'>[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    // Paragraph by paragraph, as the reader analyses an article.
    for (const span of paragraphSpans(text)) {
      for (const s of engine.analyze(text.slice(span.start, span.end)).sentences) {
        const sentence = text.slice(span.start + s.start, span.start + s.end);
        s.tokens.forEach((t, i) => {
          if (isCandidate(t, s.tokens[i + 1])) pool.push({ file, start: span.start + t.start, end: span.start + t.end, text: t.text, sentence });
        });
      }
    }
  }
  return shuffle(pool, mulberry32(seed)).slice(0, count).map((c, i) => ({ id: `c${String(i + 1).padStart(3, '0')}`, ...c }));
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const v = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} wants a positive whole number`);
  return v;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const samples = await sampleClicks(arg('--seed', 14), arg('--count', 400));
  process.stdout.write(samples.map((s) => JSON.stringify(s) + '\n').join(''));
}
