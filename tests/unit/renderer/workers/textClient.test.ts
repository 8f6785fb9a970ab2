/** The own-texts worker's runs: each has its own worker, a newer run never ends an older one, and aborting ends it. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Every fake worker's pending call, in order of creation, with a way to finish it. */
const calls: { finish: (value: unknown) => void; stage: (stage: string) => void; terminated: boolean }[] = [];

vi.mock('comlink', () => ({
  proxy: <T>(f: T) => f,
  wrap: (worker: { call: (typeof calls)[number] }) => ({
    prepareOwnText: (_title: string, _body: string, onStage: (stage: string) => void) => new Promise((resolve) => ((worker.call.finish = resolve), (worker.call.stage = onStage))),
    readOwnFile: (_file: Blob, _format: string, onStage: (stage: string) => void) => new Promise((resolve) => ((worker.call.finish = resolve), (worker.call.stage = onStage))),
  }),
}));

class FakeWorker {
  call = { finish: (_: unknown) => undefined as void, stage: (_: string) => undefined as void, terminated: false };
  constructor() {
    calls.push(this.call);
  }
  terminate() {
    this.call.terminated = true;
  }
}

const { Cancelled, prepareTextInWorker, readFileInWorker } = await import('../../../../src/renderer/workers/textClient');

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

  it.each([
    ['a text’s check', (onStage: (stage: string) => void) => prepareTextInWorker('Nordland', 'Ole Brandt liest.', onStage)],
    ['a file’s reading', (onStage: (stage: string) => void) => readFileInWorker(new File(['Ole Brandt liest.'], 'nordland.txt'), 'text', onStage)],
  ] as const)('%s passes its stages on until it has answered, and none after', async (_, start) => {
    const stages: string[] = [];
    const run = start((stage) => stages.push(stage));
    await Promise.resolve();
    calls[0]!.stage('extract');
    calls[0]!.finish('done');
    await expect(run).resolves.toBe('done');
    // Comlink brings the stages through a port of their own, which the page may read after the answer's.
    calls[0]!.stage('language');
    expect(stages).toEqual(['extract']);
  });
});
