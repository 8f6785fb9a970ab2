/**
 * Draws the click set's tokens (issue 14, eval/clicks/README.md): word occurrences picked at random
 * from the development news (../shared/eval/news, never shipped), so frequent words come up as
 * often as they do in reading. The engine is used for segmentation only — paragraphs, sentences,
 * tokens as the reader shows them — and to leave out the closed classes (articles, prepositions,
 * pronouns, conjunctions, numbers, punctuation). Names, auxiliaries and any other function word the
 * tagger let through are set aside by the annotator, not here, so a tagging mistake cannot hide a
 * content word from the set. Nothing of the engine's reading is printed: the annotator must not see it.
 *
 * Random clicks bring few separable verbs, superlatives and umlaut plurals, the hard words issue 14
 * names, so `--hard` draws a supplement of those at random from their occurrences, found by the
 * word's form and the language model's particle and umlaut lists, never by the engine's reading.
 *
 *   npx tsx scripts/sampleClicks.ts [--seed N] [--count N] > eval/clicks/dev.jsonl (then annotated)
 *   npx tsx scripts/sampleClicks.ts --hard [--seed N] [--count N per kind] > eval/clicks/hard.jsonl
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLanguage, isWordToken, mulberry32, paragraphSpans, shuffle, type Token } from '../src/core';
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

type Occurrence = Omit<ClickSample, 'id'> & { token: Token; next: Token | undefined };

/** Every token of the development news with its place, paragraph by paragraph as the reader analyses an article. */
async function occurrences(): Promise<Occurrence[]> {
  const dir = path.join(SHARED, 'eval', 'news');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const engine = await loadEngine();
  const out: Occurrence[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const span of paragraphSpans(text)) {
      for (const s of engine.analyze(text.slice(span.start, span.end)).sentences) {
        const sentence = text.slice(span.start + s.start, span.start + s.end);
        s.tokens.forEach((t, i) => out.push({ file, start: span.start + t.start, end: span.start + t.end, text: t.text, sentence, token: t, next: s.tokens[i + 1] }));
      }
    }
  }
  return out;
}

const draw = (pool: Occurrence[], seed: number, count: number, prefix: string): ClickSample[] =>
  shuffle(pool, mulberry32(seed))
    .slice(0, count)
    .map(({ file, start, end, text, sentence }, i) => ({ id: `${prefix}${String(i + 1).padStart(3, '0')}`, file, start, end, text, sentence }));

export async function sampleClicks(seed: number, count: number): Promise<ClickSample[]> {
  return draw((await occurrences()).filter((o) => isCandidate(o.token, o.next)), seed, count, 'c');
}

const PUNCT = /^\p{P}+$/u;

/**
 * Candidates by form alone, for the annotator to sift: a particle closing its clause (`kündigte … an`);
 * an adjective form in -st- plus an ending (`stärkste`, `meisten`, `größten`); a capitalised word with an umlaut
 * whose form without it and without a plural ending is a word of the same news (`Verträge` ← `Vertrag`).
 */
function hardKinds(all: Occurrence[]): Record<string, (o: Occurrence) => boolean> {
  const { separableParticles, umlauts, adjectiveEndings } = defaultLanguage.morphology;
  // -st- after a stem (`wichtigste`, `größte` with ß), not a -sst- verb form (`musste`).
  const superlative = new RegExp(`^\\p{Ll}{2,}(?<!s)(?:st|ßt)(?:${adjectiveEndings.join('|')})$`, 'u');
  const words = new Set(all.map((o) => o.text));
  const plainOf = Object.entries(umlauts).map(([plain, marked]) => [marked, plain] as const);
  // Plural endings: -e (Verträge), -er (Häuser), -en, -n, none (Mütter); -ern is -er in the dative.
  const pluralEndings = ['', 'e', 'er', 'ern', 'en', 'n'];
  const umlautPlural = (w: string): boolean =>
    /^\p{Lu}/u.test(w) &&
    plainOf.some(([marked, plain]) => {
      const i = w.indexOf(marked);
      if (i < 0) return false;
      const base = w.slice(0, i) + plain + w.slice(i + 1);
      return pluralEndings.some((e) => base.endsWith(e) && base.length - e.length >= 3 && words.has(base.slice(0, base.length - e.length)));
    });
  return {
    separable: (o) => separableParticles.has(o.text.toLowerCase()) && (o.next === undefined || PUNCT.test(o.next.text)),
    superlative: (o) => superlative.test(o.text),
    'umlaut-plural': (o) => umlautPlural(o.text),
  };
}

export async function sampleHardClicks(seed: number, countPerKind: number): Promise<ClickSample[]> {
  const all = await occurrences();
  const kinds = hardKinds(all);
  const prefix: Record<string, string> = { separable: 'sep', superlative: 'sup', 'umlaut-plural': 'uml' };
  return Object.entries(kinds).flatMap(([kind, test]) => draw(all.filter(test), seed, countPerKind, prefix[kind]!));
}

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  const v = i < 0 ? fallback : Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`${name} wants a positive whole number`);
  return v;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const hard = process.argv.includes('--hard');
  const samples = hard ? await sampleHardClicks(arg('--seed', 14), arg('--count', 40)) : await sampleClicks(arg('--seed', 14), arg('--count', 400));
  process.stdout.write(samples.map((s) => JSON.stringify(s) + '\n').join(''));
}
