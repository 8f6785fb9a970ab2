/**
 * How the German–English glossary (Ding, `resources/dict/de-en.dict.bin`) writes what the popover shows: its gender codes
 * as articles, its notes for Austrian and Swiss words, the reflexive pronoun and object slots in its wordings (`sich
 * freuen`, `jdm. etw. geben`), an adjective's gender endings (`sogenannte/r/s`), and the
 * labels of colloquial, old, rare or regional words on either side, which a learner should meet after the plain word.
 */
import type { GlossaryConventions } from '../lookup';
import { CONTRACTIONS } from './closedClass';
import { germanGlossVariants, germanParticipleVerbs } from './glossVariants';
import { germanMorphology } from './morphology';


/**
 * A comparative (-er) or superlative (-st) without its case ending, as the glossary lists lexicalised ones (`weiteren` →
 * weiter, `jüngsten` → jüngst, `besseres` → besser); a positive ending in -er or -st is its own lemma and is skipped.
 */
function degreeForms(form: string): string[] {
  const lower = form.toLowerCase();
  const end = germanMorphology.adjectiveEndings.find((e) => lower.endsWith(e));
  const stem = end ? lower.slice(0, -end.length) : lower;
  return [...new Set([lower, stem])].filter((f) => f.length > 3 && /(?:er|st|ßt)$/u.test(f));
}

export const germanGlossary: GlossaryConventions = {
  genderArticles: germanMorphology.genderArticles,
  regionNotes: { '[Ös.]': 'at', '[Schw.]': 'ch' },
  reflexive: 'sich',
  reflexiveForms: { ich: ['mich', 'mir'], du: ['dich', 'dir'], wir: ['uns'], ihr: ['euch'] },
  valency: new Set(['etw.', 'jdn.', 'jdm.', 'jds.', 'jd.']),
  genderEndings: '/r/s',
  variants: germanGlossVariants,
  degreeForms,
  participleVerbs: germanParticipleVerbs,
  contractions: CONTRACTIONS,
  placeNote: '[geogr.]',
  markedNote: /\[(ugs\.|slang|vulg\.|veraltet|veraltend|selten|geh\.|poet\.|pej\.|humor\.|übtr\.|fig\.|Jargon|dialektal|Ös\.|Schw\.|Süddt\.|Norddt\.|Bayr\.|BW|Mitteldt\.|Westdt\.|Ostdt\.|Südwestdt\.|DDR|Lux\.|Liecht\.|hist\.|obs\.|euphem\.)\]/,
  senseSlots: /\b(sth|sb)\.(?:['’]s)?/g,
  abbreviation: /(^|\s)\/[^/\s][^/]*\/(?=[\s,;)]|$)/g,
  spellingMarks: /\[(?:Br\.|Am\.)\]/,
  markedSense: /\[(coll\.|slang|vulg\.|obs\.|archaic|dated|rare|poet\.|pej\.|hist\.|humor\.|euphem\.|dial\.|formal|Am\.|Br\.|Austr\.|Sc\.|Irish|NZ|Can\.|Ind\.|S\.Afr\.)\]/,
};
