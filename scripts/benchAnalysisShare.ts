/**
 * Steady analysis against the least a reader could need (issue 19): `engine.analyze` over the development news texts,
 * warm, as a share of the tokenizer plus one Map lookup per token (each word's lemma from a table) over the same texts
 * in the same process. CPU time of the process, not the clock, so that other programs on a busy machine do not count;
 * the two passes alternate, nine of each, and the best of each is taken, so that the machine's state weighs alike on both.
 *   analyze.steadyTokensPerSec, analyze.tokenizerMapTokensPerSec, analyze.steadySharePct (issue 19 aims at ≥ 50)
 * Then, after the timed passes, the bytes each pass allocates per token (V8's sampling heap profiler, objects the
 * collector has freed included): a figure of the work done that another program's load does not move, as the times do.
 *   analyze.steadyAllocBytesPerToken, analyze.tokenizerMapAllocBytesPerToken
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
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
  const cpuMs = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const timed = (pass: () => number): number => {
    const start = cpuMs();
    // The count is checked so that no pass can be optimised away.
    if (pass() <= 0) throw new Error('bench: a pass saw no tokens');
    return cpuMs() - start;
  };
  const tokenizerMap = (): number => {
    let found = 0;
    for (const text of texts) for (const s of tokenize(text, defaultLanguage.tokenizer)) for (const t of s.tokens) if (lemmaOf.get(t.text) !== undefined) found++;
    return found;
  };
  const analyze = (): number => {
    let seen = 0;
    for (const text of texts) for (const s of engine.analyze(text).sentences) seen += s.tokens.length;
    return seen;
  };
  let tokenizerMapMs = Infinity, analyzeMs = Infinity;
  for (let i = 0; i < 9; i++) {
    tokenizerMapMs = Math.min(tokenizerMapMs, timed(tokenizerMap));
    analyzeMs = Math.min(analyzeMs, timed(analyze));
  }
  const perSec = (ms: number) => Math.round(tokens / (ms / 1000));
  const session = new Session();
  session.connect();
  const allocated = async (pass: () => number): Promise<number> => {
    await session.post('HeapProfiler.startSampling', { samplingInterval: 256, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    for (let i = 0; i < ALLOC_PASSES; i++) pass();
    const { profile } = await session.post('HeapProfiler.stopSampling');
    let bytes = 0;
    const sum = (node: typeof profile.head): void => { bytes += node.selfSize; node.children.forEach(sum); };
    sum(profile.head);
    return Math.round(bytes / ALLOC_PASSES / tokens);
  };
  const figures = {
    'analyze.steadyTokensPerSec': perSec(analyzeMs),
    'analyze.tokenizerMapTokensPerSec': perSec(tokenizerMapMs),
    'analyze.steadySharePct': Math.round((tokenizerMapMs / analyzeMs) * 1000) / 10,
    'analyze.steadyAllocBytesPerToken': await allocated(analyze),
    'analyze.tokenizerMapAllocBytesPerToken': await allocated(tokenizerMap),
  };
  session.disconnect();
  return figures;
}

/** Passes whose allocations are sampled: the sampler's error shrinks with the bytes it sees. */
const ALLOC_PASSES = 3;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  console.log(await benchAnalysisShare());
}
