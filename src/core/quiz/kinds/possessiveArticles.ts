/**
 * A news clause's words as a `Wer` question writes them (issue 15): a possessive in the clause points to the subject the
 * question asks for (`Wer übergibt ihren Server …?` tells a woman or a body, `seinen` a man), so it is written as the
 * definite article of its case and number (`Wer übergibt den Server …?`). Of the dev news' 200 lead sentences, 5 had a
 * parsed `Wer` clause blocked only by a possessive (`Die Regierung hat ihre Teilnahme ausgesetzt`).
 */
import type { Token } from '../../analysis';
import type { QuizContext } from '../context';

/** A determiner (`ihre`, `seinen`) opening a noun phrase: adjectives at most between it and its noun. */
function possessiveOf(tk: readonly Token[], i: number, ctx: QuizContext): Token | undefined {
  const t = tk[i]!;
  if (t.upos !== 'DET' || !ctx.lang.quiz.news.possessive.test(t.text)) return undefined;
  let j = i + 1;
  while (tk[j]?.upos === 'ADJ') j++;
  return tk[j]?.upos === 'NOUN' ? tk[j] : undefined;
}

/**
 * The text from `tk[from]` to the end of `tk[to - 1]` with each possessive before a noun written as the definite
 * article (`seiner Fahrzeuge` → `der Fahrzeuge`), or null where one cannot be (a possessive the language cannot
 * turn into an article, or one that is no noun's: `ihr` as `to her`). An adverb that only joins the clause to the story
 * before it is left out (`Wer übergibt nun doch den Server …?` → `Wer übergibt den Server …?`: `QuizForms.joiningAdverbs`).
 */
export function withArticles(text: string, tk: readonly Token[], from: number, to: number, ctx: QuizContext): string | null {
  if (from >= to) return '';
  let out = '';
  let at = tk[from]!.start;
  for (let i = from; i < to; i++) {
    const t = tk[i]!;
    if (t.upos === 'ADV' && ctx.lang.quiz.forms.joiningAdverbs.has(t.text.toLowerCase())) {
      out += text.slice(at, t.start).trimEnd();
      at = t.end;
      continue;
    }
    if (!ctx.lang.quiz.news.possessive.test(t.text)) continue;
    const noun = possessiveOf(tk, i, ctx);
    const article = noun ? ctx.lang.quiz.news.possessiveArticle(t.text, noun.gender ?? null) : null;
    if (!article) return null;
    out += text.slice(at, t.start) + (t.text[0] === t.text[0]!.toUpperCase() ? article.charAt(0).toUpperCase() + article.slice(1) : article);
    at = t.end;
  }
  return (out + text.slice(at, tk[to - 1]!.end)).trimStart();
}
