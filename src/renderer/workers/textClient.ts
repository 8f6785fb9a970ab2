/**
 * The renderer's handle on the own-texts worker. Every run has a worker of its own, ended when the run ends or
 * its caller aborts it (a synchronous pass cannot be interrupted any other way); a fresh worker is cheap (no
 * assets to load). Runs do not end each other: a learner who pressed Add, left, and began another text keeps
 * the first one (it used to be cancelled by the second screen's word count, and the text was lost).
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { TextFormat } from '../text/extractText';
import type { PreparedText, ReadText, Refused, StageCallback } from '../text/prepareText';
import type { TextService } from './textService';

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

async function run<T>(call: (remote: Remote<TextService>, onStage: StageCallback) => Promise<T>, onStage: StageCallback, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) throw new Cancelled();
  const worker = new Worker(new URL('./text.worker.ts', import.meta.url), { type: 'module', name: 'own-texts' });
  let onAbort = () => undefined as void;
  const cancelled = new Promise<never>((_, reject) => (onAbort = () => reject(new Cancelled())));
  signal?.addEventListener('abort', onAbort, { once: true });
  // A stage comes through its callback's own message port, which the page may read after the answer's: once the run
  // has ended, one arriving late would put the screen back into its busy state for good (the reader had that bug,
  // issue 19), so it is dropped.
  let running = true;
  const report: StageCallback = (stage) => {
    if (running) onStage(stage);
  };
  try {
    return await Promise.race([call(wrap<TextService>(worker), proxy(report)), cancelled]);
  } finally {
    running = false;
    signal?.removeEventListener('abort', onAbort);
    worker.terminate();
  }
}

// comlink's Remote spreads a union result into a union of promises; the casts name the one promise it is.
export const readFileInWorker = (file: File, format: TextFormat, onStage: StageCallback, signal?: AbortSignal): Promise<ReadText> =>
  run((r, s) => r.readOwnFile(file, format, s) as Promise<ReadText>, onStage, signal);

export const prepareTextInWorker = (title: string, body: string, onStage: StageCallback, signal?: AbortSignal): Promise<PreparedText | Refused> =>
  run((r, s) => r.prepareOwnText(title, body, s) as Promise<PreparedText | Refused>, onStage, signal);
