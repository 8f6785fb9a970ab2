/** The language the glossary shows senses in: English unless the learner picked another shipped one. */
import { useLiveQuery } from 'dexie-react-hooks';
import manifest from '../../../resources/dict/manifest.json';
import type { LesestoffDb } from '../db/database';
import { loadSetting, saveSetting } from './settingsStore';

export const GLOSSARY_LANGUAGE_KEY = 'glossaryLanguage';
export const glossaryLanguageCodes: string[] = manifest.languages.map((l) => l.lang);

export function pickGlossaryLanguage(saved: unknown): string {
  return typeof saved === 'string' && glossaryLanguageCodes.includes(saved) ? saved : 'en';
}

export function useGlossaryLanguage(db: LesestoffDb): string {
  return pickGlossaryLanguage(useLiveQuery(() => loadSetting(db, GLOSSARY_LANGUAGE_KEY), [db]));
}

export async function saveGlossaryLanguage(db: LesestoffDb, lang: string): Promise<void> {
  await saveSetting(db, GLOSSARY_LANGUAGE_KEY, pickGlossaryLanguage(lang));
}
