import { describe, expect, it } from 'vitest';
import { afterWaitingMessages } from '../../../../src/renderer/workers/afterWaitingMessages';

describe('afterWaitingMessages', () => {
  it('runs each task once, in the order they were scheduled, after the code that scheduled them', async () => {
    const soon = afterWaitingMessages();
    const ran: string[] = [];
    const all = new Promise<void>((done) => {
      soon(() => ran.push('first'));
      soon(() => {
        ran.push('second');
        // A task scheduled by a task runs after those already waiting.
        soon(() => {
          ran.push('fourth');
          done();
        });
      });
      soon(() => ran.push('third'));
      ran.push('scheduler');
    });
    await all;
    expect(ran).toEqual(['scheduler', 'first', 'second', 'third', 'fourth']);
  });
});
