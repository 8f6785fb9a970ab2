/**
 * A click's lookup awaited with a limit on silence (issue 19): an engine worker that crashed or hangs left the popover
 * on 'Looking up…' for good. After SILENT_AFTER_MS without an answer the popover says so, as the reader does for its
 * analysis, and a late answer still replaces that. A lookup reports no progress, so the minute runs from the click.
 */
import { watchSilence } from '../domain/engineSilence';
import { errorMessage } from '../domain/errorReport';

export type GlossState<T> = { state: 'done'; gloss: T } | { state: 'error'; message: string } | { state: 'silent' };

/** Tells `show` how `work` ends, or that it is silent first; the function returned stops telling. */
export function awaitGloss<T>(work: Promise<T>, show: (state: GlossState<T>) => void): () => void {
  let telling = true;
  const silence = watchSilence(() => show({ state: 'silent' }));
  const tell = (state: GlossState<T>) => {
    silence.stop();
    if (telling) show(state);
    telling = false;
  };
  work.then(
    (gloss) => tell({ state: 'done', gloss }),
    (err: unknown) => tell({ state: 'error', message: errorMessage(err) }),
  );
  return () => {
    telling = false;
    silence.stop();
  };
}
