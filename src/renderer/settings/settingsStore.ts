import type { LesestoffDb } from '../db/database';
import { comfortSettingKeys, parseComfort, type ReadingComfort } from './readingComfort';

export async function loadSetting(db: LesestoffDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function saveSetting(db: LesestoffDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function loadComfort(db: LesestoffDb): Promise<ReadingComfort> {
  const names = Object.keys(comfortSettingKeys) as (keyof ReadingComfort)[];
  const rows = await db.settings.bulkGet(names.map((name) => comfortSettingKeys[name]));
  return parseComfort(Object.fromEntries(names.map((name, i) => [name, rows[i]?.value])));
}

export async function saveComfort<K extends keyof ReadingComfort>(db: LesestoffDb, name: K, value: ReadingComfort[K]): Promise<void> {
  await saveSetting(db, comfortSettingKeys[name], value);
}
