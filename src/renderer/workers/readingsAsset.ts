/**
 * The page's side of the bundled articles' shipped readings (shippedReadings.ts): the asset is fetched once (~22 kB),
 * when the reader first opens a bundled article or, the app opened at one, as the app starts (`fetchReadingsAhead`),
 * and a shipped article's opening cards go to the page's card cache while the engine worker is asked to prepare the
 * others, as after an analysis of its own.
 */
import readingsUrl from '../../../resources/readings/bundled.json.gz?url';
import type { Sentence, Span } from '../../core';
import { inflateNatively, isGzip } from './assets';
import { engine, shipCards } from './engineClient';
import { readingOf, type ShippedReadings } from './shippedReadings';
import { markStart } from './startMarks';

let readings: Promise<ShippedReadings> | null = null;

async function fetchReadings(): Promise<ShippedReadings> {
  const response = await fetch(readingsUrl);
  if (!response.ok) throw new Error(`${readingsUrl}: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A server may have inflated it already (Content-Encoding), as the lexicon's.
  return JSON.parse(new TextDecoder().decode(isGzip(bytes) ? await inflateNatively(bytes, 'gzip') : bytes)) as ShippedReadings;
}

/**
 * Starts fetching and decoding the readings now: the app opens at a bundled article (issue 19). Asked by the reader
 * once it had its article from the database, they came ~160 ms after the library would have shown, the download
 * waiting behind the database's opening, the seeding and the reader's first draw; this runs alongside them. A failure
 * is the reader's to see (it asks again, then analyses the text).
 */
export function fetchReadingsAhead(): void {
  readings ??= fetchReadings();
  readings.catch(() => undefined);
}

/**
 * The paragraphs of `text` as the engine analyses them, when the app ships them for this text, these paragraphs and
 * `analysisVersion`; else undefined (also when the asset cannot be read: the engine analyses the text then, as any).
 */
export async function shippedParagraphs(text: string, spans: readonly Span[], analysisVersion: string): Promise<Sentence[][] | undefined> {
  try {
    readings ??= fetchReadings();
    const reading = readingOf(await readings, text, spans, analysisVersion);
    if (!reading) return undefined;
    markStart('reading-shipped');
    shipCards(reading.cards);
    void engine()
      .prepareCards(text, reading.paragraphs, reading.cards.map(([key]) => key))
      .catch(() => undefined);
    return reading.paragraphs;
  } catch {
    readings = null;
    return undefined;
  }
}
