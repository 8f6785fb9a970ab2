/**
 * The registry of language models: the only importer of a language folder (`de/`). Hosts,
 * worker, CLI and renderer ask here once and pass the model (or the engine built from it) down.
 */
import { german } from './de';
import type { LanguageModel } from './languageModel';

const MODELS: readonly LanguageModel[] = [german];

/** The language of the app's texts. */
export const defaultLanguage: LanguageModel = german;

/** The model for a BCP-47 tag (`de`, `de-AT` → German), or undefined for a language the core lacks. */
export function languageFor(tag: string): LanguageModel | undefined {
  const primary = tag.toLowerCase().split('-')[0];
  return MODELS.find((m) => m.tag === primary);
}
