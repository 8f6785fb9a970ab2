import { describe, expect, it } from 'vitest';
import { isWordToken, statusKey } from '../../../src/core';

describe('statusKey', () => {
  it('a separable verb is keyed by its joined infinitive, other words by their lemma', () => {
    expect(statusKey({ lemma: 'kündigen', sepVerb: { lemma: 'ankündigen', partner: 7 } })).toBe('ankündigen');
    expect(statusKey({ lemma: 'an', sepVerb: { lemma: 'ankündigen', partner: 2 } })).toBe('ankündigen');
    expect(statusKey({ lemma: 'Haus' })).toBe('Haus');
  });
});

describe('isWordToken', () => {
  it.each([
    ['Haus', 'NOUN', true],
    ['.', 'PUNCT', false],
    ['2024', 'NUM', false],
    ['zweite', 'ADJ', true],
    ['„', 'PUNCT', false],
  ] as const)('%s (%s) is a word: %s', (text, upos, expected) => {
    expect(isWordToken({ text, upos })).toBe(expected);
  });
});
