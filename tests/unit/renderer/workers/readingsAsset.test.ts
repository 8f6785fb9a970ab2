import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../../src/renderer/workers/engineClient', () => ({ engine: () => ({ prepareCards: () => Promise.resolve() }), shipCards: () => undefined }));

// An invented text the readings do not hold: the reader analyses it, as any text, once they have been read.
const text = 'Am Deich von Varnholm blühen schon die Schlehen.';
const spans = [{ start: 0, end: text.length }];
const readings = JSON.stringify({ format: 1, analysisVersion: '7', cards: [], articles: [] });

describe('the shipped readings asset (issue 19)', () => {
  let fetched: number;
  let failNext: boolean;
  beforeEach(() => {
    vi.resetModules();
    fetched = 0;
    failNext = false;
    vi.stubGlobal('fetch', async () => {
      fetched++;
      if (failNext) {
        failNext = false;
        throw new Error('offline');
      }
      return new Response(readings);
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  const load = () => import('../../../../src/renderer/workers/readingsAsset');

  it('is fetched ahead, as the app starts at a bundled article, and the reader reads that download', async () => {
    const { fetchReadingsAhead, shippedParagraphs } = await load();
    fetchReadingsAhead();
    expect(fetched).toBe(1);
    expect(await shippedParagraphs(text, spans, '7')).toBeUndefined();
    expect(fetched).toBe(1);
  });

  it('is fetched again by the reader when the download ahead failed', async () => {
    const { fetchReadingsAhead, shippedParagraphs } = await load();
    failNext = true;
    fetchReadingsAhead();
    expect(await shippedParagraphs(text, spans, '7')).toBeUndefined();
    expect(await shippedParagraphs(text, spans, '7')).toBeUndefined();
    expect(fetched).toBe(2);
  });
});
