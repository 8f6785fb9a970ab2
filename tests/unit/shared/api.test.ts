import { describe, expect, it } from 'vitest';
import { apiContract, bundledArticleSchema } from '../../../src/shared/api';
import { apiMethods } from '../../../src/shared/apiMethods';

describe('the API contract', () => {
  it('declares a schema for exactly the methods the preload exposes', () => {
    expect(Object.keys(apiContract).sort()).toEqual([...apiMethods].sort());
  });

  it('rejects a bundled article with an empty id or an oversized text', () => {
    expect(bundledArticleSchema.safeParse({ id: '', text: 'x' }).success).toBe(false);
    expect(bundledArticleSchema.safeParse({ id: 'a', text: 'x'.repeat(2_000_001) }).success).toBe(false);
  });
});
