/**
 * Automatic backups in the user-data folder (issue 17): the renderer sends its backup after changes, main writes at
 * most one file a day and keeps the newest 7 days, so a broken profile or a mistaken "replace" is at most a day old.
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const AUTO_BACKUP_DAYS = 7;
const FILE = /^lesestoff-backup-(\d{4}-\d{2}-\d{2})\.json$/;

/** Writes today's backup unless one exists; returns whether it wrote and the file. Refuses anything but a backup. */
export async function saveAutoBackup(dir: string, json: string, now = new Date()): Promise<{ saved: boolean; file: string | null }> {
  let format: unknown;
  try {
    format = (JSON.parse(json) as { format?: unknown } | null)?.format;
  } catch {
    format = undefined;
  }
  if (format !== 'lesestoff-backup') throw new Error('Not a Lesestoff backup: nothing written');
  const day = now.toISOString().slice(0, 10);
  const file = path.join(dir, `lesestoff-backup-${day}.json`);
  if (await stat(file).then(() => true, () => false)) return { saved: false, file };
  await mkdir(dir, { recursive: true });
  // Written whole, then renamed: a crash mid-write leaves yesterday's files and no half backup.
  const partial = `${file}.partial`;
  await writeFile(partial, json, 'utf8');
  await rename(partial, file);
  const days = (await readdir(dir)).filter((name) => FILE.test(name)).sort();
  await Promise.all(days.slice(0, Math.max(0, days.length - AUTO_BACKUP_DAYS)).map((name) => rm(path.join(dir, name))));
  return { saved: true, file };
}
