/** The renderer's handle on the speech worker: created on first use, one per window (issue 18). */
import { wrap, type Remote } from 'comlink';
import type { speechService } from './speech.worker';

let remote: Remote<typeof speechService> | null = null;

export function speechWorker(): Remote<typeof speechService> {
  if (!remote) remote = wrap<typeof speechService>(new Worker(new URL('./speech.worker.ts', import.meta.url), { type: 'module', name: 'speech' }));
  return remote;
}
