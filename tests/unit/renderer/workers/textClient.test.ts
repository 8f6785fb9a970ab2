/** The own-texts worker's runs: each has its own worker, a newer run never ends an older one, and aborting ends it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Every fake worker's pending call, in order of creation, with a way to finish it. */
const calls: { finish: (value: unknown) => void; terminated: boolean }[] = [];

vi.mock('comlink', () => ({
  proxy: <T>(f: T) => f,
  wrap: (worker: { call: (typeof calls)[number] }) => ({
    prepareOwnText: () => new Promise((resolve) => (worker.call.finish = resolve)),
    readOwnFile: () => new Promise((resolve) => (worker.call.finish = resolve)),
  }),
}));

class FakeWorker {
  call = { finish: (_: unknown) => undefined as void, terminated: false };
  constructor() {
    calls.push(this.call);
  }
  terminate() {
    this.call.terminated = true;
  }
}

const { Cancelled, prepareTextInWorker } = await import('../../../../src/renderer/workers/textClient');

describe('own-texts worker runs', () => {
  beforeEach(() => {
    calls.length = 0;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('an Add still under way survives a second text started meanwhile, and both arrive', async () => {
    const first = prepareTextInWorker('Eins', 'Erster Text.', () => undefined);
    const second = prepareTextInWorker('Zwei', 'Zweiter Text.', () => undefined);
    await Promise.resolve();
    expect(calls).toHaveLength(2);
    expect(calls[0]!.terminated).toBe(false);
    calls[1]!.finish('zwei');
    calls[0]!.finish('eins');
    await expect(first).resolves.toBe('eins');
    await expect(second).resolves.toBe('zwei');
    expect(calls.every((c) => c.terminated)).toBe(true);
  });

  it('aborting a run rejects it as cancelled and ends its worker only', async () => {
    const controller = new AbortController();
    const kept = prepareTextInWorker('Eins', 'Erster Text.', () => undefined);
    const dropped = prepareTextInWorker('Zwei', 'Zweiter Text.', () => undefined, controller.signal);
    await Promise.resolve();
    controller.abort();
    await expect(dropped).rejects.toBeInstanceOf(Cancelled);
    expect(calls[1]!.terminated).toBe(true);
    expect(calls[0]!.terminated).toBe(false);
    calls[0]!.finish('eins');
    await expect(kept).resolves.toBe('eins');
  });

  it('a run asked for with an aborted signal never starts a worker', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(prepareTextInWorker('Eins', 'Text.', () => undefined, controller.signal)).rejects.toBeInstanceOf(Cancelled);
    expect(calls).toHaveLength(0);
  });
});
