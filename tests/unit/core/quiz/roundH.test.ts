/** Faults a teacher found in the blind round h (Wikinews, issue 15), each on an invented text. */
import { describe, expect, it } from 'vitest';
import { backgroundDateGap } from '../../../../src/core/quiz/kinds/date';
import { chooserAsks } from './kinds/helpers';

describe('dates the other end of a period rules out', () => {
  it('asks no start of a period whose end stands after `bis zum` (options after the end were offered), as none before `bis 2008`', async () => {
    expect(await chooserAsks(backgroundDateGap, 'Seit dem Fest vom 3. März 2023 bis zum 10. Juni 2023 stand die Brücke in Nordhafen still.', 'vom 3. März 2023', true)).toBe(false);
    expect(await chooserAsks(backgroundDateGap, 'Seit dem Fest vom 3. März 2023 stand die Brücke in Nordhafen still.', 'vom 3. März 2023', true)).toBe(true);
  });
});
