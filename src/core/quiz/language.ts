/**
 * What a language tells the quiz (issue 13): how prompts and answers are worded, and the grammar
 * an option must agree with to fit its blank. The language model carries it as `quiz`; German is
 * `de/quizLanguage.ts`. The quiz code itself holds no word of any language.
 */
import type { LanguageModel } from '../languageModel';

/** The wording of prompts and answers. */
export interface QuizTemplates {
  blank: string;
  number: (sentence: string) => string;
  date: (sentence: string) => string;
  cloze: (sentence: string) => string;
  clozeTerm: (sentence: string) => string;
  whoSaidDirect: (quote: string) => string;
  whoSaidIndirect: (quote: string) => string;
  /** The quote's source is a frame (`laut der Klage`): where it comes from. */
  sourceOf: (quote: string) => string;
  role: (name: string) => string;
  whoIsRole: (role: string) => string;
  /** `Wie viele Container nennt der Text?` */
  howMany: (thing: string) => string;
  whichIsTrue: string;
  who: (rest: string) => string;
  trueFalse: (statement: string) => string;
  trueWord: string;
  falseWord: string;
  crossNumber: (outlet: string, topic: string) => string;
  crossDiffer: (topic: string) => string;
  crossRole: (outlet: string, name: string) => string;
  crossWhen: (outlet: string, event: string) => string;
  crossDifferAnswer: (parts: [string, string][]) => string;
  crossSame: string;
  /** An article without a named outlet, in cross-source prompts (`Artikel 2`). */
  articleName: (n: number) => string;
}

/** The grammar and spelling options and prompts must agree with. */
export interface QuizForms {
  /** Articles that can open a nominative predicate (`Wer ist der junge König?`). */
  nominativeArticles: readonly string[];
  /** Articles that open the genitive after a source noun (`nach Angaben der Feuerwehr`). */
  genitiveArticles: ReadonlySet<string>;
  /** An article that cannot be nominative before a noun of this gender (`laut der Klage`): the source is asked bare. */
  obliqueBefore: (article: string, nounGender: string | undefined) => boolean;
  /** A role word in an inflected or plural form (`Präsidenten`): no option beside base forms. */
  inflectedRole: RegExp;
  /** A feminine role word (`Ministerin`): options keep the answer's gender. */
  femaleRole: RegExp;
  /** Role words that fill the options when the texts give too few. */
  roleFallbacks: readonly string[];
  /** A predicate that does not agree with a singular `who` (`wollen …`): no `Wer …?` question. */
  pluralPredicate: RegExp;
  /** A one-word organisation that is a common noun (`Regierung`): asked for as a word, not a name. */
  commonNounName: RegExp;
  /** A noun worth blanking in a word cloze (long, capitalised as the language writes nouns). */
  keyNoun: RegExp;
  /** Statements containing the true/false answer words themselves are not asked as true or false. */
  trueFalseWords: RegExp;
}

/** Why a text gets no quiz (or a short one), shown to the user. */
export interface QuizReasons {
  notThisLanguage: string;
  noSentences: string;
  tooLong: string;
  noFacts: string;
}

export interface QuizLanguage {
  templates: QuizTemplates;
  forms: QuizForms;
  reasons: QuizReasons;
}

/**
 * The parts of a language model the quiz reads: its detector (is the text in this language), the
 * fact rules it extracts facts with, the news conventions that tell the body from the headline, and
 * its own wording.
 */
export type QuizLanguageModel = Pick<LanguageModel, 'detect' | 'facts' | 'news' | 'quiz'>;
