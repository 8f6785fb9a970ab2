/**
 * Glossary coverage on unseen news (../shared/eval/news, issue 4): the share of content words
 * (NOUN, VERB, ADJ, ADV by the engine's own tagging; names are not counted) that get at least
 * one English sense: for their lemma, for the engine's `gloss` headword (participle → verb,
 * hyphenated compound → head; see GlossedToken), or through every compound part.
 * Standalone: `npx tsx scripts/evalCoverage.ts` also lists the most frequent unglossed lemmas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GlossedToken } from '../src/core';
import { loadEngine } from '../src/node/engineNode';

const SHARED = process.env.LESESTOFF_SHARED ?? '/work/shared';
const CONTENT = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const LETTER = /\p{L}/u;

export interface CoverageReport {
  figures: Record<string, number>;
  /** Unglossed lemmas with their token counts, most frequent first. */
  missing: [string, number][];
}

export async function coverageReport(): Promise<CoverageReport> {
  const dir = path.join(SHARED, 'eval', 'news');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const engine = await loadEngine();
  const dict = engine.dictionary;
  if (!dict) throw new Error('coverage: dictionary assets missing (npm run build:dict)');
  const byUpos: Record<string, [number, number]> = {};
  const missing = new Map<string, number>();
  const isGlossed = (t: GlossedToken): boolean =>
    dict.has(t.sepVerb?.lemma ?? t.lemma, 'en') || dict.has(t.lemma, 'en') || (t.gloss !== undefined && dict.has(t.gloss, 'en')) ||
    (t.parts !== undefined && t.parts.length > 1 && t.parts.every((p) => dict.has(p.lemma, 'en')));
  for (const f of files) {
    for (const s of engine.analyze(readFileSync(path.join(dir, f), 'utf8')).sentences) {
      for (const t of s.tokens) {
        // `28.` and `6:0` need no gloss: only words with letters count.
        if (!CONTENT.has(t.upos) || !LETTER.test(t.text)) continue;
        const c = (byUpos[t.upos] ??= [0, 0]);
        c[0]++;
        if (isGlossed(t)) c[1]++;
        else {
          const key = `${t.lemma}/${t.upos}`;
          missing.set(key, (missing.get(key) ?? 0) + 1);
        }
      }
    }
  }
  let all = 0, ok = 0;
  const figures: Record<string, number> = {};
  for (const [upos, [n, g]] of Object.entries(byUpos).sort()) {
    all += n; ok += g;
    figures[`coverage.${upos}.pct`] = round(g / n);
  }
  figures['coverage.pct'] = round(ok / all);
  figures['coverage.tokens'] = all;
  figures['coverage.texts'] = files.length;
  return { figures, missing: [...missing].sort((a, b) => b[1] - a[1]) };
}

const round = (x: number): number => Math.round(x * 10000) / 100;

export async function evalCoverage(): Promise<Record<string, number>> {
  return (await coverageReport()).figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const n = Number(process.env.COVERAGE_TOP ?? 30);
  coverageReport().then(({ figures, missing }) => {
    for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k}: ${v}\n`);
    process.stderr.write(`most frequent unglossed lemmas:\n${missing.slice(0, n).map(([l, c]) => `${c}\t${l}`).join('\n')}\n`);
  }, (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 1; });
}
