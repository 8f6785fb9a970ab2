/**
 * The library's list of articles without their texts (issue 20: a text can be 1 MB and a teacher's pack holds 50).
 *
 * Kept in step by a DBCore middleware rather than by each writer or by `hooks('creating' …)`: a table hook may only
 * write to tables its transaction already holds, so every writer of `articles` would still have to remember to open
 * its transaction on `articleList` too. The middleware adds `articleList` to every read-write transaction on
 * `articles` and mirrors each add, put and delete in that same transaction, so seeding, own texts, pack import and
 * delete, undo and the lemma cache all follow, and a writer added later cannot forget it. It sits above Dexie's own
 * middlewares (level 10), so live queries on the list see its writes.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { ArticleRecord } from './database';

/**
 * Everything an article has but its text and prepared paragraphs (as many as a long text has lines); `lemmaIndex`
 * (distinct lemmas, far smaller than the text) gives the unknown-word count, `engineVersion` which articles to prepare again.
 */
export type ArticleListRecord = Omit<ArticleRecord, 'text' | 'paragraphs'>;

export function listRowOf(article: ArticleRecord): ArticleListRecord {
  const { text: _text, paragraphs: _paragraphs, ...row } = article;
  return row;
}

/** The list row's write for a successful write to `articles`, or null when nothing there changed. */
function mirrored(req: DBCoreMutateRequest, failures: Record<number, Error>): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = req.values.flatMap((v: ArticleRecord, i) => (failures[i] ? [] : [listRowOf(v)]));
      return values.length ? { type: 'put', trans: req.trans, values } : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

export const articleListMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArticleList',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(mode === 'readwrite' && stores.includes('articles') && !stores.includes('articleList') ? [...stores, 'articleList'] : stores, mode, options),
    table: (name): DBCoreTable => {
      const table = down.table(name);
      if (name !== 'articles') return table;
      return {
        ...table,
        mutate: async (req) => {
          const res = await table.mutate(req);
          const list = mirrored(req, res.failures);
          if (list) {
            const listRes = await down.table('articleList').mutate(list);
            if (listRes.numFailures) throw Object.values(listRes.failures)[0];
          }
          return res;
        },
      };
    },
  }),
};
