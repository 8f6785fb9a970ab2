/**
 * The renderer's handle on the own-texts worker. One run at a time: starting a run or cancelling ends the
 * one before by terminating its worker (a synchronous pass cannot be interrupted any other way); the
 * next run starts a fresh worker, which is cheap (no assets to load).
 */
import { proxy, wrap, type Remote } from 'comlink';
import type { TextFormat } from '../text/extractText';
import type { PreparedText, ReadText, Refused, StageCallback } from '../text/prepareText';
import type { TextService } from './textService';

let current: { worker: Worker; remote: Remote<TextService>; cancel: () => void } | null = null;

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** Ends the run under way, if any; its promise rejects with Cancelled. */
export function cancelTextWork(): void {
  current?.cancel();
}

async function run<T>(call: (remote: Remote<TextService>, onStage: StageCallback) => Promise<T>, onStage: StageCallback): Promise<T> {
  cancelTextWork();
  const worker = new Worker(new URL('./text.worker.ts', import.meta.url), { type: 'module', name: 'own-texts' });
  const remote = wrap<TextService>(worker);
  let reject: (e: Error) => void = () => undefined;
  const cancelled = new Promise<never>((_, r) => (reject = r));
  const mine = {
    worker,
    remote,
    cancel: () => {
      worker.terminate();
      reject(new Cancelled());
    },
  };
  current = mine;
  try {
    return await Promise.race([call(remote, proxy(onStage)), cancelled]);
  } finally {
    if (current === mine) {
      worker.terminate();
      current = null;
    }
  }
}

// comlink's Remote spreads a union result into a union of promises; the casts name the one promise it is.
export const readFileInWorker = (file: File, format: TextFormat, onStage: StageCallback): Promise<ReadText> =>
  run((r, s) => r.readOwnFile(file, format, s) as Promise<ReadText>, onStage);

export const prepareTextInWorker = (title: string, body: string, onStage: StageCallback): Promise<PreparedText | Refused> =>
  run((r, s) => r.prepareOwnText(title, body, s) as Promise<PreparedText | Refused>, onStage);
