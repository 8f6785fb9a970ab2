import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, whenIdle } from '../../../../src/renderer/reader/whenIdle';

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs the work once the page is idle, not on the next timer, and never later than the timeout', async () => {
    vi.useFakeTimers();
    const idle: { task: () => void; timeout: number | undefined }[] = [];
    vi.stubGlobal('requestIdleCallback', (task: () => void, options?: { timeout?: number }) => idle.push({ task, timeout: options?.timeout }));
    const done: string[] = [];
    whenIdle(() => done.push('Ole Brandt counted'));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toEqual([]);
    expect(idle.map((i) => i.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    idle[0]!.task();
    expect(done).toEqual(['Ole Brandt counted']);
  });
});
