import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../src/renderer/db/database';
import { saveSetting } from '../../../../src/renderer/domain/settingsStore';
import { defaultSpeech, parseSpeech, readSpeechSettings, speechSettingKeys } from '../../../../src/renderer/domain/speechSettings';

describe('speech settings', () => {
  it('keeps stored valid choices', () => {
    expect(parseSpeech({ voice: 'bundled', rate: 0.75, autoplayReview: true })).toEqual({ voice: 'bundled', rate: 0.75, autoplayReview: true });
  });

  it('defaults what an older version or another device stored wrongly, keeping the rest', () => {
    expect(parseSpeech({ voice: '', rate: 7, autoplayReview: 'yes' })).toEqual(defaultSpeech);
    expect(parseSpeech({ voice: 'Microsoft Katja - German (Germany)', rate: '1' })).toEqual({ ...defaultSpeech, voice: 'Microsoft Katja - German (Germany)' });
  });

  it('a listen button pressed after the speed was changed speaks at the new speed', async () => {
    const db = openDatabase('speech-settings-read');
    expect(await readSpeechSettings(db)).toEqual(defaultSpeech);
    await saveSetting(db, speechSettingKeys.rate, 0.75);
    await saveSetting(db, speechSettingKeys.voice, 'bundled');
    expect(await readSpeechSettings(db)).toEqual({ ...defaultSpeech, rate: 0.75, voice: 'bundled' });
    await saveSetting(db, speechSettingKeys.rate, 1.5);
    expect((await readSpeechSettings(db)).rate).toBe(1.5);
    db.close();
  });
});
