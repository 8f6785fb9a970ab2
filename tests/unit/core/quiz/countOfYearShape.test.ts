/**
 * A count of a year's shape (`insgesamt 2000 Flüchtlinge`) is asked with counts around it, not with the years around
 * it (`1998`, `2001` beside `2000` refugees single the round answer out).
 */
import { describe, expect, it } from 'vitest';
import { event } from '../../../../src/core/quiz/kinds/event';
import { ask } from './kinds/helpers';

describe('a count of a year’s shape', () => {
  it('is asked as a count, its options no years around it', async () => {
    const questions = await ask(event, 'Derzeit sitzen insgesamt 2000 Flüchtlinge in Nordland fest. Niemand weiß, wie es nun weitergeht.');
    const q = questions.find((x) => x.answer === '2000');
    expect(q?.prompt).toBe('Wie viele Flüchtlinge sitzen derzeit insgesamt in Nordland fest?');
    const others = (q?.options ?? []).filter((o) => o !== '2000').map(Number);
    expect(others).toHaveLength(3);
    for (const o of others) expect(Math.abs(o - 2000)).toBeGreaterThanOrEqual(100);
  });
});
