import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The worker as comlink wraps it: each call it is asked, by name.
const calls = vi.hoisted(() => [] as string[]);
vi.mock('comlink', () => ({
  proxy: <T>(value: T) => value,
  wrap: () =>
    new Proxy(
      {},
      {
        get: (_, name) => () => {
          calls.push(String(name));
          return Promise.resolve();
        },
      },
    ),
}));

describe('warming up the engine worker (issue 19)', () => {
  beforeEach(() => {
    calls.length = 0;
    vi.resetModules();
    vi.stubGlobal('Worker', class {});
  });
  afterEach(() => vi.unstubAllGlobals());

  const warmUp = async (atArticle?: boolean) => {
    const { warmUpEngine } = await import('../../../../src/renderer/workers/engineClient');
    warmUpEngine(atArticle);
    return calls.filter((name) => name !== 'watchCards');
  };

  it('starts the glossary with the worker when the app opens at an article, whose first click reads it', async () => {
    expect(await warmUp(true)).toEqual(['glossaryAhead', 'ready']);
  });

  it('leaves the glossary to the engine’s own load elsewhere (the library, the reader mounted later)', async () => {
    expect(await warmUp()).toEqual(['ready']);
  });
});
