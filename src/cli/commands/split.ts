import { loadEngine } from '../../node/engineNode';
import { CliError, type CliCommand } from '../cliCommand';

/** `split WORD` or `split --stdin` (one word a line): compound parts as JSON lines. */
const split: CliCommand = async (args, io) => {
  const stdin = args.includes('--stdin');
  const words = stdin ? (await io.stdin()).split(/\r?\n/).map((w) => w.trim()).filter(Boolean) : args.filter((a) => !a.startsWith('--'));
  if (!words.length) throw new CliError('usage: split WORD… | split --stdin');
  const engine = await loadEngine();
  io.stdout(words.map((w) => JSON.stringify(engine.split(w))).join('\n') + '\n');
};

export default split;
