/** German number words, scale words, qualifiers and units: data for `src/core/facts/numbers.ts`. */

export const NUMBER_WORDS: Record<string, number> = {
  eins: 1, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
  neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80,
  neunzig: 90, hundert: 100, tausend: 1000, zweihundert: 200, dreihundert: 300, fünfhundert: 500,
  beiden: 2, beide: 2, doppelt: 2,
};

/** Number words that are also articles or pronouns: never a counted fact on their own (`ein Abkommen`). */
export const ARTICLE_NUMBER_WORDS = ['ein', 'eine', 'eins', 'beide', 'beiden', 'doppelt'];

/** Vague quantities: counted but without a value (`Dutzende Soldaten`, `mehrere Abkommen`). */
export const VAGUE_NUMBERS = ['Dutzende', 'Hunderte', 'Tausende', 'Zehntausende', 'Hunderttausende', 'Millionen', 'Milliarden', 'mehrere', 'zahlreiche', 'einige', 'etliche', 'wenige'];

/** Scale words after a number (`2,5 Millionen`). */
export const SCALE_WORDS: Record<string, number> = {
  Tausend: 1e3, Million: 1e6, Millionen: 1e6, Mio: 1e6, 'Mio.': 1e6, Milliarde: 1e9, Milliarden: 1e9, Mrd: 1e9,
  'Mrd.': 1e9, Billion: 1e12, Billionen: 1e12,
};

/** Words before a number that qualify it; longest first when matching. */
export const NUMBER_QUALIFIERS = [
  'mehr als', 'weniger als', 'bis zu', 'knapp über', 'knapp unter', 'etwas mehr als', 'nicht mehr als', 'mindestens',
  'höchstens', 'rund', 'etwa', 'circa', 'ca.', 'knapp', 'fast', 'nahezu', 'beinahe', 'über', 'unter', 'gut',
  'annähernd', 'ungefähr', 'insgesamt', 'zwischen', 'weitere', 'weiteren', 'nur', 'lediglich', 'bereits', 'schon',
];

/**
 * Qualifiers of NUMBER_QUALIFIERS that approximate or total a count, never a year (`insgesamt 2000 Flüchtlinge`); not
 * those that also say when (`bereits 2015`, `schon 2015`, `nur 2015`, `über 2015 hinaus`).
 */
export const COUNT_QUALIFIERS = ['mehr als', 'weniger als', 'bis zu', 'mindestens', 'höchstens', 'rund', 'etwa', 'circa', 'ca.', 'knapp', 'fast', 'nahezu', 'beinahe', 'annähernd', 'ungefähr', 'insgesamt'];

export const PERCENT_WORDS = ['Prozent', '%', 'Prozentpunkte', 'Prozentpunkten'];
export const CURRENCY_WORDS = ['Euro', 'EUR', '€', 'Dollar', 'US-Dollar', 'USD', '$', 'Franken', 'Pfund', 'Rubel', 'Yen', 'Yuan', 'Won', 'Cent'];
export const MEASURE_WORDS = [
  'Kilometer', 'km', 'Meter', 'm', 'Zentimeter', 'cm', 'Kilogramm', 'kg', 'Gramm', 'Tonnen', 'Tonne', 'Liter',
  'Grad', 'Stunden', 'Stunde', 'Minuten', 'Minute', 'Sekunden', 'Tage', 'Tagen', 'Wochen', 'Monate', 'Monaten',
  'Jahre', 'Jahren', 'Quadratkilometer', 'Hektar', 'Megawatt', 'Kilowatt',
];

/** Words joining two numbers into a range (`20 bis 30`). */
export const RANGE_WORDS = ['bis', '-', '–'];
/** Linking words a counted phrase may continue through (`Container mit Munition`). */
export const COUNTED_LINKS = ['mit', 'aus', 'für', 'an'];
