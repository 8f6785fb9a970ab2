/** Issue 16: the learner moves a text into or out of a story; the move is kept and wins over the engine's grouping. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/renderer/db/database';
import { loadOverrides, moveText, parseOverrides, storiesCacheKey, STORY_OVERRIDES_KEY } from '../../../../src/renderer/domain/stories';

let n = 0;
const freshDb = async () => {
  const db = openDatabase(`story-overrides-${n++}`);
  await db.open();
  return db;
};

describe('moving texts between stories', () => {
  it('keeps each text’s newest move, oldest first, and survives a reopened database', async () => {
    const db = await freshDb();
    await moveText(db, 'own:1', 'bundled:a');
    await moveText(db, 'own:2', null);
    await moveText(db, 'own:1', null);
    expect(await loadOverrides(db)).toEqual([{ article: 'own:2', with: null }, { article: 'own:1', with: null }]);
    db.close();
    const again = openDatabase(db.name);
    expect(await loadOverrides(again)).toEqual([{ article: 'own:2', with: null }, { article: 'own:1', with: null }]);
  });

  it('reads a damaged setting as the moves it still holds', async () => {
    const db = await freshDb();
    await db.settings.put({ key: STORY_OVERRIDES_KEY, value: [{ article: 'a', with: 'b' }, { article: 3 }, null, 'x', { article: 'c', with: null }] });
    expect(await loadOverrides(db)).toEqual([{ article: 'a', with: 'b' }, { article: 'c', with: null }]);
    expect(parseOverrides({ article: 'a' })).toEqual([]);
  });

  it('groups anew when the learner moves a text, and only then', () => {
    const articles = [{ id: 'a', contentHash: '1' }, { id: 'b', contentHash: '2' }];
    expect(storiesCacheKey(articles, [])).toBe(storiesCacheKey(articles));
    expect(storiesCacheKey(articles, [{ article: 'b', with: null }])).not.toBe(storiesCacheKey(articles));
    expect(storiesCacheKey(articles, [{ article: 'b', with: null }])).not.toBe(storiesCacheKey(articles, [{ article: 'b', with: 'a' }]));
  });
});
