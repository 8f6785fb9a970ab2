/** The teacher-mode switch (issue 8): a setting, no account. Off by default. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SaveResult } from './saveErrors';
import type { LesestoffDb } from '../db/database';
import { loadSetting, saveSetting } from './settingsStore';

export const TEACHER_MODE_KEY = 'teacherMode';

export function useTeacherMode(db: LesestoffDb): boolean | undefined {
  return useLiveQuery(async () => (await loadSetting(db, TEACHER_MODE_KEY)) === true, [db]);
}

export function saveTeacherMode(db: LesestoffDb, on: boolean): Promise<SaveResult<void>> {
  return saveSetting(db, TEACHER_MODE_KEY, on);
}
