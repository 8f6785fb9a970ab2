import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase, type WordStatus } from '../../../../src/renderer/db/database';
import { restoreStatuses, setManyStatuses } from '../../../../src/renderer/domain/wordStatusStore';
import { changesOf, lookedUpIn, planMarkRest } from '../../../../src/renderer/reader/markRest';

const statuses = new Map<string, WordStatus>([
  ['Haus', 'known'],
  ['Kind', 3],
  ['Putin', 'ignored'],
]);
const keys = ['Haus', 'Kind', 'Putin', 'Stadt', 'ankündigen', 'Brücke', 'Stadt'];

describe('mark the rest as known', () => {
  it('a new word looked up in the text becomes learning 1, the other new words known, and set words keep their status', () => {
    const plan = planMarkRest(keys, statuses, new Set(['Brücke', 'Kind', 'Bahnhof']));
    expect(plan).toEqual({ learning: ['Brücke'], known: ['Stadt', 'ankündigen'] });
    expect(changesOf(plan)).toEqual(
      new Map<string, WordStatus>([
        ['Brücke', 1],
        ['Stadt', 'known'],
        ['ankündigen', 'known'],
      ]),
    );
  });

  it('reads the words looked up in this text, each once, and none of another text', async () => {
    const db = openDatabase('mark-rest-looked-up');
    await db.lookups.bulkAdd([
      { lemma: 'Brücke', articleId: 'user:1', at: 1 },
      { lemma: 'Brücke', articleId: 'user:1', at: 2 },
      { lemma: 'Fähre', articleId: 'user:1', at: 3 },
      { lemma: 'Hafen', articleId: 'user:2', at: 4 },
    ]);
    expect(await lookedUpIn(db, 'user:1')).toEqual(new Set(['Brücke', 'Fähre']));
    db.close();
  });

  it('undo puts back every earlier status, including words that had none', async () => {
    const db = openDatabase('mark-rest-undo');
    await db.wordStatus.bulkPut([
      { lemma: 'Kind', status: 3, updatedAt: 5 },
      { lemma: 'Haus', status: 'ignored', updatedAt: 6 },
    ]);
    const before = await db.wordStatus.toArray();
    const marked = await setManyStatuses(
      db,
      new Map<string, WordStatus>([
        ['Brücke', 1],
        ['Stadt', 'known'],
        ['Haus', 'known'],
      ]),
      100,
    );
    if (!marked.ok) throw new Error('the bulk write failed');
    expect(await db.wordStatus.get('Brücke')).toEqual({ lemma: 'Brücke', status: 1, updatedAt: 100 });
    expect(await db.wordStatus.count()).toBe(4);
    expect((await restoreStatuses(db, marked.value)).ok).toBe(true);
    expect(await db.wordStatus.toArray()).toEqual(before);
    db.close();
  });

  it('undo keeps a status the learner chose after marking', async () => {
    const db = openDatabase('mark-rest-later-choice');
    const marked = await setManyStatuses(
      db,
      new Map<string, WordStatus>([
        ['Stadt', 'known'],
        ['Brücke', 'known'],
      ]),
      100,
    );
    if (!marked.ok) throw new Error('the bulk write failed');
    await db.wordStatus.put({ lemma: 'Stadt', status: 2, updatedAt: 200 });
    await restoreStatuses(db, marked.value);
    expect(await db.wordStatus.toArray()).toEqual([{ lemma: 'Stadt', status: 2, updatedAt: 200 }]);
    db.close();
  });

  it('10,000 distinct words are written in one transaction and undone in one', async () => {
    const db = openDatabase('mark-rest-many');
    const lemmas = Array.from({ length: 10_000 }, (_, i) => `Wort${i}`);
    const plan = planMarkRest(lemmas, new Map(), new Set(['Wort7']));
    let transactions = 0;
    const tx = db.transaction.bind(db);
    (db as { transaction: unknown }).transaction = (...args: unknown[]) => {
      transactions++;
      return (tx as (...a: unknown[]) => unknown)(...args);
    };
    const marked = await setManyStatuses(db, changesOf(plan));
    if (!marked.ok) throw new Error('the bulk write failed');
    expect(await db.wordStatus.get('Wort7')).toEqual(expect.objectContaining({ status: 1 }));
    expect(await db.wordStatus.where('status').equals('known').count()).toBe(9_999);
    await restoreStatuses(db, marked.value);
    expect(await db.wordStatus.count()).toBe(0);
    expect(transactions).toBe(2);
    db.close();
  });
});
