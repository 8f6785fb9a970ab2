/** Runs the article through the engine worker and builds the reader's document, with progress. */
import { useEffect, useState } from 'react';
import type { Span } from '../../core';
import { engine, progress } from '../workers/engineClient';
import { markStart } from '../workers/startMarks';
import type { EngineProgress } from '../workers/engineApi';
import { buildReaderDoc, type ReaderDoc } from './readerDoc';

export type DocState =
  | { state: 'working'; progress: EngineProgress | null }
  | { state: 'ready'; doc: ReaderDoc }
  | { state: 'error'; message: string };

export function useReaderDoc(text: string | null, spans: Span[]): DocState {
  const [result, setResult] = useState<{ text: string | null; value: DocState }>({ text: null, value: { state: 'working', progress: null } });
  useEffect(() => {
    if (text === null) return;
    let live = true;
    const report = progress((p) => {
      if (live) setResult({ text, value: { state: 'working', progress: p } });
    });
    engine()
      .ready(report)
      .then(() => engine().analyze(text, spans, report))
      .then(
        (analysed) => {
          markStart('analysis-received');
          if (live) setResult({ text, value: { state: 'ready', doc: buildReaderDoc(text, spans, analysed) } });
        },
        (err: unknown) => live && setResult({ text, value: { state: 'error', message: err instanceof Error ? err.message : String(err) } }),
      );
    return () => {
      live = false;
    };
  }, [text, spans]);
  return result.text === text ? result.value : { state: 'working', progress: null };
}
