/**
 * The language of the texts the app reads, from the core's registry (issue 13): German words on
 * screen carry it as their `lang`, so screen readers pronounce and browsers hyphenate them as such.
 */
import { defaultLanguage } from '../core';

export const TEXT_LANG = defaultLanguage.tag;
