/**
 * Issue 20, defect 3: each way the start can fail is told apart, so the startup screen says what happened and
 * what to do; where the data can still be read, it is offered as a backup.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readableBackup } from '../../../../src/renderer/app/backup';
import { errorMessage, reportText } from '../../../../src/renderer/domain/errorReport';
import { startupProblem, startupStep } from '../../../../src/renderer/app/startup';
import { openDatabase, openReady, schemaVersions } from '../../../../src/renderer/db/database';
import { loadSetting } from '../../../../src/renderer/domain/settingsStore';

let n = 0;
const dbName = () => `startup-${n++}`;
const failureOf = (promise: Promise<unknown>): Promise<unknown> => promise.then(
  () => {
    throw new Error('expected the step to fail');
  },
  (error: unknown) => error,
);

describe('startupProblem', () => {
  it('a migration that throws is an upgrade problem, and the data is still there at the old version for a backup', async () => {
    const name = dbName();
    const old = openDatabase(name);
    await old.vocabulary.add({ lemma: 'Zaunkönig', articleId: 'user:1', context: 'Ein Zaunkönig sang.', createdAt: 1, updatedAt: 1 });
    await old.articles.put({ id: 'bundled:x', origin: 'bundled', text: 'T', title: 'T', date: null, outlet: null, wordCount: 1, readingMinutes: 1, contentHash: 'h', addedAt: 1, updatedAt: 1 });
    old.close();
    const next = schemaVersions.at(-1)!.version + 1;
    const broken = openDatabase(name, Infinity, [...schemaVersions, { version: next, stores: {}, upgrade: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'lemma')")) }]);

    const error = await failureOf(startupStep('open', () => openReady(broken)));
    expect(startupProblem(error)).toBe('upgrade');
    expect(errorMessage(error)).toContain("reading 'lemma'");

    const backup = await readableBackup(name);
    expect(backup?.tables['vocabulary']).toEqual([expect.objectContaining({ lemma: 'Zaunkönig' })]);
    // Bundled articles come with the app again; the backup holds what the learner made.
    expect(backup?.tables['articles']).toEqual([]);
  });

  it('an older window that does not let go of the database makes the open blocked instead of waiting for ever', async () => {
    const name = dbName();
    // An old window of version 1 that ignores the request to close (no versionchange handler).
    const holder = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onupgradeneeded = () => req.result.createObjectStore('settings', { keyPath: 'key' });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const error = await failureOf(startupStep('open', () => openReady(openDatabase(name))));
    expect(startupProblem(error)).toBe('blocked');
    holder.close();
  });

  it('a full disk is named, whatever step it stopped', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(startupProblem(await failureOf(startupStep('open', () => Promise.reject(quota))))).toBe('quota');
    expect(startupProblem(await failureOf(startupStep('library', () => Promise.reject(quota))))).toBe('quota');
  });

  it('an open the browser refuses is "unavailable"; failing settings and library reads are named by their step', async () => {
    const refused = new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    expect(startupProblem(await failureOf(startupStep('open', () => Promise.reject(refused))))).toBe('unavailable');
    const db = openDatabase(dbName());
    db.close();
    expect(startupProblem(await failureOf(startupStep('settings', () => loadSetting(db, 'uiLanguage'))))).toBe('settings');
    expect(startupProblem(await failureOf(startupStep('library', () => Promise.reject(new Error('HTTP 404')))))).toBe('library');
  });
});

describe('reportText', () => {
  it('lists the version, the place and every wrapped error, a wrapper that repeats its cause once', () => {
    const inner = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const repeated = Object.assign(new Error(' The quota has been exceeded.', { cause: inner }), { name: 'QuotaExceededError' });
    const text = reportText(new Error('Transaction aborted', { cause: repeated }), { appVersion: '1.2.3', hostKind: 'web', where: 'screen reader' }, 'TestAgent/1');
    expect(text.split('\n').slice(0, 4)).toEqual(['Lesestoff 1.2.3 (web)', 'Where: screen reader', 'Error: Transaction aborted', 'QuotaExceededError: The quota has been exceeded.']);
    expect(text.match(/QuotaExceededError/g)).toHaveLength(1);
    expect(text).toContain('User agent: TestAgent/1');
  });
});
