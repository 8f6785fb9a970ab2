/**
 * The trained tagger's view of an article (issue 15): typed name spans per sentence, with the language's
 * lists as features. The cues of 08-entities (roles, appositions, speakers) then confirm, type and link them.
 */
import type { Analysis, Token } from '../analysis';
import type { NerGazetteer } from '../ner/features';
import { tagEntities, type NerNames, type NerSpan } from '../ner/model';
import { isRole } from './08-entities';
import type { FactsLanguage } from './language';

/**
 * The gazetteer the model was trained with: first names, places, organisation words and roles of the language, and the
 * name lists from open data that the model ships (places, first names, surnames, companies).
 */
export function nerGazetteer(rules: FactsLanguage, names: Partial<Record<keyof NerNames, Iterable<string>>> = {}): NerGazetteer {
  return {
    firstNames: new Set([...rules.quotes.femaleFirstNames, ...rules.quotes.maleFirstNames, ...(names.firstNames ?? [])]),
    places: new Set([...rules.places, ...(names.places ?? [])]),
    organisations: rules.organisationHints,
    organisationSuffixes: rules.organisationSuffixes,
    companies: new Set(names.companies),
    surnames: new Set(names.surnames),
    isRole: (w) => isRole(w, rules),
  };
}

const gazetteers = new WeakMap<FactsLanguage, NerGazetteer>();

/** The model's spans per sentence; none for a language without a model. */
export function modelNames(analysis: Analysis, rules: FactsLanguage): NerSpan[][] {
  const model = rules.nerModel?.();
  if (!model) return analysis.sentences.map(() => []);
  let gaz = gazetteers.get(rules);
  if (!gaz) gazetteers.set(rules, (gaz = nerGazetteer(rules, model.names)));
  // A headline in capitals (`MINISTERIN SIEHT NEUE CHANCE`) has no capital for the tagger to read: it names nobody it can tell.
  const shouted = (tokens: readonly Token[]): boolean => tokens.filter((t) => /\p{L}{2}/u.test(t.text)).length >= 3 && tokens.every((t) => !/\p{Ll}/u.test(t.text));
  return analysis.sentences.map((s) => (shouted(s.tokens) ? [] : tagEntities(model, s.tokens, gaz)));
}
