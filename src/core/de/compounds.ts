/**
 * How German compounds are built, for the splitter (core/analysis/04-compounds.ts, issue 14): linking elements
 * between parts, how a modifier drops or keeps its ending, and how short a part may be.
 */
import type { CompoundRules } from '../analysis/04-compounds';
import { germanMorphology } from './morphology';

export const germanCompoundRules: CompoundRules = {
  links: ['s', 'n', 'en', 'es', 'er', 'e', 'ns'],
  minPart: 3,
  minUnknownHead: 4,
  minUnknownModifier: 4,
  shortModifiers: new Set(['öl']),
  adjectiveSuffixes: ['los'],
  adjectiveEndings: germanMorphology.adjectiveEndings,
  // Only prefixes the glossary lists as words, so that a compound with one is explained part by part.
  prefixes: new Set([
    'ab', 'an', 'auf', 'aus', 'bei', 'durch', 'ein', 'gegen', 'haupt', 'hinter', 'mit', 'nach', 'neben', 'ober', 'über',
    'um', 'unter', 'vor', 'wider', 'zwischen', 'zu', 'ur', 'ex', 'vize', 'pro', 'post', 'pseudo', 'super', 'multi',
    'innen', 'außen', 'nord', 'süd', 'ost',
  ]),
  // Two-letter ones (be-, ge-, er-) end too many modifiers (`User|namen`).
  boundPrefixes: ['ver', 'zer', 'ent', 'emp', 'miss'],
  headEndings: ['n', 'en', 'e', 's', 'es', 'er'],
  verbEndings: ['en', 'n'],
  elidedEndings: ['e'],
  verbNounSuffixes: ['ung'],
  // Der Wille, des Willen(s), den Willen; der Gedanke, die Gedanken.
  weakNouns: { endings: ['n', 'en'], gender: 'm' },
  // Prefixes that negate, repeat or undo what any noun names; `ex-` and the like are modifiers above.
  derivingPrefixes: ['anti', 'nicht', 'miss', 're', 'un', 'de'],
  // Nouns of qualities, doctrines and people. -barkeit after a verb where the lexicon lacks its adjective in -bar, as it
  // lacks most (`zerlegen`, no `zerlegbar`).
  derivingSuffixes: [
    { suffix: 'keit', base: 'A', gender: 'f', plural: 'en' }, { suffix: 'barkeit', base: 'V', gender: 'f', plural: 'en' },
    { suffix: 'heit', base: 'A', gender: 'f', plural: 'en' }, { suffix: 'ung', base: 'V', gender: 'f', plural: 'en' },
    { suffix: 'ismus', base: 'A', gender: 'm' }, { suffix: 'ler', base: 'N', gender: 'm' },
  ],
  // `Werbeblocker` (blocken), `Schmerzhemmer` (hemmen): masculine, the plural the same, dative plural -n.
  agentNoun: { suffix: 'er', gender: 'm', endings: ['n'] },
};
