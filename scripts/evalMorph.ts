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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && !process.argv.some((a) => a.endsWith('-child'))) {
  evalMorphology().then((r) => process.stdout.write(r), (e: unknown) => { process.stderr.write(`${String(e)}\n`); process.exitCode = 1; });
}

/**
 * Load and analysis speed as a reader meets it (issue 4), measured in a fresh Node process so
 * that nothing earlier in `npm run bench` has warmed the JIT or the caches: lexicon load,
 * engine load (lexicon + dictionary, as the CLI does it), then `analyze()` over the unseen news
 * texts twice — first pass (every word new to the caches) and warm.
 */
export function evalEngineSpeed(): Record<string, number> {
  const child = (flag: string) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), flag], { encoding: 'utf8', cwd: root });
    return JSON.parse(out.trim().split('\n').at(-1)!) as Record<string, number>;
  };
  // The lexicon alone in its own process: after loadEngine its parser would already be compiled.
  return { ...child('--lexicon-child'), ...child('--speed-child') };
}

async function lexiconChild(): Promise<void> {
  const { readLexiconFile } = await import('../src/node/lexiconFile');
  const { parseLexicon } = await import('../src/core');
  const { resourcesDir } = await import('../src/node/paths');
  const t = performance.now();
  parseLexicon(readLexiconFile(resourcesDir())).lookup('Haus');
  process.stdout.write(JSON.stringify({ 'engine.lexiconLoadMs': Math.round(performance.now() - t) }) + '\n');
}

async function speedChild(): Promise<void> {
  const { readdirSync } = await import('node:fs');
  const dir = path.join(SHARED, 'eval', 'news');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(path.join(dir, f), 'utf8'));
  const t = performance.now();
  const engine = await loadEngine();
  const engineMs = performance.now() - t;
  const pass = (): number => {
    const start = performance.now();
    let tokens = 0;
    for (const text of texts) for (const s of engine.analyze(text).sentences) tokens += s.tokens.length;
    return Math.round(tokens / ((performance.now() - start) / 1000));
  };
  const first = pass();
  const warm = pass();
  process.stdout.write(JSON.stringify({
    'engine.loadMs': Math.round(engineMs),
    'analyze.firstPassTokensPerSec': first,
    'analyze.warmTokensPerSec': warm,
  }) + '\n');
}

if (process.argv.includes('--speed-child')) await speedChild();
if (process.argv.includes('--lexicon-child')) await lexiconChild();
