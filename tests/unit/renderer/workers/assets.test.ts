import { deflateRawSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateNatively } from '../../../../src/renderer/workers/assets';

// An invented glossary's lines, long enough to be inflated in several chunks.
const text = Array.from({ length: 4_000 }, (_, i) => `Quendel${i}\tm\tinvented thing ${i}`).join('\n');
const raw = new TextEncoder().encode(text);

describe('inflateNatively (issue 19)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ['gzip', gzipSync(raw)],
    ['deflate-raw', deflateRawSync(raw)],
  ] as const)('inflates %s without a Blob, which the browser would read back from its own process', async (format, packed) => {
    vi.stubGlobal(
      'Blob',
      class {
        constructor() {
          throw new Error('a Blob was made');
        }
      },
    );
    expect(new TextDecoder().decode(await inflateNatively(new Uint8Array(packed), format))).toBe(text);
  });

  it('rejects damaged bytes', async () => {
    const packed = new Uint8Array(deflateRawSync(raw)).subarray(0, 200);
    await expect(inflateNatively(packed, 'deflate-raw')).rejects.toThrow();
  });
});
