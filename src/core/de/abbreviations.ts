/**
 * German data for `tokenize` (src/core/analysis/01-tokenize.ts), which knows no German itself.
 * Kept as plain readable lists; the tokenizer only does set look-ups on them.
 */
import type { TokenizerRules } from '../analysis/01-tokenize';

/**
 * Words that keep their final period (`Dr.`, `bzw.`), written without the dot. Case matters
 * (`St.` but not `st.`); a capitalised sentence-initial form (`Bzw.`, `Ca.`) is looked up in lower case.
 * Single letters (`z. B.`, `u. a.`, `Josh S. Smith`) need no entry: every lone letter + `.` is one.
 * Left out on purpose: words that are also common sentence-final nouns (`Art`, `Stand`, `So`).
 */
const ABBREVIATIONS = [
  // titles and forms of address
  'Dr', 'Prof', 'Dipl', 'Ing', 'Hr', 'Fr', 'Hrn', 'Mr', 'Mrs', 'Ms', 'Jr', 'Sr', 'Lt', 'Pfr',
  // running text
  'bzw', 'ca', 'usw', 'etc', 'vgl', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl', 'abzgl', 'bspw', 'sog', 'bzgl', 'ebd',
  'usf', 'uvm', 'Anm', 'ff', 'allg', 'einschl', 'insb', 'urspr', 'zit', 'zT', 'zB', 'mind', 'max', 'min', 'gem',
  'geb', 'gest', 'verh', 'ehem', 'Hrsg', 'Hg', 'Bd', 'Bde', 'Aufl', 'Abb', 'Tab', 'Kap', 'Abs', 'Ziff', 'lt',
  'Nr', 'Nrn', 'Tel', 'Fax', 'Str', 'St', 'Mio', 'Mrd', 'Tsd', 'Jh', 'Jhd', 'Jhdt', 'Chr', 'Az', 'Ref',
  'Std', 'Min', 'Sek', 'Mo', 'Di', 'Mi', 'Do', 'Sa', 'Kl', 'Pkt', 'Co', 'Inc', 'Corp', 'Ltd', 'Bhf', 'Bf',
  // month abbreviations (`Jan` is also a first name, so it stays out)
  'Feb', 'Apr', 'Aug', 'Sep', 'Sept', 'Okt', 'Nov', 'Dez',
];

/** Abbreviations that may also close a sentence: `… Äpfel, Birnen usw. Danach …`. */
const SENTENCE_FINAL_ABBREVIATIONS = ['usw', 'etc', 'usf', 'uvm', 'ff', 'Chr', 'Co', 'Inc', 'Corp', 'Ltd'];

/** `18. Juni`: a number + `.` before a month name is a date, never a sentence end. */
const MONTHS = [
  'Januar', 'Jänner', 'Februar', 'Feber', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September',
  'Oktober', 'November', 'Dezember', 'Jan', 'Feb', 'Mär', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Okt',
  'Nov', 'Dez',
];

/** Capitalised nouns that take an ordinal: `zum 3. Mal`, `im 20. Jahrhundert`, `auf dem 2. Platz`. */
const ORDINAL_HEADS = [
  'Mal', 'Jahrhundert', 'Jahrhunderts', 'Jahrtausend', 'Jahrestag', 'Geburtstag', 'Todestag', 'Platz', 'Rang',
  'Stock', 'Etage', 'Liga', 'Bundesliga', 'Klasse', 'Runde', 'Spieltag', 'Weltkrieg', 'Weltkrieges', 'Weltkriegs',
  'Lesung', 'Amendment', 'Kapitel', 'Akt', 'Satz', 'Quartal', 'Halbjahr', 'Tag', 'Woche', 'Monat', 'Jahr',
  'Sitzung', 'Parteitag', 'Bezirk', 'Armee', 'Division', 'Legislaturperiode', 'Wahlgang', 'Durchgang', 'Grades',
];

/** Words before a number that make a following `N.` an ordinal: `am 3.`, `der 2.`, `zum 5.`. */
const ORDINAL_DETERMINERS = [
  'der', 'die', 'das', 'dem', 'den', 'des', 'am', 'im', 'vom', 'zum', 'zur', 'beim', 'ins', 'ihr', 'ihre',
  'ihrem', 'ihren', 'ihrer', 'sein', 'seine', 'seinem', 'seinen', 'seiner', 'jeder',
  'jede', 'jedes', 'jedem', 'jeden', 'diese', 'dieser', 'dieses', 'diesem', 'diesen', 'ein', 'eine', 'einem',
  'einen', 'einer', 'eines', 'Der', 'Die', 'Das', 'Am', 'Im', 'Zum',
];

/** Every German quote style, plus the LaTeX-style ``…'' found in older newspaper corpora. */
const QUOTES = ['``', "''", '„', '“', '”', '"', '»', '«', '‚', '‘', '’', "'", '‹', '›', '`', '´'];

/** Colloquial clitics after a space: `wie geht 's`, `so 'n Ding`. */
const ELISIONS = ["'s", '’s', "'n", '’n', "'ne", '’ne', "'nen", '’nen', "'nem", '’nem', "'m", '’m'];

/** Kept whole so `:-)` does not become three punctuation tokens. */
const EMOTICONS = [':-)', ';-)', ':-(', ':-D', ':-P', ':)', ';)', ':(', ':D', ':P', ':/', '<3'];

/** Top-level domains that turn a bare `name.tld` into one url token (`tagesschau.de`). */
const TOP_LEVEL_DOMAINS = [
  'de', 'at', 'ch', 'com', 'org', 'net', 'eu', 'info', 'io', 'gov', 'edu', 'int', 'uk', 'fr', 'nl', 'it',
  'es', 'pl', 'ru', 'ua', 'kr', 'jp', 'cn', 'us', 'tv', 'fm', 'online', 'news', 'berlin', 'bayern',
];

export const germanTokenizerRules: TokenizerRules = {
  abbreviations: new Set(ABBREVIATIONS),
  sentenceFinalAbbreviations: new Set(SENTENCE_FINAL_ABBREVIATIONS),
  months: new Set(MONTHS),
  ordinalHeads: new Set(ORDINAL_HEADS),
  ordinalDeterminers: new Set(ORDINAL_DETERMINERS),
  quotes: QUOTES,
  emoticons: EMOTICONS,
  elisions: ELISIONS,
  topLevelDomains: TOP_LEVEL_DOMAINS,
};
