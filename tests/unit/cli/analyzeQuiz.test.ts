/** `cli analyze` says when it cuts a text; `cli quiz` gives a reason for a German text with no facts (issue 20). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/cli/commands/analyze';
import quiz from '../../../src/cli/commands/quiz';
import type { CliIo } from '../../../src/cli/cliCommand';
import { MAX_TEXT } from '../../../src/core/engine';
import { engine } from '../core/engineFixture';

const dir = mkdtempSync(path.join(tmpdir(), 'lesestoff-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function captureIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
    stdin: () => Promise.resolve(''),
  };
  return io;
}

describe('cli analyze', () => {
  it('warns on stderr and marks the output truncated when the text is longer than the engine analyses', async () => {
    const io = captureIo();
    // Words, then a long tail of spaces: over the limit, yet quick to analyse.
    const input = `Der Hund schläft.${' '.repeat(MAX_TEXT)}Die Katze spielt.`;
    const result = analyzeText(await engine, input, io);
    expect(result).toMatchObject({ truncated: { analysedChars: MAX_TEXT, totalChars: input.length } });
    expect(io.err).toContain(`only the first ${MAX_TEXT} of ${input.length} characters`);
    expect(JSON.stringify(result)).not.toContain('Katze');
  });

  it('says nothing extra for a text within the limit', async () => {
    const io = captureIo();
    const result = analyzeText(await engine, 'Der Hund schläft.', io);
    expect(result).not.toHaveProperty('truncated');
    expect(io.err).toBe('');
  });
});

describe('cli quiz', () => {
  it('gives a reason for a German text without facts', async () => {
    const file = path.join(dir, 'ohne-fakten.txt');
    writeFileSync(file, 'Der Hund schläft. Die Katze spielt gern im Garten. Sie mag den Ball.\n');
    const io = captureIo();
    await quiz([file], io);
    const out = JSON.parse(io.out) as { questions: unknown[]; reasons?: { article: string; reason: string }[] };
    expect(out.questions).toEqual([]);
    expect(out.reasons).toEqual([{ article: file, reason: expect.stringMatching(/\S/) }]);
  });
});
