import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/renderer/db/database';
import type { SaveResult } from '../../../../src/renderer/domain/saveErrors';
import { meaningOf, saveToVocabulary, updateVocabulary } from '../../../../src/renderer/domain/vocabularyStore';
import { toAnkiTsv, toCsv } from '../../../../src/renderer/vocabulary/exportVocabulary';

// Issue 18: a learner's own meaning of a word or phrase is kept with the entry and read before the glossary's.

function stored<T>(r: SaveResult<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

describe('own meanings in the vocabulary', () => {
  it('is stored with a new entry, changed by saving again, left alone when not given and cleared when emptied', async () => {
    const db = openDatabase('own-meaning-store');
    const id = stored(await saveToVocabulary(db, { lemma: 'Flickwerk', articleId: 'a', context: 'Das Gesetz ist Flickwerk.', sense: 'patchwork', ownMeaning: 'halbe Sache' }, 1));
    expect(meaningOf((await db.vocabulary.get(id))!)).toBe('halbe Sache');

    // Saving the word again with another sense but without touching the own meaning keeps it.
    stored(await saveToVocabulary(db, { lemma: 'Flickwerk', articleId: 'b', context: 'Nur Flickwerk.', sense: 'botch' }, 2));
    expect(await db.vocabulary.get(id)).toEqual(expect.objectContaining({ sense: 'botch', ownMeaning: 'halbe Sache' }));

    stored(await saveToVocabulary(db, { lemma: 'Flickwerk', articleId: 'b', context: 'Nur Flickwerk.', ownMeaning: 'a bodged job' }, 3));
    expect(meaningOf((await db.vocabulary.get(id))!)).toBe('a bodged job');

    // Emptied, the glossary's sense is the meaning again.
    stored(await updateVocabulary(db, id, { ownMeaning: '' }, 4));
    expect(meaningOf((await db.vocabulary.get(id))!)).toBe('botch');
    expect(await db.vocabulary.count()).toBe(1);
    db.close();
  });

  it('keeps a phrase and its own meaning as one entry', async () => {
    const db = openDatabase('own-meaning-phrase');
    const id = stored(await saveToVocabulary(db, { lemma: 'unter die Lupe nehmen', articleId: 'a', context: 'Sie nahm es unter die Lupe.', ownMeaning: 'genau prüfen' }, 1));
    expect(await db.vocabulary.get(id)).toEqual(expect.objectContaining({ lemma: 'unter die Lupe nehmen', ownMeaning: 'genau prüfen' }));
    expect(await db.reviewCards.get(id)).toBeDefined();
    db.close();
  });
});

describe('own meanings in exports', () => {
  const rows = [
    { lemma: 'Flickwerk', gender: 'das', sense: 'patchwork', ownMeaning: 'halbe, "schnelle" Sache', context: 'Das ist Flickwerk.', createdAt: Date.UTC(2025, 4, 6) },
    { lemma: 'Lupe', gender: 'die', sense: 'magnifier', context: 'Unter der Lupe.', createdAt: Date.UTC(2025, 4, 7) },
  ];

  it('CSV has an own-meaning column after the earlier ones', () => {
    const lines = toCsv(rows).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('lemma,word,sense,note,context,article,added,own meaning');
    expect(lines[1]).toBe('das Flickwerk,,patchwork,,Das ist Flickwerk.,,2025-05-06T00:00:00.000Z,"halbe, ""schnelle"" Sache"');
    expect(lines[2]!.endsWith('2025-05-07T00:00:00.000Z,')).toBe(true);
  });

  it('Anki cards show the own meaning first and the glossary sense after it', () => {
    const lines = toAnkiTsv(rows).trimEnd().split('\n');
    expect(lines[3]!.split('\t')[1]).toBe('"halbe, ""schnelle"" Sache [patchwork]"');
    expect(lines[4]!.split('\t')[1]).toBe('magnifier');
  });
});
