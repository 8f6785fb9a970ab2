/** German data for the fact extractor, gathered from the word lists in this folder. */
import type { FactsLanguage } from '../facts/language';
import { startsUpper } from '../analysis/capital';
import { germanQuoteRules, DETERMINERS, NAME_PARTICLE_ELIDED, NAME_PARTICLE_FOLLOWS, NAME_PARTICLE_LEADS } from './quoteCues';
import { NUMBER_WORDS, ARTICLE_NUMBER_WORDS, VAGUE_NUMBERS, SCALE_WORDS, NUMBER_QUALIFIERS, COUNT_QUALIFIERS, PERCENT_WORDS, CURRENCY_WORDS, MEASURE_WORDS, RANGE_WORDS, COUNTED_LINKS } from './numberWords';
import { MONTH_NUMBERS, WEEKDAYS, WEEKDAY_ALIASES, DAY_PARTS, RELATIVE_DAYS, RELATIVE_UNITS, RELATIVE_MODIFIERS, YEAR_CUES, FUTURE_CUES, PAST_CUES } from './calendar';
import { NerWeights } from '../ner/weights';
import { germanStoryRules } from './storyRules';
import { KNOWN_ORGANISATIONS } from './organisations';
import { NAME_TITLES, ROLE_HEADS, ROLE_SUFFIXES, ORGANISATION_HEADS, ORGANISATION_DESCRIPTORS, ORGANISATION_HINTS, ORGANISATION_SUFFIXES, PLACES, PLACE_PREPOSITIONS, NAME_PLACE_CUES, NAME_ORGANISATION_CUES, NAME_TITLE_CUES, NON_NAME_WORDS } from './roles';

// Trained by scripts/trainNer.ts on GermEval 2014 dev (CC BY 4.0, Benikova, Biemann, Reznicek; see README); the host reads the file.
const nerWeights = new NerWeights('ner/de-ner.json');

export const germanFactRules: FactsLanguage = {
  quotes: germanQuoteRules,
  numberMarks: { decimal: ',', group: '.' },
  numberWords: NUMBER_WORDS,
  articleNumberWords: new Set(ARTICLE_NUMBER_WORDS),
  vagueNumbers: new Set(VAGUE_NUMBERS),
  scaleWords: SCALE_WORDS,
  qualifiers: [...NUMBER_QUALIFIERS].sort((a, b) => b.length - a.length),
  countQualifiers: new Set(COUNT_QUALIFIERS),
  percentWords: new Set(PERCENT_WORDS),
  currencyWords: new Set(CURRENCY_WORDS),
  measureWords: new Set(MEASURE_WORDS),
  // German writes nouns and names with a capital, which also keeps units (`3.000 mAh`) from being counted things.
  isNoun: (t) => startsUpper(t.text),
  rangeWords: new Set(RANGE_WORDS),
  countedLinks: new Set(COUNTED_LINKS),
  clockWord: 'Uhr',
  months: MONTH_NUMBERS,
  weekdays: WEEKDAYS,
  weekdayAliases: WEEKDAY_ALIASES,
  dayParts: DAY_PARTS,
  relativeDays: RELATIVE_DAYS,
  relativeUnits: RELATIVE_UNITS,
  relativeModifiers: RELATIVE_MODIFIERS,
  futureCues: new Set(FUTURE_CUES),
  pastCues: new Set(PAST_CUES),
  agoWord: 'vor',
  yearCues: new Set(YEAR_CUES),
  datePrepositions: new Set(['am', 'im', 'seit', 'bis', 'ab', 'vom', 'zum', 'vor']),
  roleHeads: new Set(ROLE_HEADS),
  nonNameWords: new Set(NON_NAME_WORDS),
  definiteArticles: new Set(['der', 'die']),
  roleSuffixes: ROLE_SUFFIXES,
  nameTitles: new Set(NAME_TITLES),
  organisationHints: new Set(ORGANISATION_HINTS),
  organisationSuffixes: ORGANISATION_SUFFIXES,
  organisationDescriptors: ORGANISATION_DESCRIPTORS,
  organisationHeads: new Set(ORGANISATION_HEADS),
  organisationNames: new Set(KNOWN_ORGANISATIONS),
  places: new Set(PLACES),
  namePlaceCues: new Set(NAME_PLACE_CUES),
  nameOrganisationCues: new Set(NAME_ORGANISATION_CUES),
  nameTitleCues: new Set(NAME_TITLE_CUES),
  nameTitleLink: 'wie',
  nameParticles: { lead: NAME_PARTICLE_LEADS, follow: NAME_PARTICLE_FOLLOWS, elided: NAME_PARTICLE_ELIDED },
  placePrepositions: new Set(PLACE_PREPOSITIONS),
  genitiveEnding: 's',
  roleAdjective: /^\p{Ll}+(e|en|er|es)$/u,
  descriptionAdjective: /^\p{Ll}+(e|en)$/u,
  countedEnding: /(en|n|e|s)$/,
  yearNouns: new Set(['Jahr', 'Jahre', 'Jahres']),
  pastTense: /^\p{Ll}+te[nt]?$/u,
  commonNounSuffixes: /(ung|ungen|heit|keit|schaft|tion|ismus|ität|nis|tum|ment|chen|lich|isch|ische[nrs]?|ern|eien|ierung|land|staat|stadt|reich)$/,
  nerModel: () => nerWeights.model(),
  nerWeights,
  stories: germanStoryRules,
  // Lemmas, as the analysis gives them; `freuen` and `stolz` too: joy or pride at what happened, which the report tells.
  courtesyWords: new Set([
    'danken', 'dank', 'dankbar', 'bedanken', 'ehre', 'ehren', 'privileg', 'gratulieren', 'glückwunsch', 'gratulation', 'beglückwünschen',
    'willkommen', 'begrüßen', 'gruß', 'grüßen', 'herzlich', 'freuen', 'freude', 'stolz',
  ]),
  functionWords: new Set([...DETERMINERS, 'und', 'ist', 'nicht', 'zu', 'in', 'mit', 'sich', 'auf', 'für', 'von', 'im', 'dass', 'auch', 'es', 'wird', 'hat', 'er', 'sie', 'bei', 'nach', 'um', 'werden']),
};
