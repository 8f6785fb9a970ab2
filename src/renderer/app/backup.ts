/**
 * A backup of everything the learner made, as one JSON file (`db/backup.ts`): the way out when the start or a screen
 * fails (issue 20), and Settings' export (issue 17).
 */
import Dexie from 'dexie';
import { backupFileName, backupOf, type Backup } from '../db/backup';
import { DB_NAME } from '../db/database';
import { downloadFile } from '../ui/download';

export { backupOf, type Backup };

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
  downloadFile(backupFileName(backup), JSON.stringify(backup), 'application/json');
}
