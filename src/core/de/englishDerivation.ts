/**
 * English words the German–English glossary's senses make where German derives a word its lines lack (issue 14): a verb's
 * noun of action (`das Einschlafen` → falling asleep), and a derived word's sense from its base's with the English
 * counterpart of the deriving affix (`Renationalisierung` → renationalization, `Bearbeitbarkeit` → processability), each
 * only where English forms it regularly beyond doubt.
 */

/**
 * `to fall asleep` → falling asleep, `to repeat sth.` → repeating sth.: English adds -ing to the verb, without a silent e
 * (make, making) and with -ie as -y (die, dying). A word of one syllable ending in one vowel and one consonant doubles it
 * (stop, stopping); a longer one so ending doubles it or not by its stress (begin, beginning; visit, visiting), which its
 * letters do not tell: it gives none.
 */
export function gerund(sense: string): string | undefined {
  const m = /^to (\p{Ll}+)(.*)$/u.exec(sense);
  if (!m) return undefined;
  const verb = m[1]!;
  // The u of qu is no vowel (quit, quitting).
  const letters = verb.replace(/qu/gu, 'q');
  const short = /^[^aeiouy]*[aeiouy]+[^aeiouy]*$/u.test(letters);
  const doubles = /[^aeiou][aeiou][^aeiouwxy]$/u.test(letters);
  if (doubles && !short) return undefined;
  const stem = verb.length <= 2 || /(?:ee|oe|ye)$/u.test(verb) ? verb : verb.endsWith('ie') ? `${verb.slice(0, -2)}y`
    : /[^aeiou]e$/u.test(verb) ? verb.slice(0, -1) : doubles ? verb + verb.at(-1)! : verb;
  return `${stem}ing${m[2]!}`;
}

/** A verb's sense as its one English verb (`to process sth.` → process), undefined for a wording or a sense with a note. */
const plainVerb = (sense: string): string | undefined => /^to (\p{Ll}{3,})(?: (?:sb|sth)\.(?:\/(?:sb|sth)\.)?)?$/u.exec(sense)?.[1];

/**
 * The noun of the action a verb names: -ize/-ise and -ify have one regular noun (nationalize, nationalization; vilify,
 * vilification), any other verb its gerund (process, processing), as -ate's and the others' are no rule (create,
 * creation; debate, debate).
 */
function actionNoun(verb: string): string | undefined {
  if (verb.length >= 6 && /i[sz]e$/u.test(verb)) return `${verb.slice(0, -1)}ation`;
  if (verb.length >= 5 && verb.endsWith('ify')) return `${verb.slice(0, -1)}ication`;
  return gerund(`to ${verb}`);
}

/**
 * The noun of how well something can be done with (-ability): without a silent e (use, usability) but after c or g
 * (manage, manageability), with a consonant's y as i (rely, reliability). A verb in -ate drops the ending (calculate,
 * calculability) and one ending in one vowel and one consonant may double it (control, controllability) or not (edit,
 * editability): the letters do not tell, and it gives none.
 */
function ability(verb: string): string | undefined {
  if (verb.endsWith('ate') || /[^aeiou][aeiou][^aeiouwxy]$/u.test(verb)) return undefined;
  const stem = /[^cg]e$/u.test(verb) ? verb.slice(0, -1) : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}i` : verb;
  return `${stem}ability`;
}

/** The quality of an adjective in -able or -ible (readable, readability; feasible, feasibility); none for the others (-ness or -ity?). */
const quality = (adjective: string): string | undefined => (/^\p{Ll}{2,}[ai]ble$/u.test(adjective) ? `${adjective.slice(0, -2)}ility` : undefined);

/** An abbreviation after a sense (`German /Ger./`). */
const ABBREVIATION = /\s\/[^/\s][^/]*\/$/u;

/**
 * A prefix's word before a sense of one word, or its two spellings (`nationalisation / nationalization`): joined (re,
 * de, mis), with a hyphen before a capital (non-German) or the vowel the prefix ends in (re-election, de-escalation).
 */
function prefixed(prefix: string, sense: string): string | undefined {
  const words = sense.replace(ABBREVIATION, '').split(' / ');
  if (!words.every((w) => /^\p{L}[\p{L}-]*$/u.test(w))) return undefined;
  const joined = (w: string) => (prefix.endsWith('-') ? prefix + w : /^\p{Lu}/u.test(w) || /[aeiou]$/u.test(prefix) && w.startsWith(prefix.at(-1)!) ? `${prefix}-${w}` : prefix + w);
  return words.map(joined).join(' / ');
}

/**
 * German's deriving affixes as the splitter writes them (`re-`, `-ung`), and what English makes of their base's sense.
 * Not `un-`, which English puts before adjectives and few nouns (Unruhe: unrest, Unkosten: expenses), nor the nouns of
 * doctrines and people (-ismus, -ler), which English ends in several ways.
 */
const AFFIXES: Readonly<Record<string, (sense: string) => string | undefined>> = {
  're-': (s) => prefixed('re', s),
  'de-': (s) => prefixed('de', s),
  'anti-': (s) => prefixed('anti-', s),
  'nicht-': (s) => prefixed('non-', s),
  'miss-': (s) => prefixed('mis', s),
  '-ung': (s) => { const verb = plainVerb(s); return verb && actionNoun(verb); },
  '-barkeit': (s) => { const verb = plainVerb(s); return verb && ability(verb); },
  '-keit': quality,
  '-heit': quality,
};

/** The derived word's sense in English from its base's sense, where English derives it regularly; by translation language. */
export const derivedSenses: Readonly<Record<string, (affix: string, sense: string) => string | undefined>> = {
  en: (affix, sense) => AFFIXES[affix]?.(sense),
};
