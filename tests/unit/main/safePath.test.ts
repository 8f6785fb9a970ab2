import { describe, expect, it } from 'vitest';
import { resolveInside } from '../../../src/main/safePath';

describe('resolveInside', () => {
  it.each([
    ['/index.html', '/app/renderer/index.html'],
    ['/', '/app/renderer/index.html'],
    ['/assets/index-1.js', '/app/renderer/assets/index-1.js'],
    ['/../main/index.js', null],
    ['/%2e%2e/main/index.js', null],
    ['/assets/..%2f..%2fsecret', null],
    ['/%E0%A4%A', null],
    ['/a%00b', null],
  ])('maps %s to %s', (urlPath, expected) => {
    expect(resolveInside('/app/renderer', urlPath)).toBe(expected);
  });
});
