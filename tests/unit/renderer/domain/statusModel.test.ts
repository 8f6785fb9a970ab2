import { describe, expect, it } from 'vitest';
import type { WordStatus } from '../../../../src/renderer/db/database';
import { countUnknown, restToMarkKnown, statusForKey } from '../../../../src/renderer/domain/statusModel';

describe('statusForKey', () => {
  it.each([
    ['1', 1],
    ['5', 5],
    ['k', 'known'],
    ['K', 'known'],
    ['i', 'ignored'],
    ['0', 'new'],
    ['6', null],
    ['x', null],
  ] as const)('key %s sets %s', (key, status) => {
    expect(statusForKey(key)).toBe(status);
  });
});

describe('counting and marking the rest', () => {
  const statuses = new Map<string, WordStatus>([
    ['Haus', 'known'],
    ['Kind', 2],
    ['Putin', 'ignored'],
  ]);
  const keys = ['Haus', 'Kind', 'Putin', 'Stadt', 'ankündigen'];

  it('learning and new words count as unknown; known and ignored do not', () => {
    expect(countUnknown(keys, statuses)).toBe(3);
  });

  it('marking the rest as known touches only words without a status', () => {
    expect(restToMarkKnown(keys, statuses)).toEqual(['Stadt', 'ankündigen']);
  });
});
