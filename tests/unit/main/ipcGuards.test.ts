import { describe, expect, it } from 'vitest';
import { isTrustedSender, validateArgs } from '../../../src/main/ipcGuards';
import { apiMethods, type ApiMethod } from '../../../src/shared/apiMethods';

describe('isTrustedSender', () => {
  it.each([
    ['app://lesestoff/index.html', undefined, true],
    ['app://lesestoff.evil/index.html', undefined, false],
    ['https://example.com/', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5173/', undefined, false],
    ['', '', false],
  ])('%s (dev server %s) → %s', (url, dev, trusted) => {
    expect(isTrustedSender(url, dev)).toBe(trusted);
  });
});

describe('validateArgs', () => {
  it.each(apiMethods)('%s rejects an unexpected extra argument', (method) => {
    expect(() => validateArgs(method, [{ injected: '../../etc/passwd' }])).toThrow();
  });

  // One valid call per method; typed by the method list, so a new method fails to compile until it is added.
  const validCalls: Record<ApiMethod, unknown[]> = {
    getHostInfo: [],
    listBundledArticles: [],
    takeOpenedFiles: [],
    saveAutoBackup: ['{"format":"lesestoff-backup"}'],
  };
  it.each(apiMethods)('%s accepts its declared arguments', (method) => {
    expect(validateArgs(method, validCalls[method])).toEqual(validCalls[method]);
  });
});
