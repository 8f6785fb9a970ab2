/** Everything German the quiz needs beyond the facts: its wording, the grammar options agree with, its reasons. */
import type { QuizLanguage } from '../quiz/language';
import { germanQuizTemplates } from './quizTemplates';
import { ROLE_HEADS } from './roles';

export const germanQuizLanguage: QuizLanguage = {
  templates: germanQuizTemplates,
  forms: {
    nominativeArticles: ['der', 'die', 'das'],
    genitiveArticles: new Set(['der', 'des']),
    // `laut der Klage`: `der` before a feminine noun is dative or genitive.
    obliqueBefore: (article, gender) => article === 'der' && gender === 'die',
    // `Präsidenten`, `Ministern`: weak or plural forms.
    inflectedRole: /en$/,
    femaleRole: /in$/,
    // Family words are relations, not functions: no option for `Welche Funktion hat …?`.
    roleFallbacks: ROLE_HEADS.filter((r) => !/^(Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Ehefrau|Ehemann|Witwe)$/.test(r)),
    // `Wer wollen …?`: a plural verb opening the predicate.
    pluralPredicate: /^\p{Ll}+en\b/u,
    // Every German noun is capitalised: a single capitalised word is a common noun (`Regierung`) as often as a name.
    commonNounName: /^\p{Lu}\p{Ll}+$/u,
    keyNoun: /^\p{Lu}\p{Ll}{6,}$/u,
    trueFalseWords: /\b(richtig|falsch)\b/i,
  },
  reasons: {
    notThisLanguage: 'Der Text scheint nicht deutsch zu sein.',
    noSentences: 'Der Text enthält keine Sätze.',
    tooLong: 'Der Text ist zu lang für ein Quiz.',
    noFacts: 'Im Text wurden keine Fakten gefunden, aus denen sich Fragen bilden lassen.',
  },
};
