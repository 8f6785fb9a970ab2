/**
 * Which of the glossary's words the lexicon asset records (issue 13), for scripts/buildLexicon.ts. Tagging and
 * compound splitting ask `Lexicon.inGlossary`, never the glossary, so that the analysis is the same whether or not
 * the glossary loads. A lexicon lemma carries its own mark; of the other words only those the questions can reach
 * are kept, which keeps the list a fraction of the glossary: an unknown word that a capital or its shortness sends to
 * the question in step 02, or a compound modifier whose lemma the lexicon lacks (`Verschleppung|s|haft`), or a verb
 * of a separable particle and a lexicon verb that the lexicon lacks (`mitkommen`, `herausfinden`), which step 05 joins
 * (`kamen … mit`).
 */
import type { AnalysisLanguage } from '../../languageModel';
import { capitalise, Lemmatizer } from './lemmatizer';
import type { Lexicon } from './lexicon';
import { CompoundSplitter } from '../04-compounds';
import { createReadings } from '.';

/** The words (lower case, sorted, once each) among `words` whose listing in the glossary the analysis may ask about. */
export function glossaryWordsToRecord(lexicon: Lexicon, language: AnalysisLanguage, words: Iterable<string>): string[] {
  const lemmatizer = new Lemmatizer(lexicon, language.morphology);
  const splitter = new CompoundSplitter(lexicon, language.compounds, (f) => lemmatizer.nounForms(f));
  const asked = new Set<string>();
  const readings = createReadings(lemmatizer, splitter, language.morphology, lexicon, (w) => {
    asked.add(w);
    return false;
  });
  const out = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    if (out.has(lower)) continue;
    // A word is asked about as the reader wrote it: capitalised, or in lower case (`of`, `the`). Words with more
    // capitals (`ARM`, `iPad`) are asked too, but the tagger keeps them names whatever the answer.
    for (const form of [capitalise(lower), lower]) {
      asked.clear();
      readings.sentence([form]);
      if (asked.has(form)) out.add(lower);
    }
    const modifier = splitter.modifierLemma(lower);
    if (modifier !== undefined && modifier.toLowerCase() === lower && !lexicon.lookup(modifier).some((e) => e.lemma === modifier)) out.add(lower);
    if (word === lower && particleVerb(lexicon, language, lower)) out.add(lower);
  }
  return [...out].sort();
}

/**
 * A verb the lexicon lacks made of a separable particle and a verb it lists (`mit` + `kommen`); not of the copula,
 * which reformed spelling writes apart from the word before it (`da sein`, `weg sein`: Ding's `dasein` is the old one).
 */
function particleVerb(lexicon: Lexicon, language: AnalysisLanguage, word: string): boolean {
  if (lexicon.lemma(word, 'V')) return false;
  for (let k = 2; k < word.length - 3; k++) {
    const verb = word.slice(k);
    if (language.separable.particles.has(word.slice(0, k)) && !language.tagger.copula.has(verb) && lexicon.lemma(verb, 'V')) return true;
  }
  return false;
}
