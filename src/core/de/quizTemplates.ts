/** German wording of quiz prompts and answers: data for the question kinds in `src/core/quiz/kinds/`. */
import type { QuizTemplates } from '../quiz/language';
import { outletAsSubject, reportTitled } from './outletArticles';

export const germanQuizTemplates: QuizTemplates = {
  blank: '___',
  number: (s) => `Welche Zahl fehlt im Satz? „${s}“`,
  date: (s) => `Welche Zeitangabe fehlt im Satz? „${s}“`,
  cloze: (s) => `Welcher Name fehlt im Satz? „${s}“`,
  whoSaidDirect: (q) => `Wer sagte laut dem Text: „${q}“?`,
  whoSaidIndirect: (q) => `Wer sagte laut dem Text, ${q}?`,
  innerQuote: (q) => `‚${q}‘`,
  role: (name) => `Welche Funktion hat ${name} laut dem Text?`,
  whoIsRole: (role) => `Wer ist laut dem Text ${role}?`,
  who: (rest) => `Wer ${rest}?`,
  when: (rest) => `Wann ${rest}?`,
  notWhen: new Set(['seit', 'bis', 'ab', 'vor', 'nach', 'von', 'vom', 'zwischen']),
  howMany: (things, rest) => `Wie viele ${things} ${rest}?`,
  asked: (word, rest) => `${word} ${rest}?`,
  crossNumber: (outlet, topic) => `Welche Zahl nennt ${outlet} für „${topic}“?`,
  crossRole: (outlet, name) => `Als was bezeichnet ${outlet} ${name}?`,
  crossWhen: (outlet, event) => `Welche Zeitangabe nennt ${outlet} für „${event}“?`,
  outletName: outletAsSubject,
  reportTitled,
  articleName: (n) => `Artikel ${n}`,
};
