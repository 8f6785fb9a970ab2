/**
 * Speech settings (issue 18): the voice (a German system voice, or the bundled eSpeak NG voice), the speed, and
 * whether the review card speaks its word by itself.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { LesestoffDb } from '../db/database';

/** `auto`: a German system voice where the system has one, the bundled voice otherwise; or a system voice's URI. */
export type VoiceChoice = 'auto' | 'bundled' | (string & {});

export interface SpeechSettings {
  voice: VoiceChoice;
  rate: number;
  autoplayReview: boolean;
}

export const speechRates = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;
export const defaultSpeech: SpeechSettings = { voice: 'auto', rate: 1, autoplayReview: false };
export const speechSettingKeys: { [K in keyof SpeechSettings]: string } = { voice: 'speechVoice', rate: 'speechRate', autoplayReview: 'speechAutoplayReview' };

/** A stored value from an older version or another device: keep what is valid, default the rest. */
export function parseSpeech(stored: Partial<Record<keyof SpeechSettings, unknown>>): SpeechSettings {
  return {
    voice: typeof stored.voice === 'string' && stored.voice !== '' ? stored.voice : defaultSpeech.voice,
    rate: (speechRates as readonly unknown[]).includes(stored.rate) ? (stored.rate as number) : defaultSpeech.rate,
    autoplayReview: typeof stored.autoplayReview === 'boolean' ? stored.autoplayReview : defaultSpeech.autoplayReview,
  };
}

/** The stored settings as they are now: what a listen button reads when pressed. */
export async function readSpeechSettings(db: LesestoffDb): Promise<SpeechSettings> {
  const names = Object.keys(speechSettingKeys) as (keyof SpeechSettings)[];
  const rows = await db.settings.bulkGet(names.map((n) => speechSettingKeys[n]));
  return parseSpeech(Object.fromEntries(names.map((n, i) => [n, rows[i]?.value])));
}

/** The stored settings, followed as they change: for the screens that show them. */
export function useSpeechSettings(db: LesestoffDb): SpeechSettings {
  return useLiveQuery(() => readSpeechSettings(db), [db]) ?? defaultSpeech;
}
