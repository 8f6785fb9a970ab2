import { describe, expect, it } from 'vitest';
import { numberValue, parseNumber } from '../../../../src/core/facts/09-numbers';
import { germanFactRules } from '../../../../src/core/de/factRules';

const marks = germanFactRules.numberMarks;

describe('the one number parser', () => {
  it.each([
    ['11.000', 11000],
    ['1.250.000', 1250000],
    ['2,5', 2.5],
    ['42', 42],
  ])('reads %s as %d', (raw, value) => {
    expect(parseNumber(raw, marks)).toBe(value);
  });

  it.each(['18.06.2024', '21:44', '1.5', '2,5,3', '12.0001', '24.', ''])('gives no number for %j', (raw) => {
    expect(parseNumber(raw, marks)).toBeNull();
  });

  it('follows the marks it is given, so a language writing 11,000.5 reads the same value', () => {
    expect(parseNumber('11,000', { decimal: '.', group: ',' })).toBe(11000);
    expect(parseNumber('2.5', { decimal: '.', group: ',' })).toBe(2.5);
  });

  it('reads number words as well as digits', () => {
    expect(numberValue('drei', germanFactRules)).toBe(3);
    expect(numberValue('Zwanzig', germanFactRules)).toBe(20);
    expect(numberValue('Haus', germanFactRules)).toBeNull();
  });
});
