import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GlossaryMessage } from '../../../../src/renderer/workers/glossaryLoader';
import { startGlossaryThread } from '../../../../src/renderer/workers/glossaryThread';

/** A loading thread that posts at once, before anybody listens, as inflate.worker.ts does when it starts. */
class EagerWorker {
  static last: EagerWorker | null = null;
  onmessage: ((event: { data: GlossaryMessage }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  asked: unknown[] = [];
  stopped = false;
  constructor(_url: URL, readonly options: { name: string }) {
    EagerWorker.last = this;
  }
  emit(data: GlossaryMessage) {
    this.onmessage?.({ data });
  }
  postMessage(request: unknown) {
    this.asked.push(request);
  }
  terminate() {
    this.stopped = true;
  }
}

describe('a glossary loading thread started ahead (issue 19)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps what the thread posts before its reader attaches, and hands it over in order', () => {
    vi.stubGlobal('Worker', EagerWorker);
    const thread = startGlossaryThread('en')!;
    const worker = EagerWorker.last!;
    expect(worker.options.name).toBe('glossary:en');
    worker.emit({ started: true });
    worker.emit({ sections: [], last: false });
    const received: GlossaryMessage[] = [];
    const failures: string[] = [];
    thread.attach((m) => received.push(m), (e) => failures.push(e.message));
    expect(received).toEqual([{ started: true }, { sections: [], last: false }]);
    worker.emit({ sections: [], last: true });
    expect(received).toHaveLength(3);
    thread.ask({ want: 42 });
    expect(worker.asked).toEqual([{ want: 42 }]);
    expect(failures).toEqual([]);
  });

  it('hands over a failure that came before the reader', () => {
    vi.stubGlobal('Worker', EagerWorker);
    const thread = startGlossaryThread('tr')!;
    EagerWorker.last!.onerror?.({ message: 'script failed' });
    const failures: string[] = [];
    thread.attach(() => undefined, (e) => failures.push(e.message));
    expect(failures).toEqual(['script failed']);
  });

  it('is not started where a worker cannot start one (the glossary then loads on the worker\'s own thread)', () => {
    vi.stubGlobal('Worker', undefined);
    expect(startGlossaryThread('en')).toBeUndefined();
  });
});
