import { writeFile } from 'node:fs/promises';
import { readWav, synthesize } from '../../core';
import { espeakNode } from '../../node/espeakNode';
import { CliError, type CliCommand } from '../cliCommand';

const USAGE = 'usage: speak TEXT --out FILE.wav [--rate 0.5–2] | speak --stdin --out FILE.wav';

/** `speak TEXT --out FILE.wav` or `speak --stdin --out FILE.wav`: the app's bundled German voice (eSpeak NG) to a WAV file. */
const speak: CliCommand = async (args, io) => {
  const rest = [...args];
  const take = (flag: string): string | undefined => {
    const at = rest.indexOf(flag);
    if (at < 0) return undefined;
    const value = rest[at + 1];
    if (value === undefined || value.startsWith('--')) throw new CliError(`${flag} needs a value; ${USAGE}`);
    rest.splice(at, 2);
    return value;
  };
  const out = take('--out');
  const rateText = take('--rate');
  const stdin = rest.includes('--stdin');
  const words = rest.filter((a) => a !== '--stdin');
  if (!out) throw new CliError(`--out FILE.wav is missing; ${USAGE}`);
  const rate = rateText === undefined ? 1 : Number(rateText);
  if (!Number.isFinite(rate) || rate < 0.5 || rate > 2) throw new CliError(`--rate must be a number from 0.5 to 2; ${USAGE}`);
  const text = stdin ? await io.stdin() : words.join(' ');
  if (text.trim() === '') throw new CliError(`no text to speak; ${USAGE}`);
  let wav: Uint8Array;
  try {
    wav = await synthesize(espeakNode, text, { rate });
  } catch (err) {
    throw new CliError(err instanceof Error ? err.message : String(err));
  }
  await writeFile(out, wav);
  const info = readWav(wav);
  io.stdout(JSON.stringify({ out, bytes: wav.length, sampleRate: info.sampleRate, seconds: Math.round(info.seconds * 100) / 100 }) + '\n');
};

export default speak;
