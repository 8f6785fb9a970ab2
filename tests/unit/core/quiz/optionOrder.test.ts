import { describe, expect, it } from 'vitest';
import { optionOrder } from '../../../../src/core';

const OPTIONS = ['Mara Lind', 'Ole Brandt', 'Anna Roth', 'Jan Berg'];

describe('the order a student sees a question\'s options in', () => {
  it('stays the same for one student and question, and holds every option once', () => {
    expect(optionOrder(OPTIONS, 1234, 'q1')).toEqual(optionOrder(OPTIONS, 1234, 'q1'));
    expect([...optionOrder(OPTIONS, 1234, 'q1')].sort()).toEqual([...OPTIONS].sort());
  });

  it('puts a pack\'s first option (often the right answer) in every place across a class, none much more often', () => {
    const places = [0, 0, 0, 0];
    for (let student = 0; student < 400; student++) places[optionOrder(OPTIONS, 1_733_000_000_000 + student * 7919, 'q1').indexOf('Mara Lind')]! += 1;
    for (const n of places) expect(n).toBeGreaterThan(60);
  });

  it('orders the questions of one student differently, so the answer\'s place follows no pattern', () => {
    const firsts = new Set(Array.from({ length: 12 }, (_, i) => optionOrder(OPTIONS, 42, `q${i}`)[0]));
    expect(firsts.size).toBeGreaterThan(1);
  });
});
