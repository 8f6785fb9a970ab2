import { describe, expect, it } from 'vitest';
import { defaultSpeech, parseSpeech } from '../../../../src/renderer/domain/speechSettings';

describe('speech settings', () => {
  it('keeps stored valid choices', () => {
    expect(parseSpeech({ voice: 'bundled', rate: 0.75, autoplayReview: true })).toEqual({ voice: 'bundled', rate: 0.75, autoplayReview: true });
  });

  it('defaults what an older version or another device stored wrongly, keeping the rest', () => {
    expect(parseSpeech({ voice: '', rate: 7, autoplayReview: 'yes' })).toEqual(defaultSpeech);
    expect(parseSpeech({ voice: 'Microsoft Katja - German (Germany)', rate: '1' })).toEqual({ ...defaultSpeech, voice: 'Microsoft Katja - German (Germany)' });
  });
});
