/**
 * The English glossary as the engine sees it while it is still being fetched and inflated (issue 19): the engine is
 * created from the lexicon meanwhile, on the worker's thread, while another thread fetches and inflates the glossary.
 * A text analysed before `set` holds back step 06, which asks the glossary, until then (engineService.ts `analyze`), so
 * every analysis sees the whole glossary; anything else that asks it waits for `set` (the worker's `ready` waits for both).
 */
import type { Dictionary } from '../../core';

export class LateDictionary {
  private parsed: Dictionary | null = null;

  /** `exact` is left out: it is optional, and callers fall back to `lookup` (only the engine's `has` runs on this). */
  readonly dictionary: Dictionary = {
    languages: ['en'],
    lookup: (lemma, lang) => this.get().lookup(lemma, lang),
    has: (lemma, lang) => this.get().has(lemma, lang),
  };

  /** Whether the glossary has come (`set`): until then an analysis holds back step 06 (engineService.ts `analyze`). */
  get opened(): boolean {
    return this.parsed !== null;
  }

  set(dictionary: Dictionary): void {
    this.parsed = dictionary;
  }

  private get(): Dictionary {
    if (!this.parsed) throw new Error('the glossary is still loading');
    return this.parsed;
  }
}
