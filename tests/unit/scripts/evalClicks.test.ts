import { describe, expect, it } from 'vitest';
import { glossWords, rightAt, senseMatches } from '../../../scripts/evalClicks';

// The click set's rule for "a right meaning is shown" (eval/clicks/README.md), on invented glosses.
describe('senseMatches', () => {
  it.each([
    ['to announce sth. (officially)', ['announce'], true],
    ['to hand sth. over to sb.', ['hand over'], true],
    ['Agreement [pol.]', ['agreement', 'accord'], true],
    ['bottom of the league table', ['bottom'], true],
    ['race to catch up', ['catch-up'], true],
    ['warm; cosy', ['cosy'], true],
    ['party', ['art'], false],
    ['to partake', ['take'], false],
    ['descendant', ['agreement', 'accord', 'treaty'], false],
    ['(of a treaty) binding', ['treaty'], false],
    ['terrorists', ['terrorist'], true],
    ['political parties', ['party'], true],
    ['head of the government', ['head of government'], true],
    ['the process', ['proces'], false],
    // The glossary's typographic apostrophe is the annotation's straight one.
    ['at three o’clock', ["o'clock"], true],
  ])('%s against %j: %s', (shown, gold, right) => {
    expect(senseMatches(shown, gold)).toBe(right);
  });
});

describe('glossWords', () => {
  it('keeps the words a learner reads and drops to, sth., sb. and brackets', () => {
    expect(glossWords('to give sb. sth. back {vt} [coll.] (as a present)')).toEqual(['give', 'back']);
    expect(glossWords("constructors' title")).toEqual(['constructor', 'title']);
    expect(glossWords('a crisis of the status quo')).toEqual(['crisis', 'of', 'status', 'quo']);
  });
});

// Where the first-sense misses file puts a card: the rank of its first right sense.
describe('rightAt', () => {
  it('finds the first right sense behind a narrower one, and none where no sense is right', () => {
    expect(rightAt(['to prune sth.', 'to clip', 'to curtail'], ['curtail', 'restrict'])).toBe(2);
    expect(rightAt(['height', 'level'], ['height'])).toBe(0);
    expect(rightAt(['footing', 'base line'], ['basis'])).toBe(-1);
  });
});
