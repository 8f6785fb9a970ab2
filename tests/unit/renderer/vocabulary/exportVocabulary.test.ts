import { describe, expect, it } from 'vitest';
import { toAnkiTsv, toCsv, type ExportRow } from '../../../../src/renderer/vocabulary/exportVocabulary';
import { filterVocabulary } from '../../../../src/renderer/vocabulary/filterVocabulary';

const rows: ExportRow[] = [
  { lemma: 'Haus', gender: 'das', sense: 'house', note: 'alt, "sehr" alt', context: 'Das Haus steht\tam Markt.\nNeu.', createdAt: Date.UTC(2024, 0, 2), articleTitle: 'Markt' },
  { lemma: 'ankündigen', sense: 'to announce', context: 'Sie kündigte es an.', createdAt: Date.UTC(2024, 0, 1) },
];

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180) and starts with a BOM', () => {
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFlemma,word,sense,note,context,article,added,own meaning\r\n')).toBe(true);
    expect(csv).toContain('das Haus,,house,"alt, ""sehr"" alt","Das Haus steht\tam Markt.\nNeu.",Markt,2024-01-02T00:00:00.000Z,\r\n');
    expect(csv).toContain('ankündigen,,to announce,,Sie kündigte es an.,,');
  });
});

describe('toAnkiTsv', () => {
  it('writes front, back and context per line, with tabs and line breaks flattened and quotes escaped', () => {
    const lines = toAnkiTsv(rows).trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:Front\tBack\tContext']);
    expect(lines[3]).toBe('das Haus\t"house (alt, ""sehr"" alt)"\tDas Haus steht am Markt. Neu.');
    expect(lines[4]).toBe('ankündigen\tto announce\tSie kündigte es an.');
    expect(lines[3]!.split('\t')).toHaveLength(3);
  });
});

describe('filterVocabulary', () => {
  const entries = [
    { id: 1, lemma: 'Zug', articleId: 'a', context: 'Der Zug.', sense: 'train', createdAt: 1, updatedAt: 1 },
    { id: 2, lemma: 'Apfel', articleId: 'a', context: 'Ein Apfel.', sense: 'apple', createdAt: 2, updatedAt: 2 },
    { id: 3, lemma: 'Ärger', articleId: 'a', context: 'Viel Ärger.', note: 'trouble', createdAt: 3, updatedAt: 3 },
  ];
  it('sorts German words alphabetically with umlauts in place', () => {
    expect(filterVocabulary(entries, '', 'az').map((e) => e.lemma)).toEqual(['Apfel', 'Ärger', 'Zug']);
    expect(filterVocabulary(entries, '', 'newest').map((e) => e.id)).toEqual([3, 2, 1]);
  });
  it('searches lemma, sense and note, ignoring case', () => {
    expect(filterVocabulary(entries, 'TRAIN', 'az').map((e) => e.lemma)).toEqual(['Zug']);
    expect(filterVocabulary(entries, 'trouble', 'az').map((e) => e.lemma)).toEqual(['Ärger']);
  });
  it('finds the few matching entries among 20,000', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...entries[i % 3]!, id: i, lemma: `Wort${i}` }));
    // Wort1999, then Wort19990 … Wort19999 in alphabetical order: speed is the bench's business, not a test's.
    expect(filterVocabulary(many, 'wort1999', 'az').map((e) => e.id)).toEqual([1999, ...Array.from({ length: 10 }, (_, i) => 19990 + i)]);
  });
});
