/** Runs the article through the engine worker and builds the reader's document, with progress. */
import { useEffect, useState } from 'react';
import type { Sentence, Span } from '../../core';
import { engine, progress } from '../workers/engineClient';
import { markStart } from '../workers/startMarks';
import type { EngineApi, EngineProgress } from '../workers/engineApi';
import { watchSilence } from '../domain/engineSilence';
import { errorMessage } from '../domain/errorReport';
import { ANALYSIS_VERSION } from '../domain/lemmaIndex';
import { shippedParagraphs } from '../workers/readingsAsset';
import { buildReaderDoc, type ReaderDoc } from './readerDoc';

export type DocState =
  | { state: 'working'; progress: EngineProgress | null }
  | { state: 'ready'; doc: ReaderDoc }
  | { state: 'error'; message: string }
  /** Nothing heard from the engine worker for SILENT_AFTER_MS: said, while its answer is still awaited. */
  | { state: 'silent' };

/** What the reader asks of the engine worker (comlink's proxy of it, or a stand-in in tests). */
export type DocEngine = { [K in 'ready' | 'analyze']: (...args: Parameters<EngineApi[K]>) => Promise<Awaited<ReturnType<EngineApi[K]>>> };

/**
 * Analyses `text` in `spans` and tells `show` each state: progress, then the document or the failure. Returns a
 * function after which nothing more is told (the reader moved on to another text). A text whose analysis the app
 * ships (`shipped`: a bundled article's, readingsAsset.ts) is drawn from it, without asking the engine (issue 19).
 *
 * No progress is told after the outcome: a report comes through its callback's own message port (comlink), which the
 * page may read after the port that brought the answer, and it made the reader of a text already analysed say
 * "Analysing the text… 100 %" for good, its words never drawn (issue 19: 2 of 2 pasted 10,000-word texts with the CPU
 * slowed down five times).
 */
export function analyseDoc(api: DocEngine, text: string, spans: Span[], show: (state: DocState) => void, shipped?: Promise<Sentence[][] | undefined>): () => void {
  let telling = true;
  // Restarted by each report; a late answer still replaces what it told.
  const silence = watchSilence(() => show({ state: 'silent' }));
  const tell = (state: DocState) => {
    if (!telling) return;
    telling = state.state === 'working';
    show(state);
    if (telling) silence.heard();
    else silence.stop();
  };
  // Analysis has begun once it reports: a late report of the load (its own message port) does not take the reader back.
  let analysing = false;
  const report = progress((p) => {
    if (p.stage === 'analyze') analysing = true;
    else if (analysing) return;
    tell({ state: 'working', progress: p });
  });
  const analyse = async () => {
    // Asked at once, not after `ready` (issue 19): the worker analyses as soon as its engine is built, while the
    // glossary the load ends with may still be on its way; `ready` tells the load's progress meanwhile, and a failed
    // load fails the analysis too.
    api.ready(report).catch(() => undefined);
    const analysed = await api.analyze(text, spans, report);
    markStart('analysis-received');
    return analysed;
  };
  (shipped ? shipped.then((paragraphs) => paragraphs ?? analyse()) : analyse()).then(
    (analysed: Sentence[][]) => {
      if (telling) tell({ state: 'ready', doc: buildReaderDoc(text, spans, analysed) });
    },
    (err: unknown) => tell({ state: 'error', message: errorMessage(err) }),
  );
  return () => {
    telling = false;
    silence.stop();
  };
}

/** The reader's document of `text` in `spans`; `bundled`: a text the app ships, whose analysis it may ship too. */
export function useReaderDoc(text: string | null, spans: Span[], bundled = false): DocState {
  const [result, setResult] = useState<{ text: string | null; value: DocState }>({ text: null, value: { state: 'working', progress: null } });
  useEffect(() => {
    if (text === null) return;
    return analyseDoc(engine(), text, spans, (value) => setResult({ text, value }), bundled ? shippedParagraphs(text, spans, ANALYSIS_VERSION) : undefined);
  }, [text, spans, bundled]);
  return result.text === text ? result.value : { state: 'working', progress: null };
}
