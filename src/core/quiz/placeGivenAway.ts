/**
 * Place gaps the text answers for a reader who has not understood the sentence (issue 15, judged: `Istanbul – … in der
 * ___` → Türkei). A country is given away by a city of it in a dateline of the report, and by the sentence asked about
 * where that names its city, adjective or people (`in Istanbul`, `die türkischen Behörden`, `Türken`): such a gap is
 * not asked. A city is given away by its country named in the sentence (`die Regierung in ___ … der Ukraine` → Kiew)
 * beside options of other countries only: there its options are cities of that country.
 */
import type { QuizLanguageModel } from './language';

const wordsOf = (text: string): string[] => text.match(/\p{L}+/gu) ?? [];

/** Does a word name the country or a place in it (`Istanbul`, `türkischen`, `Türken` for Türkei)? */
const pointsTo = (word: string, country: string, lang: QuizLanguageModel): boolean =>
  lang.quiz.forms.placeCountry(word) === country || lang.quiz.forms.namesCountry(word, country);

/**
 * Does the text give a country gap away: a dateline's place in that country, or a word of the sentence (the gap's own
 * mention left out) naming it, a place in it, its adjective or its people? False for a place that is no country.
 */
export function countryGivenAway(place: string, sentence: string, datelined: Iterable<string>, lang: QuizLanguageModel): boolean {
  if (lang.quiz.forms.placeCountry(place) !== place) return false;
  return [...datelined, ...wordsOf(sentence)].some((w) => pointsTo(w, place, lang));
}

/**
 * The country of a city that the sentence (the gap's own mention left out) names by name, adjective or people
 * (`Kiew` beside `der Ukraine`), or null: that city's options are the country's own cities.
 */
export function cityCountryNamed(place: string, sentence: string, lang: QuizLanguageModel): string | null {
  const country = lang.quiz.forms.placeCountry(place);
  if (!country || country === place) return null;
  return wordsOf(sentence).some((w) => lang.quiz.forms.namesCountry(w, country)) ? country : null;
}
