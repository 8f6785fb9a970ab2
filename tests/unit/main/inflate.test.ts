import { deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipped, rawInflated } from '../../../src/node/inflate';

// An invented text of some 200 KB that deflate shrinks a lot, as it does the lexicon.
const source = Array.from({ length: 20_000 }, (_, i) => `Wurpsel${i % 700}\tf\tWurpseln\n`).join('');
const text = new TextEncoder().encode(source);
// Compared as text: a deep comparison of 400,000 bytes one by one takes the test runner seconds.
const read = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('an asset inflated on zlib\'s threads in one piece of the size its header tells (issue 19)', () => {
  it('reads a gzip file as zlib does, its size from the trailer', async () => {
    const inflated = await gunzipped(gzipSync(text));
    expect(read(inflated)).toBe(source);
    expect(Buffer.isBuffer(inflated)).toBe(false);
  });

  it('reads raw deflate whole whether the size told is right, too small or more than deflate can store', async () => {
    const stored = deflateRawSync(text);
    for (const size of [text.length, 10, 0, stored.length * 2_000]) expect(read(await rawInflated(stored, size))).toBe(source);
  });

  it('refuses a damaged gzip file', async () => {
    const damaged = gzipSync(text);
    damaged.fill(0xff, 100, 200);
    await expect(gunzipped(damaged)).rejects.toThrow();
  });
});
