import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaryMessage } from '../../../../src/renderer/workers/glossaryLoader';
import type { Heard } from '../../../../src/renderer/workers/glossaryThread';

/** A loading thread as the browser runs it: what it says goes to whatever `onmessage` is set then, or nowhere. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: GlossaryMessage }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  asked: unknown[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: { name: string },
  ) {
    FakeWorker.started.push(this);
  }
  say(data: GlossaryMessage): void {
    this.onmessage?.({ data });
  }
  fail(message: string): void {
    this.onerror?.({ message });
  }
  postMessage(message: unknown): void {
    this.asked.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('the glossary loading thread started ahead (issue 19)', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  const threadModule = () => import('../../../../src/renderer/workers/glossaryThread');

  it('keeps what the thread said before anyone listened, and hands it over in order, then the rest', async () => {
    const { startGlossaryAhead, takeGlossaryThread } = await threadModule();
    startGlossaryAhead('en');
    const [worker] = FakeWorker.started;
    worker!.say({ started: true });
    worker!.say({ sections: [], last: false });
    const heard: Heard[] = [];
    const thread = takeGlossaryThread('en');
    expect(FakeWorker.started).toHaveLength(1);
    expect(thread.worker).toBe(worker);
    thread.listen((h) => heard.push(h));
    worker!.say({ sections: [], last: true });
    expect(heard).toEqual([{ message: { started: true } }, { message: { sections: [], last: false } }, { message: { sections: [], last: true } }]);
  });

  it('tells a failure that came before anyone listened', async () => {
    const { startGlossaryAhead, takeGlossaryThread } = await threadModule();
    startGlossaryAhead('en');
    FakeWorker.started[0]!.fail('network error');
    const heard: Heard[] = [];
    takeGlossaryThread('en').listen((h) => heard.push(h));
    expect(heard).toEqual([{ failed: 'network error' }]);
  });

  it('starts one thread ahead per language, and a new one for a load tried again', async () => {
    const { startGlossaryAhead, takeGlossaryThread } = await threadModule();
    startGlossaryAhead('en');
    startGlossaryAhead('en');
    expect(FakeWorker.started.map((w) => w.options.name)).toEqual(['glossary:en']);
    takeGlossaryThread('en');
    takeGlossaryThread('en');
    takeGlossaryThread('ru');
    expect(FakeWorker.started.map((w) => w.options.name)).toEqual(['glossary:en', 'glossary:en', 'glossary:ru']);
  });

  it('starts none ahead once a thread of the language has started (the reader mounted after the glossary began loading)', async () => {
    const { startGlossaryAhead, takeGlossaryThread } = await threadModule();
    takeGlossaryThread('en');
    startGlossaryAhead('en');
    expect(FakeWorker.started).toHaveLength(1);
  });

  it('gives the glossary loader a thread started before it was asked, with the messages it missed', async () => {
    const { startGlossaryAhead } = await threadModule();
    startGlossaryAhead('en');
    const worker = FakeWorker.started[0]!;
    worker.say({ started: true });
    worker.say({ error: 'de-en.dict.bin: HTTP 404' });
    const { loadGlossary } = await import('../../../../src/renderer/workers/glossaryLoader');
    const glossary = loadGlossary('en');
    await expect(glossary.started).resolves.toBeUndefined();
    await expect(glossary.opened).rejects.toThrow('HTTP 404');
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.terminated).toBe(true);
  });
});
