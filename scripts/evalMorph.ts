/**
 * Lemma / UPOS / separable-verb evaluation on UD German GSD dev with gold tokenisation
 * (issue 4). Runs the CoNLL-U path of the engine and returns the shared scorer's report.
 * Standalone: `npx tsx scripts/evalMorph.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateConllu } from '../src/cli/commands/analyze';
import { loadEngine } from '../src/node/engineNode';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.LESESTOFF_SHARED ?? '/work/shared';

export async function evalMorphology(): Promise<string> {
  const gold = path.join(SHARED, 'eval', 'ud', 'de_gsd-ud-dev.conllu');
  const engine = await loadEngine();
  const input = readFileSync(gold, 'utf8');
  const t0 = performance.now();
  const { text, tokens } = annotateConllu(engine, input);
  const ms = performance.now() - t0;
  const outDir = path.join(root, '.cache', 'eval');
  mkdirSync(outDir, { recursive: true });
  const pred = path.join(outDir, 'de_gsd-dev.pred.conllu');
  writeFileSync(pred, text);
  const report = execFileSync('python3', [path.join(SHARED, 'tools', 'score_conllu.py'), gold, pred], { encoding: 'utf8' });
  return `${report}speed ${Math.round(tokens / (ms / 1000))} tokens/s (first pass, caches cold)\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  evalMorphology().then((r) => process.stdout.write(r), (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 1; });
}
