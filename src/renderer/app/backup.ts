/**
 * A backup of everything the learner made, as one JSON file: the way out when the start or a screen fails
 * (issue 20). Bundled articles and cached quizzes are left out: the app rebuilds them.
 */
import Dexie from 'dexie';
import { DB_NAME } from '../db/database';
import { downloadFile } from '../packs/download';

export interface Backup {
  format: 'lesestoff-backup';
  exportedAt: string;
  /** The schema version the rows were stored with. */
  schemaVersion: number;
  tables: Record<string, unknown[]>;
}

// articleList is the articles without their texts (articleList.ts).
const REBUILT_TABLES = new Set(['quizCache', 'articleList']);

export async function backupOf(db: Dexie, now = new Date()): Promise<Backup> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) {
      if (REBUILT_TABLES.has(table.name)) continue;
      const rows: unknown[] = await table.toArray();
      tables[table.name] = table.name === 'articles' ? rows.filter((r) => (r as { origin?: unknown }).origin !== 'bundled') : rows;
    }
  });
  return { format: 'lesestoff-backup', exportedAt: now.toISOString(), schemaVersion: db.verno, tables };
}

/**
 * The backup of the database as it is on disk, opened without a schema so nothing is upgraded (after a failed
 * upgrade it is still at the old version); null when it cannot be read at all.
 */
export async function readableBackup(name = DB_NAME): Promise<Backup | null> {
  const db = new Dexie(name);
  try {
    await db.open();
    return await backupOf(db);
  } catch {
    return null;
  } finally {
    db.close();
  }
}

export function downloadBackup(backup: Backup): void {
  downloadFile(`lesestoff-backup-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup), 'application/json');
}
