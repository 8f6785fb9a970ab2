import enCommon from './locales/en/common.json';
import enLibrary from './locales/en/library.json';
import enReader from './locales/en/reader.json';
import enSettings from './locales/en/settings.json';
import deCommon from './locales/de/common.json';
import deLibrary from './locales/de/library.json';
import deReader from './locales/de/reader.json';
import deSettings from './locales/de/settings.json';

/** English is the fallback and the source of the typed keys; German must have the same keys (tested). */
export const resources = {
  en: { common: enCommon, library: enLibrary, reader: enReader, settings: enSettings },
  de: { common: deCommon, library: deLibrary, reader: deReader, settings: deSettings },
} as const;

export type UiLanguage = keyof typeof resources;
export const uiLanguages = Object.keys(resources) as UiLanguage[];
export const defaultNamespace = 'common';
