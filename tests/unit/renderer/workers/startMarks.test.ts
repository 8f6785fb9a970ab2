import { afterEach, describe, expect, it } from 'vitest';
import { countStart, markStart } from '../../../../src/renderer/workers/startMarks';

describe('markStart (issue 19)', () => {
  afterEach(() => performance.clearMarks());

  it('marks each step of the cold start once, at its first time', () => {
    markStart('analysed');
    const first = performance.getEntriesByName('start:analysed', 'mark')[0]!.startTime;
    markStart('engine');
    markStart('analysed');
    expect(performance.getEntriesByType('mark').map((m) => m.name)).toEqual(['start:analysed', 'start:engine']);
    expect(performance.getEntriesByName('start:analysed', 'mark')[0]!.startTime).toBe(first);
  });

  it('marks a counted step each time it is taken, apart from the once-only steps', () => {
    countStart('glossary-round');
    markStart('lookup');
    countStart('glossary-round');
    expect(performance.getEntriesByType('mark').map((m) => m.name)).toEqual(['start-count:glossary-round', 'start:lookup', 'start-count:glossary-round']);
  });
});
