/**
 * Which source words only bind a phrase (scripts/dict/asset.ts orders each word's phrases by it): the language model's
 * prepositions, articles and pronouns, the same classes core's lookup lets stand beside a clicked word in a phrase.
 */
import { defaultLanguage, type Upos } from '../../src/core';
import type { BindingWord } from './asset';

const BINDING = new Set<Upos>(['ADP', 'DET', 'PRON']);

export const bindsPhrase: BindingWord = (word) => defaultLanguage.morphology.closedClass.get(word)?.some((r) => BINDING.has(r.upos)) ?? false;
