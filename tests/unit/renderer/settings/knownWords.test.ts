import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../../src/core';
import { loadEngine } from '../../../../src/node/engineNode';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { importKnownWords, previewKnownWords, spansOf, wordsFromList } from '../../../../src/renderer/settings/knownWords';

describe('wordsFromList', () => {
  it.each([
    ['one word per line, blank lines and comments skipped, each word once', '# meine Wörter\nHaus\n\n  Bäume \nHaus\n', ['Haus', 'Bäume']],
    ['a LingQ export (term column, quoted fields)', 'term,hint,status\n"Hund","dog, the animal",4\nKatze,cat,3\n', ['Hund', 'Katze']],
    ['a LUTE export (term is not the first column here)', 'language;term;translation\nGerman;laufen;to run\nGerman;"sagte ""er""";said\n', ['laufen', 'sagte "er"']],
    ['word and translation separated by a tab', 'Garten\tgarden\nTomate\ttomato\n', ['Garten', 'Tomate']],
    ['a byte-order mark and Windows line ends', '\uFEFFWasser\r\nFeuer\r\n', ['Wasser', 'Feuer']],
  ])('reads %s', (_what, text, words) => {
    expect(wordsFromList(text)).toEqual({ words, cut: false });
  });

  it('lays the words out one per line with a span each', () => {
    const { text, spans } = spansOf(['Haus', 'Bäume']);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Haus', 'Bäume']);
  });
});

describe('matching and importing known words', () => {
  let engine: Engine;
  let db: LesestoffDb;
  beforeAll(async () => {
    engine = await loadEngine();
  }, 120_000);
  afterEach(() => db.close());

  const preview = (words: string[]) => previewKnownWords(db, words, words.map((w) => engine.analyze(w).sentences), false);

  it('maps inflected forms to their lemma, leaves phrases and unknown strings unmatched, and says what is marked already', async () => {
    db = openDatabase('known-words-1');
    await db.wordStatus.put({ lemma: 'Baum', status: 2, updatedAt: 1 });
    const result = await preview(['Häuser', 'Haus', 'Bäume', 'Xqzvtr', 'guten Morgen']);
    expect(result.lemmas.sort()).toEqual(['Baum', 'Haus']);
    expect(result.unmatched).toEqual(['Xqzvtr', 'guten Morgen']);
    expect(result.alreadyMarked).toBe(1);
  });

  it('marks the matched lemmas known and keeps a status the learner set', async () => {
    db = openDatabase('known-words-2');
    await db.wordStatus.bulkPut([
      { lemma: 'Baum', status: 2, updatedAt: 1 },
      { lemma: 'Katze', status: 'new', updatedAt: 1 },
    ]);
    expect(await importKnownWords(db, ['Haus', 'Baum', 'Katze'], 500)).toBe(2);
    expect(await db.wordStatus.toArray()).toEqual([
      { lemma: 'Baum', status: 2, updatedAt: 1 },
      { lemma: 'Haus', status: 'known', updatedAt: 500 },
      { lemma: 'Katze', status: 'known', updatedAt: 500 },
    ]);
  });
});
