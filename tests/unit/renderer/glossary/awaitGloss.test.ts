import { afterEach, describe, expect, it, vi } from 'vitest';
import { awaitGloss, type GlossState } from '../../../../src/renderer/glossary/awaitGloss';
import { SILENT_AFTER_MS } from '../../../../src/renderer/domain/engineSilence';

/** A lookup that answers or fails only when the test says so. */
function lookupOnCue(): { work: Promise<string>; answer: (card: string) => void; fail: (why: string) => void } {
  let answer: (card: string) => void = () => undefined;
  let fail: (why: string) => void = () => undefined;
  const work = new Promise<string>((resolve, reject) => {
    answer = resolve;
    fail = (why) => reject(new Error(why));
  });
  return { work, answer, fail };
}

describe('awaitGloss', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says the engine is silent after a minute without an answer, and shows the card when it comes after all', async () => {
    vi.useFakeTimers();
    const { work, answer } = lookupOnCue();
    const states: GlossState<string>[] = [];
    awaitGloss(work, (s) => states.push(s));
    await vi.advanceTimersByTimeAsync(SILENT_AFTER_MS - 1);
    expect(states).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(states).toEqual([{ state: 'silent' }]);
    answer('Ole: a name');
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([{ state: 'silent' }, { state: 'done', gloss: 'Ole: a name' }]);
  });

  it.each([
    ['an answer', (cue: ReturnType<typeof lookupOnCue>) => cue.answer('Nordland: a region'), { state: 'done', gloss: 'Nordland: a region' }],
    ['an error', (cue: ReturnType<typeof lookupOnCue>) => cue.fail('worker gone'), { state: 'error', message: 'worker gone' }],
  ] as const)('tells %s once and is never silent after it', async (_, end, expected) => {
    vi.useFakeTimers();
    const cue = lookupOnCue();
    const states: GlossState<string>[] = [];
    awaitGloss(cue.work, (s) => states.push(s));
    await vi.advanceTimersByTimeAsync(SILENT_AFTER_MS - 1);
    end(cue);
    await vi.advanceTimersByTimeAsync(2 * SILENT_AFTER_MS);
    expect(states).toEqual([expected]);
  });

  it('tells nothing once the popover has moved on (another word clicked, or closed)', async () => {
    vi.useFakeTimers();
    const { work, answer } = lookupOnCue();
    const states: GlossState<string>[] = [];
    const stop = awaitGloss(work, (s) => states.push(s));
    stop();
    await vi.advanceTimersByTimeAsync(SILENT_AFTER_MS);
    answer('Brandt: a surname');
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([]);
  });
});
