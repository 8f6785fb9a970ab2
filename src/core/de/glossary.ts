/**
 * How the German–English glossary (Ding, `resources/dict/de-en.tsv.gz`) writes what the popover shows: its gender codes
 * as articles, its notes for Austrian and Swiss words, and the reflexive pronoun in its wordings (`sich freuen`).
 */
import type { GlossaryConventions } from '../lookup';
import { germanMorphology } from './morphology';

export const germanGlossary: GlossaryConventions = {
  genderArticles: germanMorphology.genderArticles,
  regionNotes: { '[Ös.]': 'at', '[Schw.]': 'ch' },
  reflexive: 'sich',
};
