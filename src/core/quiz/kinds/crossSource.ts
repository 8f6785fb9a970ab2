/**
 * Across outlets (issue 6): where the reports of one story disagree on a number, a role or a date,
 * what each outlet says (`Welche Zahl nennt xyz für „…“?`) and how they differ.
 */
import { evidenceOf, makeQuestion } from '../build';
import type { QuestionKind, StoryContext } from '../context';
import type { QuizTemplates } from '../language';
import type { Question, QuizArticle } from '../types';

/** Most options of a question: the validator allows six. */
const MAX_OPTIONS = 6;

function outletName(a: QuizArticle, index: number, t: QuizTemplates): string {
  return a.outlet ?? t.articleName(index + 1);
}

export const crossSource: QuestionKind<StoryContext> = {
  name: 'cross-source',
  // Where outlets disagree is what a story quiz is for: its questions come first, unchosen.
  weight: 1,
  ask({ articles, facts, lang, rand }) {
    const t = lang.quiz.templates;
    const out: Question[] = [];
    const byId = new Map(articles.map((a, i) => [a.id, { a, i }]));
    for (const story of facts.stories) {
      for (const al of story.alignments) {
        if (al.agree) continue;
        const named = al.mentions.map((m) => {
          const { a, i } = byId.get(m.article)!;
          return { m, a, name: outletName(a, i, t) };
        });
        // Two reports of one outlet cannot be told apart in a prompt.
        if (new Set(named.map((x) => x.name)).size !== named.length) continue;
        const wordings = [...new Set(named.map((x) => x.m.wording))];
        if (wordings.length < 2) continue;
        for (const x of named) {
          const prompt = al.kind === 'number' ? t.crossNumber(x.name, al.topic) : al.kind === 'event' || al.kind === 'date' ? t.crossWhen(x.name, al.topic) : t.crossRole(x.name, al.topic);
          out.push(makeQuestion({ type: 'cross-source', prompt, answer: x.m.wording, evidence: [evidenceOf(x.a, x.m.evidence)], options: wordings.slice(0, MAX_OPTIONS), difficulty: 3 }, rand));
        }
        const parts: [string, string][] = named.map((x) => [x.name, x.m.wording]);
        const answer = t.crossDifferAnswer(parts);
        // The same wordings credited to the wrong outlets.
        const swapped = t.crossDifferAnswer(parts.map(([o], i) => [o, parts[(i + 1) % parts.length]![1]]));
        const options = [...new Set([answer, swapped, t.crossSame])];
        out.push(makeQuestion({ type: 'cross-source', prompt: t.crossDiffer(al.topic), answer, evidence: named.map((x) => evidenceOf(x.a, x.m.evidence)), options, difficulty: 3 }, rand));
      }
    }
    return out;
  },
};
