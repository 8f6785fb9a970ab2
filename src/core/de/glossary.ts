/**
 * How the German–English glossary (Ding, `resources/dict/de-en.dict.bin`) writes what the popover shows: its gender codes
 * as articles, its notes for Austrian and Swiss words, the reflexive pronoun and object slots in its wordings (`sich
 * freuen`, `jdm. etw. geben`), an adjective's gender endings (`sogenannte/r/s`), and the
 * labels of colloquial, old, rare or regional words on either side, which a learner should meet after the plain word.
 */
import type { GlossaryConventions } from '../lookup';
import { germanGlossVariants } from './glossVariants';
import { germanMorphology } from './morphology';

export const germanGlossary: GlossaryConventions = {
  genderArticles: germanMorphology.genderArticles,
  regionNotes: { '[Ös.]': 'at', '[Schw.]': 'ch' },
  reflexive: 'sich',
  valency: new Set(['etw.', 'jdn.', 'jdm.', 'jds.', 'jd.']),
  genderEndings: '/r/s',
  variants: germanGlossVariants,
  placeNote: '[geogr.]',
  markedNote: /\[(ugs\.|slang|vulg\.|veraltet|veraltend|selten|geh\.|poet\.|pej\.|humor\.|übtr\.|fig\.|Jargon|dialektal|Ös\.|Schw\.|Süddt\.|Norddt\.|Bayr\.|BW|Mitteldt\.|Westdt\.|Ostdt\.|Südwestdt\.|DDR|Lux\.|Liecht\.|hist\.|obs\.|euphem\.)\]/,
  senseSlots: /\b(sth|sb)\./g,
  markedSense: /\[(coll\.|slang|vulg\.|obs\.|archaic|dated|rare|poet\.|pej\.|hist\.|humor\.|euphem\.|dial\.|formal|Am\.|Br\.|Austr\.|Sc\.|Irish|NZ|Can\.|Ind\.|S\.Afr\.)\]/,
};
