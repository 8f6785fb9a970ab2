/** A learner's profile with something in every table a backup holds, and seeded mutations of a backup file. */
import { writePack, writeResults } from '../../../../src/core';
import type { LesestoffDb } from '../../../../src/renderer/db/database';
import { importPack, importResults } from '../../../../src/renderer/db/importPack';
import { seedBundledArticles } from '../../../../src/renderer/db/seedBundled';
import { mulberry32, samplePack, sampleResults } from '../../core/packs/fixtures';

export const BUNDLED = [{ id: 'fluss', text: 'Der Fluss steigt\n\nDas Wasser kommt bis an die Häuser.' }];

/** Fills a fresh profile as a learner would have after some weeks. */
export async function fillProfile(db: LesestoffDb): Promise<void> {
  await seedBundledArticles(db, BUNDLED, 1000);
  await db.articles.add({ id: 'user:garten', origin: 'user', text: 'Im Garten\n\nDie Tomaten sind rot. Wir ernten sie heute.', title: 'Im Garten', date: null, outlet: null, wordCount: 8, readingMinutes: 1, contentHash: 'garten-1', addedAt: 2000, updatedAt: 2500 });
  const pack = await importPack(db, writePack(samplePack()), { mode: 'update' }, 3000);
  if (!pack.ok) throw new Error(pack.error.message);
  await importResults(db, [{ name: 'anna.lesestoff-results', bytes: writeResults(sampleResults()) }], 3500);
  const tomate = (await db.vocabulary.add({ lemma: 'Tomate', articleId: 'user:garten', context: 'Die Tomaten sind rot.', sense: 'tomato', note: 'Plural: -n', createdAt: 4000, updatedAt: 4100, word: 'Tomaten', articleTitle: 'Im Garten', upos: 'NOUN', gender: 'die', plural: 'Tomaten', senseLang: 'en', ownMeaning: 'rote Frucht' })) as number;
  await db.vocabulary.add({ lemma: 'ernten', articleId: 'user:garten', context: 'Wir ernten sie heute.', createdAt: 4200, updatedAt: 4200, word: 'ernten', ownMeaning: 'einbringen' });
  await db.reviewCards.add({ vocabularyId: tomate, due: 90_000, card: { due: 90_000, stability: 3.2, difficulty: 5.1, reps: 2, lapses: 0, state: 2, last_review: 80_000 } });
  await db.wordStatus.bulkAdd([
    { lemma: 'Tomate', status: 2, updatedAt: 4300 },
    { lemma: 'rot', status: 'known', updatedAt: 4400 },
    { lemma: 'Garten', status: 'ignored', updatedAt: 4500 },
  ]);
  await db.quizAttempts.add({ articleId: 'user:garten', storyId: null, score: 2, total: 3, finishedAt: 5000, startedAt: 4800, kind: 'article', answers: [{ questionId: 'q1', prompt: 'Welche Farbe?', given: 'rot', correct: true, ms: 3000 }] });
  await db.quizAttempts.add({ articleId: null, storyId: 'story:garten', score: 1, total: 1, finishedAt: 6000, kind: 'story' });
  await db.lookups.bulkAdd([
    { lemma: 'Tomate', articleId: 'user:garten', at: 4000 },
    { lemma: 'ernten', articleId: 'user:garten', at: 4150 },
  ]);
  await db.readingLog.bulkAdd([
    { kind: 'opened', articleId: 'user:garten', at: 3900, unknown: 5, distinct: 7 },
    { kind: 'finished', articleId: 'user:garten', at: 4600, words: 8 },
  ]);
  await db.settings.bulkPut([
    { key: 'uiLanguage', value: 'de' },
    { key: 'comfort.theme', value: 'dark' },
  ]);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Mutation = { name: string; apply: (backup: { [key: string]: Json }, rand: () => number) => string };

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)] as T;
const tablesOf = (b: { [key: string]: Json }) => b['tables'] as { [table: string]: { [field: string]: Json }[] };
/** A row of a table that has rows, and the table's name. */
function someRow(b: { [key: string]: Json }, rand: () => number, only?: string[]): [string, { [field: string]: Json }] {
  const names = Object.entries(tablesOf(b)).filter(([name, rows]) => rows.length > 0 && (!only || only.includes(name))).map(([name]) => name);
  const table = pick(names, rand);
  return [table, pick(tablesOf(b)[table] ?? [], rand)];
}
/** Fields every row of the table must have, with a value of the wrong kind for each. */
const required: Record<string, string[]> = {
  articles: ['id', 'origin', 'text', 'title', 'wordCount', 'addedAt'],
  vocabulary: ['id', 'lemma', 'articleId', 'context', 'createdAt'],
  reviewCards: ['vocabularyId', 'due', 'card'],
  wordStatus: ['lemma', 'status', 'updatedAt'],
  quizAttempts: ['id', 'score', 'total', 'finishedAt'],
  lookups: ['id', 'lemma', 'articleId', 'at'],
  readingLog: ['id', 'kind', 'articleId', 'at'],
  packs: ['id', 'title', 'importedAt'],
  classResults: ['id', 'packId', 'value'],
  settings: ['key'],
};
/** Values of another kind than `current`, so the field stays wrong whichever is picked. */
const wrongFor = (current: Json | undefined): Json[] =>
  typeof current === 'string' ? [null, 3, [], {}, true] : typeof current === 'number' ? [null, 'x', [], {}, -1] : [null, 'x', 3];

const mutations: Mutation[] = [
  { name: 'truncated', apply: (b, rand) => { const s = JSON.stringify(b); return s.slice(0, Math.floor(rand() * (s.length - 1))); } },
  { name: 'format', apply: (b, rand) => JSON.stringify({ ...b, format: pick(['lesestoff-pack', 'lesestoff-results', 'Lesestoff-Backup', '', null, 7], rand) }) },
  { name: 'no format', apply: (b) => JSON.stringify({ ...b, format: undefined }) },
  { name: 'newer version', apply: (b, rand) => JSON.stringify({ ...b, schemaVersion: 50 + Math.floor(rand() * 1000) }) },
  { name: 'bad version', apply: (b, rand) => JSON.stringify({ ...b, schemaVersion: pick([0, -1, 2.5, '4', null], rand) }) },
  { name: 'bad date', apply: (b, rand) => JSON.stringify({ ...b, exportedAt: pick(['gestern', '2026-13-45T00:00:00Z', '', 12, null], rand) }) },
  { name: 'not an object', apply: (_b, rand) => JSON.stringify(pick([null, [], 42, 'lesestoff-backup', true], rand)) },
  { name: 'tables not an object', apply: (b, rand) => JSON.stringify({ ...b, tables: pick([null, [], 'alles', 3], rand) }) },
  { name: 'foreign table', apply: (b, rand) => JSON.stringify({ ...b, tables: { ...tablesOf(b), [pick(['quizCache', 'articleList', 'passwords', '__proto__x'], rand)]: [] } }) },
  { name: 'extra top-level field', apply: (b) => JSON.stringify({ ...b, tables: tablesOf(b), macro: 'run me' }) },
  { name: 'table not a list', apply: (b, rand) => { const [table] = someRow(b, rand); tablesOf(b)[table] = { 0: {} } as never; return JSON.stringify(b); } },
  {
    name: 'missing field',
    apply: (b, rand) => {
      const [table, row] = someRow(b, rand);
      delete row[pick(required[table] ?? [], rand)];
      return JSON.stringify(b);
    },
  },
  {
    name: 'wrong type',
    apply: (b, rand) => {
      const [table, row] = someRow(b, rand);
      const field = pick(required[table] ?? [], rand);
      row[field] = pick(wrongFor(row[field]), rand);
      return JSON.stringify(b);
    },
  },
  { name: 'negative time', apply: (b, rand) => { const [, row] = someRow(b, rand, ['vocabulary', 'lookups', 'wordStatus']); row[row['at'] !== undefined ? 'at' : row['createdAt'] !== undefined ? 'createdAt' : 'updatedAt'] = -1 - Math.floor(rand() * 1e6); return JSON.stringify(b); } },
  { name: 'bad status', apply: (b, rand) => { const [, row] = someRow(b, rand, ['wordStatus']); row['status'] = pick([0, 6, 'bekannt', 2.5, null], rand); return JSON.stringify(b); } },
  { name: 'bad gender', apply: (b, rand) => { const [, row] = someRow(b, rand, ['vocabulary']); row['gender'] = pick(['dem', 'Der', 1], rand); return JSON.stringify(b); } },
  { name: 'bad phrase keys', apply: (b, rand) => { const [, row] = someRow(b, rand, ['vocabulary']); row['phraseKeys'] = pick([['am'], 'am Markt', [1, 2], Array.from({ length: 11 }, () => 'x')], rand); return JSON.stringify(b); } },
  { name: 'score above total', apply: (b, rand) => { const [, row] = someRow(b, rand, ['quizAttempts']); row['score'] = Number(row['total']) + 1 + Math.floor(rand() * 5); return JSON.stringify(b); } },
  { name: 'duplicate key', apply: (b, rand) => { const [table, row] = someRow(b, rand); tablesOf(b)[table]?.push({ ...row }); return JSON.stringify(b); } },
  { name: 'card without word', apply: (b, rand) => { const [, row] = someRow(b, rand, ['reviewCards']); row['vocabularyId'] = 10_000 + Math.floor(rand() * 1000); return JSON.stringify(b); } },
  { name: 'pack without its article', apply: (b, rand) => { const [, row] = someRow(b, rand, ['packs']); (row['articles'] as { [k: string]: Json }[])[0] = { id: 'a1', recordId: `pack:weg:${Math.floor(rand() * 100)}` }; return JSON.stringify(b); } },
  { name: 'bundled article', apply: (b, rand) => { const [, row] = someRow(b, rand, ['articles']); row['id'] = `bundled:${Math.floor(rand() * 100)}`; return JSON.stringify(b); } },
  { name: 'foreign origin', apply: (b, rand) => { const [, row] = someRow(b, rand, ['articles']); row['origin'] = pick(['bundled', 'web', null], rand); return JSON.stringify(b); } },
  { name: 'huge row id', apply: (b, rand) => { const [, row] = someRow(b, rand, ['vocabulary', 'quizAttempts', 'lookups']); row['id'] = pick([0, -3, 2 ** 60, 1.25], rand); return JSON.stringify(b); } },
  { name: 'bad results', apply: (b, rand) => { const [, row] = someRow(b, rand, ['classResults']); (row['value'] as { [k: string]: Json })['results'] = pick<Json>([null, {}, { packId: 3 }], rand); return JSON.stringify(b); } },
];

/** `n` backup files, each wrong in one seeded way; the mutation's name says which. */
export function mutatedBackups(valid: string, n: number, seed = 17): { name: string; text: string }[] {
  const rand = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const mutation = mutations[i % mutations.length] as Mutation;
    return { name: `${i}: ${mutation.name}`, text: mutation.apply(JSON.parse(valid) as { [key: string]: Json }, rand) };
  });
}
