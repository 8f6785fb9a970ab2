/**
 * The main news of a minister who is the only person of their kind the story names (issue 15: of the lead clauses the
 * quiz could parse, a third had no `Wer` question for want of two other people of the answer's gender: `Der griechische
 * Verteidigungsminister Panos Kammenos ist am Freitag … beworfen worden` in a text that names nobody else). Asked by
 * the office the subject's title gives, among the other portfolios of its head in the title's own words:
 * `Wer ist am Freitag … beworfen worden?` → `der griechische Verteidigungsminister` (`der griechische Innenminister`,
 * `der griechische Finanzminister`). Only a portfolio (`QuizForms.roleVariants`): an office of one rank and form, so no
 * option is a synonym or a genus of the answer; none the text names anywhere (`die Innenministerin` of another sentence
 * may have done it too). Where the story has people to offer, `event`/`eventNews` ask the name instead.
 */
import type { Token } from '../../analysis';
import { isRole } from '../../facts/08-entities';
import { evidenceOf, makeQuestion } from '../build';
import { newsSentences } from '../choose';
import { mainClauses, type MainClause } from '../clause';
import type { QuestionKind, QuizContext } from '../context';
import { pickDistractors } from '../distractors';
import type { Question } from '../types';
import { peopleOptions, questionRest } from './event';

/** Words after `Wer`, as `eventNews` allows the main news: a longer one is no short question of its own. */
const MAX_WORDS = 16;
/**
 * Fewest: an office is told from the others only by what the clause says it did, and a short predicate (`lobte den
 * Bau`) leans on the sentences before it for what it speaks of.
 */
const MIN_WORDS = 5;
/** Fewest wrong options. */
const MIN_DISTRACTORS = 2;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The subject's title before the name as an answer (`der griechische Verteidigungsminister`, `Bildungsministerin`
 * of a bare title), and the role word in it; null where anything but an article and adjectives stands before the role
 * word, or anything but the name after it.
 */
function titleOf(c: MainClause, ctx: QuizContext): { before: string; role: Token } | null {
  const tk = c.tokens;
  const first = tk.findIndex((t, i) => i >= c.subject.from && t.start >= c.actor!.name.start);
  const at = first - 1;
  const role = tk[at];
  if (!role || at < c.subject.from || role.upos !== 'NOUN' || !isRole(role.text, ctx.lang.facts)) return null;
  const words = tk.slice(c.subject.from, at);
  const article = words[0]?.upos === 'DET' ? words.shift()! : null;
  if (!words.every((t) => t.upos === 'ADJ')) return null;
  if (article) {
    if (!ctx.lang.quiz.forms.nominativeArticles.includes(article.text.toLowerCase())) return null;
    return { before: lowerFirst(ctx.article.text.slice(article.start, role.start)), role };
  }
  // A bare title (`Bildungsministerin Sonja Hammerschmid`) is asked bare, as the text has it (an answer the evidence
  // shows); adjectives without an article would decline otherwise.
  return words.length ? null : { before: '', role };
}

/**
 * The answer's portfolio as the start of a word (`bildung` of `Bildungsministerin`): what its role word keeps of its own
 * beside another portfolio of its head (`Bildungsministerin`, `Außenministerin`), without a linking `s`.
 */
function portfolioStem(role: string, other: string): string {
  const [x, y] = [role.toLowerCase(), other.toLowerCase()];
  let head = 0;
  while (head < x.length && x[head] === y[head]) head++;
  let tail = 0;
  while (tail < x.length - head && x[x.length - 1 - tail] === y[y.length - 1 - tail]) tail++;
  return x.slice(head, x.length - tail).replace(/s$/u, '');
}

/**
 * Does the office follow from the topic without reading: a word of the question, or of the headline and teaser before
 * the lead (which starts at `leadStart`), opening with its portfolio (`Bildungschancen` over `Wer wünscht sich … Mittel
 * für … Schulen?`, answered `Bildungsministerin`)?
 */
function guessed(portfolio: string, prompt: string, leadStart: number, ctx: QuizContext): boolean {
  const headline = ctx.article.text.slice(0, leadStart);
  return (`${prompt} ${headline}`.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => w.startsWith(portfolio));
}

function byOffice(c: MainClause, leadStart: number, ctx: QuizContext): Question | null {
  const { article: a, lang } = ctx;
  const actor = c.actor;
  if (!actor || actor.entity.kind !== 'person') return null;
  const title = titleOf(c, ctx);
  const variants = title ? lang.quiz.forms.roleVariants(title.role.text) : [];
  if (!title || !variants.length) return null;
  const rest = questionRest(c, a.text, null, false);
  const prompt = lang.quiz.templates.who(rest);
  // The name is asked where others can be offered.
  if (peopleOptions(ctx, actor.entity, actor.name.text, rest, c.evidence.text, { not: actor.entity, subjectClause: rest }).length >= MIN_DISTRACTORS) return null;
  // The predicate must say something of its own (`Wer lachte?` does not).
  const hasNoun = [c.front, c.middle].some((r) => r && c.tokens.slice(r.from, r.to).some((t) => t.upos === 'NOUN' || t.upos === 'PROPN'));
  const words = rest.split(' ').length;
  if (words < MIN_WORDS || words > MAX_WORDS || !hasNoun) return null;
  // No office the text names anywhere, in any form (`Innenministerium` names the interior minister's office).
  const text = a.text.toLowerCase();
  const stem = (r: string): string => r.replace(lang.quiz.forms.femaleRole, '').toLowerCase();
  const answer = `${title.before}${title.role.text}`;
  if (guessed(portfolioStem(title.role.text, variants[0]!), prompt, leadStart, ctx)) return null;
  const options = variants.filter((r) => !text.includes(stem(r))).map((r) => `${title.before}${r}`);
  const distractors = pickDistractors(answer, options, ctx.rand);
  if (distractors.length < MIN_DISTRACTORS) return null;
  return makeQuestion({ type: 'multiple-choice', prompt, answer, evidence: [evidenceOf(a, c.evidence)], options: [answer, ...distractors], difficulty: 1 }, ctx.rand);
}

export const eventNewsRole: QuestionKind = {
  name: 'event-news-role',
  // As `eventNews`: the chooser asks the best question of the main news first.
  weight: 0.6,
  ask(ctx) {
    const news = newsSentences(ctx.article, ctx.lang);
    const lead = ctx.article.analysis.sentences[Math.min(...news)];
    return mainClauses(ctx).filter((c) => news.has(c.sentence)).flatMap((c) => byOffice(c, lead?.start ?? 0, ctx) ?? []);
  },
};
