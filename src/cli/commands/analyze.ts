import { existsSync, readFileSync } from 'node:fs';
import { type Engine, MAX_TEXT } from '../../core';
import { loadEngine } from '../../node/engineNode';
import { CliError, type CliCommand, type CliIo } from '../cliCommand';

/**
 * Fills LEMMA and UPOS of a CoNLL-U text, keeping its tokenisation and every other column;
 * a finite verb whose separated particle was found gets `SepVerb=<lemma>` in MISC.
 * Multiword-token range lines (`4-5 im`) and empty nodes pass through untouched.
 */
export function annotateConllu(engine: Engine, input: string): { text: string; tokens: number } {
  const lines = input.split(/\r?\n/);
  const sentences: number[][] = []; // line indices of word lines
  let cur: number[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) { if (cur.length) sentences.push(cur); cur = []; return; }
    if (line.startsWith('#')) return;
    const id = line.slice(0, line.indexOf('\t'));
    if (/^\d+$/.test(id)) cur.push(i);
  });
  if (cur.length) sentences.push(cur);
  const cols = (i: number): string[] => {
    const c = lines[i]!.split('\t');
    if (c.length !== 10) throw new CliError(`line ${i + 1}: expected 10 tab-separated columns, got ${c.length}`);
    return c;
  };
  const words = sentences.map((s) => s.map((i) => cols(i)[1]!));
  const analysed = engine.analyzeTokens(words);
  let tokens = 0;
  sentences.forEach((s, si) => {
    s.forEach((li, wi) => {
      const t = analysed[si]![wi]!;
      const c = cols(li);
      c[2] = t.lemma;
      c[3] = t.upos;
      if (t.sepVerb && (t.upos === 'VERB' || t.upos === 'AUX')) {
        const misc = c[9] === '_' || !c[9] ? [] : c[9]!.split('|').filter((kv) => !kv.startsWith('SepVerb='));
        misc.push(`SepVerb=${t.sepVerb.lemma}`);
        c[9] = misc.join('|');
      }
      lines[li] = c.join('\t');
      tokens++;
    });
  });
  return { text: lines.join('\n'), tokens };
}

/** `analyze FILE.txt` → JSON analysis; `analyze --conllu FILE.conllu` → annotated CoNLL-U. */
const analyze: CliCommand = async (args, io) => {
  const conllu = args.includes('--conllu');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new CliError('usage: analyze FILE.txt | analyze --conllu FILE.conllu | analyze - (stdin)');
  let input: string;
  if (file === '-') input = await io.stdin();
  else {
    if (!existsSync(file)) throw new CliError(`no such file: ${file}`);
    input = readFileSync(file, 'utf8');
  }
  const engine = await loadEngine();
  if (conllu) {
    io.stdout(annotateConllu(engine, input).text);
    return;
  }
  io.stdout(`${JSON.stringify(analyzeText(engine, input, io))}\n`);
};

/**
 * The analysis of a text, saying so when the engine cut it: a warning on stderr and a `truncated` field
 * with the characters analysed and given (issue 20: the cut used to be silent).
 */
export function analyzeText(engine: Engine, input: string, io: CliIo) {
  const analysis = engine.analyze(input);
  if (input.length <= MAX_TEXT) return analysis;
  io.stderr(`warning: only the first ${MAX_TEXT} of ${input.length} characters were analysed\n`);
  return { ...analysis, truncated: { analysedChars: MAX_TEXT, totalChars: input.length } };
}

export default analyze;
