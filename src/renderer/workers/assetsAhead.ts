/**
 * The engine's first assets, started by the worker's entry before the engine's code has loaded (issue 19): the
 * lexicon's download and inflate, and the English glossary's loading thread, run while the bulk of the worker's bundle
 * (core, the quiz, packs) is fetched and compiled, instead of after it. No core here, so the entry stays small.
 */
import { fetchLexicon } from './assets';
import { type GlossaryThread, startGlossaryThread } from './glossaryThread';

export interface FirstAssets {
  lexicon: Promise<Uint8Array>;
  /** Undefined where a worker cannot start one of its own. */
  english: GlossaryThread | undefined;
}

let ahead: FirstAssets | null = null;

/** Starts them (once, until taken). */
export function startFirstAssets(): void {
  if (ahead) return;
  ahead = { english: startGlossaryThread('en'), lexicon: fetchLexicon() };
  // Whoever takes them handles a failure; until then it is not unhandled.
  ahead.lexicon.catch(() => undefined);
}

/** Those started ahead, or new ones: a load that failed and is tried again fetches again. */
export function takeFirstAssets(): FirstAssets {
  startFirstAssets();
  const taken = ahead!;
  ahead = null;
  return taken;
}
