/** German wording of quiz prompts and answers: data for `src/core/quiz/generate.ts`. */
import type { QuizTemplates } from '../quiz/generate';
import { ROLE_HEADS } from './roles';
import { WEEKDAYS } from './calendar';

export const germanQuizTemplates: QuizTemplates = {
  blank: '___',
  number: (s) => `Welche Zahl fehlt im Satz? „${s}“`,
  date: (s) => `Welche Zeitangabe fehlt im Satz? „${s}“`,
  cloze: (s) => `Welcher Name fehlt im Satz? „${s}“`,
  clozeTerm: (s) => `Welches Wort fehlt im Satz? „${s}“`,
  whoSaidDirect: (q) => `Wer sagte laut dem Text: „${q}“?`,
  whoSaidIndirect: (q) => `Von wem stammt laut dem Text diese Aussage: „${q}“?`,
  sourceOf: (q) => `Worauf beruft sich der Text bei dieser Aussage: „${q}“?`,
  role: (name) => `Welche Funktion hat ${name} laut dem Text?`,
  whoIsRole: (role) => `Wer ist laut dem Text ${role}?`,
  howMany: (thing) => `Wie viele ${thing} nennt der Text?`,
  whichIsTrue: 'Welche dieser Aussagen stimmt laut dem Text?',
  nominativeArticles: ['der', 'die', 'das'],
  who: (rest) => `Wer ${rest}?`,
  trueFalse: (s) => `Richtig oder falsch? „${s}“`,
  trueWord: 'richtig',
  falseWord: 'falsch',
  crossNumber: (outlet, topic) => `Welche Zahl nennt ${outlet} für „${topic}“?`,
  crossDiffer: (topic) => `Worin unterscheiden sich die Berichte über „${topic}“?`,
  crossRole: (outlet, name) => `Als was bezeichnet ${outlet} ${name}?`,
  crossWhen: (outlet, event) => `Welche Zeitangabe nennt ${outlet} für „${event}“?`,
  crossDifferAnswer: (parts) => parts.map(([o, w]) => `${o}: ${w}`).join('; '),
  crossSame: 'Alle nennen dieselbe Angabe',
  articleName: (n) => `Artikel ${n}`,
  roleFallbacks: ROLE_HEADS.filter((r) => !/^(Sohn|Tochter|Vater|Mutter|Bruder|Schwester|Ehefrau|Ehemann|Witwe)$/.test(r)),
  femaleRole: /in$/,
  weekdays: WEEKDAYS,
  trueFalseWords: /\b(richtig|falsch)\b/i,
  notGerman: 'Der Text scheint nicht deutsch zu sein.',
  noSentences: 'Der Text enthält keine Sätze.',
  tooLong: 'Der Text ist zu lang für ein Quiz.',
  noFacts: 'Im Text wurden keine Fakten gefunden, aus denen sich Fragen bilden lassen.',
};
