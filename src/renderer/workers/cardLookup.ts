/**
 * The glossary card of a click, as the worker answers it and as the bundled articles' shipped cards were made
 * (scripts/buildReadings.ts): core's `lookupWord` (the CLI's) with the word's reading found in its sentence.
 */
import { defaultLanguage, type Dictionary, type Engine, lookupWord } from '../../core';
import type { Look } from './cardCache';

export function cardLookup(engine: Engine, dictionary: Dictionary): Look {
  // Its compound parts are read alone.
  return ({ word, reading, lang, context }) =>
    lookupWord(word, { dictionary, glossary: defaultLanguage.glossary, lang, lemmatize: (w) => (w === word ? [reading] : engine.lemmatize(w)), split: (w) => engine.split(w), ...(context ? { context } : {}) });
}
