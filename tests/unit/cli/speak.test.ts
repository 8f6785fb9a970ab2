/** `cli speak` (issue 18): the app's bundled German voice to a WAV file, from an argument or stdin. */
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import speak from '../../../src/cli/commands/speak';
import type { CliIo } from '../../../src/cli/cliCommand';
import { readWav } from '../../../src/core';

const dir = mkdtempSync(path.join(tmpdir(), 'lesestoff-speak-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(stdin = ''): CliIo & { out: string } {
  const captured = { out: '', stdout: (s: string) => void (captured.out += s), stderr: () => undefined, stdin: () => Promise.resolve(stdin) };
  return captured;
}

async function spoken(args: string[], stdin?: string) {
  const out = path.join(dir, `${args.length}-${Math.random().toString(36).slice(2)}.wav`);
  const capture = io(stdin);
  await speak([...args, '--out', out], capture);
  return { bytes: new Uint8Array(readFileSync(out)), printed: JSON.parse(capture.out) as { sampleRate: number; seconds: number } };
}

describe('cli speak', () => {
  it('writes a RIFF WAV at 22,050 Hz whose length grows with the text, and says so on stdout', { timeout: 60_000 }, async () => {
    const short = await spoken(['Guten', 'Morgen.']);
    const long = await spoken(['Die Fähre legt heute später ab, weil der Wind über dem See stärker geworden ist.']);
    const header = new TextDecoder().decode(short.bytes.slice(0, 4)) + new TextDecoder().decode(short.bytes.slice(8, 12));
    expect(header).toBe('RIFFWAVE');
    const a = readWav(short.bytes);
    const b = readWav(long.bytes);
    expect(a).toMatchObject({ sampleRate: 22_050, channels: 1, bitsPerSample: 16 });
    expect(a.seconds).toBeGreaterThan(0.3);
    expect(b.seconds).toBeGreaterThan(2 * a.seconds);
    expect(short.printed.sampleRate).toBe(22_050);
    expect(short.printed.seconds).toBeCloseTo(a.seconds, 1);
  });

  it('reads the text from stdin, a text starting with a dash included, and speaks slower at a lower rate', { timeout: 60_000 }, async () => {
    const normal = await spoken(['--stdin'], '-- Der Zug fährt um acht Uhr.');
    const slow = await spoken(['--stdin', '--rate', '0.5'], '-- Der Zug fährt um acht Uhr.');
    expect(readWav(normal.bytes).seconds).toBeGreaterThan(1);
    expect(readWav(slow.bytes).seconds).toBeGreaterThan(1.4 * readWav(normal.bytes).seconds);
  });

  it('refuses a missing text, a missing --out and a rate out of range with a clear message, writing nothing', async () => {
    const out = path.join(dir, 'never.wav');
    await expect(speak(['--out', out], io())).rejects.toThrow(/no text to speak/);
    await expect(speak(['--stdin', '--out', out], io('   \n'))).rejects.toThrow(/no text to speak/);
    await expect(speak(['Hallo'], io())).rejects.toThrow(/--out FILE.wav is missing/);
    await expect(speak(['Hallo', '--rate', '9', '--out', out], io())).rejects.toThrow(/--rate must be a number from 0.5 to 2/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('readWav', () => {
  it('refuses a file that is not a WAV', () => {
    expect(() => readWav(new TextEncoder().encode('ID3 not a wave file at all'))).toThrow(/not a WAV file/);
  });
});
