import { saveOrReport, type SaveResult } from './saveErrors';
import type { LesestoffDb } from '../db/database';
import { comfortSettingKeys, parseComfort, type ReadingComfort } from './readingComfort';

export async function loadSetting(db: LesestoffDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

/** Saves a setting; a failure is reported with Retry (issue 20), and the newest value of a setting is the one retried. */
export async function saveSetting(db: LesestoffDb, key: string, value: unknown): Promise<SaveResult<void>> {
  return saveOrReport(
    'setting',
    async () => {
      await db.settings.put({ key, value });
    },
    { key },
  );
}

export async function loadComfort(db: LesestoffDb): Promise<ReadingComfort> {
  const names = Object.keys(comfortSettingKeys) as (keyof ReadingComfort)[];
  const rows = await db.settings.bulkGet(names.map((name) => comfortSettingKeys[name]));
  return parseComfort(Object.fromEntries(names.map((name, i) => [name, rows[i]?.value])));
}

export async function saveComfort<K extends keyof ReadingComfort>(db: LesestoffDb, name: K, value: ReadingComfort[K]): Promise<SaveResult<void>> {
  return saveSetting(db, comfortSettingKeys[name], value);
}
