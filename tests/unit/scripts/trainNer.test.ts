/**
 * The NER model's place list (issue 15): what scripts/trainNer.ts makes of a town's official name, on invented towns.
 */
import { describe, expect, it } from 'vitest';
import { shortName } from '../../../scripts/trainNer';

describe('shortName', () => {
  it.each([
    ['Nordheim am See', ['Nordheim']],
    ['Ostfelden an der Aue', ['Ostfelden']],
    ['Brandtdorf im Nordland', ['Brandtdorf']],
    ['Westau bei Ostfelden', ['Westau']],
    ['Kessel-Linden in der Heide', ['Kessel-Linden']],
  ])('names a town by the words before its river, lake or region: %s', (name, short) => {
    expect(shortName(name)).toEqual(short);
  });

  it.each([
    ['Nordheim'],
    ['Bad Nordheim'],
    ['Ostfelden am see'],
  ])('gives no other name to a town named otherwise, or to a place not named after one: %s', (name) => {
    expect(shortName(name)).toEqual([]);
  });
});
