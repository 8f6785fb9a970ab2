/**
 * Across outlets (issue 6, 16): one question per disagreement of a story's reports on a number or a date: what
 * the outlet that stands out says (`Welche Zahl nennt die taz für „…“?`), with every outlet's wording as options.
 */
import { evidenceOf, makeQuestion } from '../build';
import type { QuestionKind, StoryContext } from '../context';
import type { QuizTemplates } from '../language';
import type { Question, QuizArticle } from '../types';

/** Most options of a question: the validator allows six. */
const MAX_OPTIONS = 6;

function outletName(a: QuizArticle, index: number, t: QuizTemplates): string {
  if (a.outlet) return t.outletName(a.outlet);
  return a.title ? t.reportTitled(a.title) : t.articleName(index + 1);
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
        // One option per value: `rund 180` and `etwa 180` are one answer, not a right and a wrong one.
        const byValue = new Map<string, string>();
        for (const x of named) if (!byValue.has(x.m.value ?? x.m.wording)) byValue.set(x.m.value ?? x.m.wording, x.m.wording);
        if (byValue.size < 2) continue;
        // One question per disagreement (issue 16: one per outlet read as near-identical repeats), about the outlet
        // whose figure the fewest others give: the one that stands out.
        const valueOf = (y: (typeof named)[number]): string => y.m.value ?? y.m.wording;
        const shared = (y: (typeof named)[number]): number => named.filter((z) => valueOf(z) === valueOf(y)).length;
        const x = named.reduce((best, y) => (shared(y) < shared(best) ? y : best));
        const options = [x.m.wording, ...[...byValue].filter(([v]) => v !== valueOf(x)).map(([, w]) => w)];
        const prompt = al.kind === 'number' ? t.crossNumber(x.name, al.topic) : al.kind === 'event' || al.kind === 'date' ? t.crossWhen(x.name, al.topic) : t.crossRole(x.name, al.topic);
        out.push(makeQuestion({ type: 'cross-source', prompt, answer: x.m.wording, evidence: [evidenceOf(x.a, x.m.evidence)], options: options.slice(0, MAX_OPTIONS), difficulty: 3 }, rand));
      }
    }
    return out;
  },
};
