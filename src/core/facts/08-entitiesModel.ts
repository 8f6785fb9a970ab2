/**
 * The trained tagger's view of an article (issue 15): typed name spans per sentence, with the language's
 * lists as features. The cues of 08-entities (roles, appositions, speakers) then confirm, type and link them.
 */
import type { Analysis } from '../analysis';
import type { NerGazetteer } from '../ner/features';
import { tagEntities, type NerSpan } from '../ner/model';
import { isRole } from './08-entities';
import type { FactsLanguage } from './language';

/** The gazetteer the model was trained with: first names, places, organisation words and roles of the language. */
export function nerGazetteer(rules: FactsLanguage, places: Iterable<string> = []): NerGazetteer {
  return {
    firstNames: new Set([...rules.quotes.femaleFirstNames, ...rules.quotes.maleFirstNames]),
    places: new Set([...rules.places, ...places]),
    organisations: rules.organisationHints,
    organisationSuffixes: rules.organisationSuffixes,
    isRole: (w) => isRole(w, rules),
  };
}

const gazetteers = new WeakMap<FactsLanguage, NerGazetteer>();

/** The model's spans per sentence; none for a language without a model. */
export function modelNames(analysis: Analysis, rules: FactsLanguage): NerSpan[][] {
  const model = rules.nerModel?.();
  if (!model) return analysis.sentences.map(() => []);
  let gaz = gazetteers.get(rules);
  if (!gaz) gazetteers.set(rules, (gaz = nerGazetteer(rules, model.places)));
  return analysis.sentences.map((s) => tagEntities(model, s.tokens, gaz));
}
