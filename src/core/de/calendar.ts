/**
 * German calendar words for dates and times. Month names are the tokenizer's list
 * (`de/abbreviations.ts`), here mapped to their numbers.
 */

export const MONTH_NUMBERS: Record<string, number> = {
  Januar: 1, Jänner: 1, Jan: 1, Februar: 2, Feber: 2, Feb: 2, März: 3, Mär: 3, April: 4, Apr: 4, Mai: 5, Juni: 6,
  Jun: 6, Juli: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sep: 9, Sept: 9, Oktober: 10, Okt: 10, November: 11,
  Nov: 11, Dezember: 12, Dez: 12,
};

/** Weekdays, Monday first (ISO: Monday = 1). */
export const WEEKDAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
/** `Sonnabend` is Saturday in the north. */
export const WEEKDAY_ALIASES: Record<string, number> = { Sonnabend: 6 };
/** Parts of the day glued to a weekday (`Dienstagabend`) or after it (`Dienstag Abend`). */
export const DAY_PARTS = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'früh'];

/** Relative day words and their offset in days from the article date. */
export const RELATIVE_DAYS: Record<string, number> = { vorgestern: -2, gestern: -1, heute: 0, übermorgen: 2 };
/** `vor 24 Jahren`, `vor drei Wochen`: unit word → unit. */
export const RELATIVE_UNITS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  Tag: 'day', Tagen: 'day', Woche: 'week', Wochen: 'week', Monat: 'month', Monaten: 'month', Jahr: 'year', Jahren: 'year',
};
/** `vergangenen Freitag`, `kommenden Montag`, `letzte Woche`: sign of the shift. */
export const RELATIVE_MODIFIERS: Record<string, -1 | 1> = {
  vergangenen: -1, vergangene: -1, letzten: -1, letzte: -1, vorigen: -1, vorige: -1, kommenden: 1, kommende: 1, nächsten: 1, nächste: 1,
};
/** Words before a bare year that make it a date (`im Jahr 2004`, `seit 2019`). */
export const YEAR_CUES = ['Jahr', 'Jahre', 'Jahres', 'im', 'seit', 'bis', 'ab', 'von', 'vor', 'nach', 'Anfang', 'Ende', 'Mitte', 'Herbst', 'Frühjahr', 'Sommer', 'Winter', 'Frühling'];
/**
 * Tense cues that say which way a bare weekday or month points from the article's date:
 * news reports the past in Präteritum/Perfekt and plans in Präsens or with a modal.
 */
export const FUTURE_CUES = ['wird', 'werden', 'soll', 'sollen', 'will', 'wollen', 'plant', 'planen', 'geplant', 'erwartet', 'bevorstehenden', 'beginnt', 'beginnen', 'folgt', 'folgen', 'reist', 'reisen', 'kommt', 'kommen'];
export const PAST_CUES = ['war', 'waren', 'hatte', 'hatten', 'wurde', 'wurden', 'hat', 'haben', 'ist', 'sind', 'seit', 'zuletzt', 'bereits', 'damals'];
