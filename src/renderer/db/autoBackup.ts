/**
 * The automatic backup's renderer side (issue 17): after the learner's data changes, the backup goes to the host,
 * whose main process keeps at most one file a day in the user-data folder (src/main/autoBackup.ts). Only the
 * Electron host keeps one; a browser page has no folder of its own, so the web host never starts this.
 */
import Dexie from 'dexie';
import { backupOf } from './backup';
import type { LesestoffDb } from './database';

/** Waits this long after a change, so a burst of writes (a pack import, a review session) costs one backup. */
export const AUTO_BACKUP_DELAY_MS = 60_000;

/**
 * Sends a backup `delayMs` after the first change of each day (and once shortly after start, for a day that had
 * changes before an app crash); returns a stop function. A failure is tried again at the next change.
 */
export function startAutoBackup(db: LesestoffDb, save: (json: string) => Promise<unknown>, delayMs = AUTO_BACKUP_DELAY_MS, today = () => new Date().toISOString().slice(0, 10)): () => void {
  let doneDay = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async (): Promise<void> => {
    timer = undefined;
    const day = today();
    if (day === doneDay) return;
    try {
      await save(JSON.stringify(await backupOf(db)));
      doneDay = day;
    } catch {
      // Not the learner's action and nothing they can do now; the next change tries again.
    }
  };
  const schedule = (): void => {
    if (timer === undefined && today() !== doneDay) timer = setTimeout(() => void run(), delayMs);
  };
  const onChange = (changed: { [key: string]: unknown }): void => {
    // Writes to the cache tables are the app's own, not the learner's.
    if (Object.keys(changed).some((part) => !/quizCache|articleList/.test(part))) schedule();
  };
  Dexie.on('storagemutated', onChange);
  schedule();
  return () => {
    Dexie.on('storagemutated').unsubscribe(onChange);
    if (timer !== undefined) clearTimeout(timer);
  };
}
