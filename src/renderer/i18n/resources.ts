import enCommon from './locales/en/common.json';
import enLibrary from './locales/en/library.json';
import enReader from './locales/en/reader.json';
import enSettings from './locales/en/settings.json';
import enAbout from './locales/en/about.json';
import enVocabulary from './locales/en/vocabulary.json';
import enReview from './locales/en/review.json';
import enOwnTexts from './locales/en/ownTexts.json';
import enQuiz from './locales/en/quiz.json';
import enStories from './locales/en/stories.json';
import enProgress from './locales/en/progress.json';
import enPacks from './locales/en/packs.json';
import deCommon from './locales/de/common.json';
import deLibrary from './locales/de/library.json';
import deReader from './locales/de/reader.json';
import deSettings from './locales/de/settings.json';
import deAbout from './locales/de/about.json';
import deVocabulary from './locales/de/vocabulary.json';
import deReview from './locales/de/review.json';
import deOwnTexts from './locales/de/ownTexts.json';
import deQuiz from './locales/de/quiz.json';
import deStories from './locales/de/stories.json';
import deProgress from './locales/de/progress.json';
import dePacks from './locales/de/packs.json';

/** English is the fallback and the source of the typed keys; German must have the same keys (tested). */
export const resources = {
  en: { common: enCommon, library: enLibrary, reader: enReader, settings: enSettings, about: enAbout, vocabulary: enVocabulary, review: enReview, ownTexts: enOwnTexts, quiz: enQuiz, stories: enStories, progress: enProgress, packs: enPacks },
  de: { common: deCommon, library: deLibrary, reader: deReader, settings: deSettings, about: deAbout, vocabulary: deVocabulary, review: deReview, ownTexts: deOwnTexts, quiz: deQuiz, stories: deStories, progress: deProgress, packs: dePacks },
} as const;

export type UiLanguage = keyof typeof resources;
export const uiLanguages = Object.keys(resources) as UiLanguage[];
export const defaultNamespace = 'common';
