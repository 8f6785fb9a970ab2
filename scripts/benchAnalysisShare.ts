/**
 * Steady analysis against the least a reader could need (issue 19): `engine.analyze` over the development news texts,
 * warm, as a share of the tokenizer plus one Map lookup per token (each word's lemma from a table) over the same texts
 * in the same process. The best of five passes each, so a busy machine's pauses count less.
 *   analyze.steadyTokensPerSec, analyze.tokenizerMapTokensPerSec, analyze.steadySharePct (issue 19 aims at ≥ 50)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultLanguage, tokenize } from '../src/core';
import { loadEngine } from '../src/node/engineNode';

const SHARED = process.env['LESESTOFF_SHARED'] ?? '/work/shared';

export async function benchAnalysisShare(): Promise<Record<string, number>> {
  const dir = path.join(SHARED, 'eval', 'news');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const engine = await loadEngine();
  const lemmaOf = new Map<string, string>();
  let tokens = 0;
  for (const text of texts) {
    for (const s of engine.analyze(text).sentences) {
      tokens += s.tokens.length;
      for (const t of s.tokens) lemmaOf.set(t.text, t.lemma);
    }
  }
  const best = (pass: () => number): number => {
    let fastest = Infinity;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      // The count is checked so that no pass can be optimised away.
      if (pass() <= 0) throw new Error('bench: a pass saw no tokens');
      fastest = Math.min(fastest, performance.now() - start);
    }
    return fastest;
  };
  const tokenizerMapMs = best(() => {
    let found = 0;
    for (const text of texts) for (const s of tokenize(text, defaultLanguage.tokenizer)) for (const t of s.tokens) if (lemmaOf.get(t.text) !== undefined) found++;
    return found;
  });
  const analyzeMs = best(() => {
    let seen = 0;
    for (const text of texts) for (const s of engine.analyze(text).sentences) seen += s.tokens.length;
    return seen;
  });
  const perSec = (ms: number) => Math.round(tokens / (ms / 1000));
  return {
    'analyze.steadyTokensPerSec': perSec(analyzeMs),
    'analyze.tokenizerMapTokensPerSec': perSec(tokenizerMapMs),
    'analyze.steadySharePct': Math.round((tokenizerMapMs / analyzeMs) * 1000) / 10,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(await benchAnalysisShare());
}
