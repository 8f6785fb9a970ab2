import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../../src/core/analysis/wordTable';

describe('WordTable', () => {
  it('finds each word it was given, also after growing past its first slots, and no other', () => {
    const table = new WordTable<number>(4);
    const words = Array.from({ length: 300 }, (_, i) => `Wort${i}`);
    words.forEach((w, i) => table.set(w, i));
    expect(table.size).toBe(300);
    // Fresh strings, as the tokenizer makes them: equal words, not the same objects.
    words.forEach((w, i) => expect(table.get(w.split('').join(''))).toBe(i));
    expect(table.get('Wort300')).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('tells apart words that differ in case, umlauts or letters beyond Latin-1', () => {
    const table = new WordTable<number>();
    ['Bank', 'bank', 'Bänk', 'Банк', ''].forEach((w, i) => table.set(w, i));
    expect(['bank', 'Bank', 'Bänk', 'Банк', ''].map((w) => table.get(w))).toEqual([1, 0, 2, 3, 4]);
    expect(table.get('Banke')).toBeUndefined();
  });

  it('holds nothing once cleared, and takes words again', () => {
    const table = new WordTable<number>(4);
    for (let i = 0; i < 20; i++) table.set(`w${i}`, i);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get('w3')).toBeUndefined();
    table.set('w3', 33);
    expect(table.get('w3')).toBe(33);
  });
});
