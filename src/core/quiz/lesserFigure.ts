/**
 * A report's key figure of a thing is the one it gives first and largest (`Derzeit sitzen insgesamt 2000 Flüchtlinge
 * in Serbien fest`, `bis zu 12.000 Menschen gingen auf die Straße`); a smaller count of the same thing told after it is
 * a part of them or a side episode (`ein Schlepper mit sechs Flüchtlingen`, `Auch für Dienstag hatten sich mehr als
 * 2.000 Menschen verabredet`). Issue 15: of the judged number gaps whose counted noun the text had counted larger in an
 * earlier sentence, 47 % of the judgements were acceptable (96, rounds a–hh), the number gaps as a whole 75 %; round hh
 * struck both examples above as not worth asking while the key figure went unasked.
 */
import { allFigures } from './distractors';
import type { QuizLanguageModel } from './language';
import type { Question, QuizArticle } from './types';
import type { NumberFact } from '../facts/types';

/** Marks that close the clause before a figure. */
const CLAUSE_MARK = /[,;:–—(]/gu;

/** The words of the figure's clause before it (after the last comma, colon, dash or bracket of its sentence). */
function clauseUpTo(text: string, f: NumberFact): string {
  const before = text.slice(f.evidence.start, f.span.start);
  const marks = [...before.matchAll(CLAUSE_MARK)];
  return before.slice(marks.length ? marks[marks.length - 1]!.index + 1 : 0);
}

/**
 * Is the question's number a count smaller than one of the same counted thing (`countedKey`) an earlier sentence gives,
 * outside the sentences that tell the main news (`news`: a count there is the news's own, whatever came before)? The
 * earlier figure, the larger one, stays askable: the quiz asks it instead, or nothing.
 */
export function lesserFigure(q: Question, a: QuizArticle, lang: QuizLanguageModel, news: ReadonlySet<number>): boolean {
  if (q.type !== 'number') return false;
  const e = q.evidence[0]!;
  const at = e.start + e.text.indexOf(q.answer);
  // A change (`um vier Punkte`) or a rate (`jährlich 20 Normen`) is another quantity than a count of the thing, either way.
  const count = (f: NumberFact): boolean => f.unit === 'count' && f.countedKey !== null && f.value !== null && !lang.quiz.forms.changeOrRate.test(clauseUpTo(a.text, f));
  const figures = allFigures({ article: a, lang }).filter(count);
  const own = figures.find((f) => f.span.start <= at && at < f.span.end);
  if (!own || news.has(own.sentence)) return false;
  return figures.some((f) => f.sentence < own.sentence && f.countedKey === own.countedKey && (f.valueTo ?? f.value!) > (own.valueTo ?? own.value!));
}
