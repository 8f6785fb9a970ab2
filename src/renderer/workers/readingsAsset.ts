/**
 * The page's side of the bundled articles' shipped readings (shippedReadings.ts): the asset is fetched once, when the
 * reader first opens a bundled article (~22 kB), and a shipped article's opening cards go to the page's card cache
 * while the engine worker is asked to prepare the others, as after an analysis of its own.
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
      .prepareCards(text, reading.paragraphs)
      .catch(() => undefined);
    return reading.paragraphs;
  } catch {
    readings = null;
    return undefined;
  }
}
