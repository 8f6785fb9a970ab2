import type { LesestoffDb } from '../db/database';

export async function loadSetting(db: LesestoffDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value;
}

export async function saveSetting(db: LesestoffDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
