/**
 * Figures for issue 16 on eval/stories (invented events, several invented outlets each; see its README)
 * mixed with unrelated development news: how the texts group into stories, and how the cross-outlet facts
 * of gold.json come out of the alignment. Prints and returns the figures; asserts nothing.
 * Run alone: `npx tsx scripts/evalStories.ts [DIR]` (DIR holds gold.json and the texts; default eval/stories).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Alignment, defaultLanguage, factsOf, parseArticleMeta, type QuizArticle } from '../src/core';
import { loadEngine } from '../src/node/engineNode';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.LESESTOFF_SHARED ?? '/work/shared';

interface GoldText {
  id: string;
  story: string;
  outlet: string;
  date: string;
}
interface GoldFact {
  id: string;
  kind: string;
  what: string;
  /** `single`: told by one outlet only, there to catch a claimed disagreement with another thing. */
  verdict: 'agree' | 'disagree' | 'wording' | 'single';
  /** Per text id, the words that state the fact in that text. */
  values: Record<string, string>;
}
interface Gold {
  unrelated: string[];
  texts: GoldText[];
  facts: GoldFact[];
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const STOP = new Set(['am', 'an', 'der', 'die', 'das', 'den', 'dem', 'und', 'rund', 'etwa', 'mehr', 'als', 'nach', 'bis', 'ab', 'seit', 'in', 'von', 'für', 'ist', 'ein', 'eine']);
const words = (s: string): string[] => (s.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((w) => !STOP.has(w));

/** Where `value` stands in `text` (every occurrence: a title may repeat a body sentence's words). */
function occurrences(text: string, value: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) out.push(i);
  return out;
}

/** A mention states a gold value when its sentence holds the value's words and its own wording shares a word with them. */
function mentionStates(text: string, m: Alignment['mentions'][number], value: string): boolean {
  if (!occurrences(text, value).some((at) => m.evidence.start <= at && at + value.length <= m.evidence.end)) return false;
  const mine = new Set(words(m.wording));
  return words(value).some((w) => mine.has(w));
}

export async function evalStories(dir = path.join(root, 'eval/stories')): Promise<string> {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Gold;
  const engine = await loadEngine();
  const texts = new Map<string, string>();
  const articles: QuizArticle[] = [];
  const add = (id: string, text: string, given: { outlet?: string; date?: string }) => {
    texts.set(id, text);
    // As the app has them: metadata read from the text, with what a list of sources would give (outlet, date).
    const meta = parseArticleMeta(text, defaultLanguage.news);
    articles.push({ id, text, analysis: engine.analyze(text), date: given.date ?? meta.date, outlet: given.outlet ?? meta.outlet, title: meta.title });
  };
  for (const t of gold.texts) add(t.id, readFileSync(path.join(dir, `${t.id}.txt`), 'utf8'), t);
  for (const f of gold.unrelated) add(f, readFileSync(path.join(SHARED, 'eval/news', f), 'utf8'), {});
  const { stories } = factsOf(articles, defaultLanguage);

  // Grouping: pairs of texts put in one story, against pairs that report one event.
  const storyOf = new Map(gold.texts.map((t) => [t.id, t.story]));
  const predicted = new Set<string>();
  for (const s of stories) for (const a of s.articles) for (const b of s.articles) if (a < b) predicted.add(`${a}|${b}`);
  const goldPairs = new Set<string>();
  for (const a of gold.texts) for (const b of gold.texts) if (a.id < b.id && a.story === b.story) goldPairs.add(`${a.id}|${b.id}`);
  const tp = [...predicted].filter((p) => goldPairs.has(p)).length;
  const p = predicted.size ? tp / predicted.size : 0;
  const r = goldPairs.size ? tp / goldPairs.size : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;

  // Facts: which gold fact each mention states.
  const alignments = stories.flatMap((s) => s.alignments);
  const factsOfMention = (m: Alignment['mentions'][number]): GoldFact[] =>
    gold.facts.filter((f) => f.values[m.article] !== undefined && mentionStates(texts.get(m.article)!, m, f.values[m.article]!));
  /** The alignments that put two or more outlets' statements of the fact together. */
  const aligning = (f: GoldFact): Alignment[] =>
    alignments.filter((al) => new Set(al.mentions.filter((m) => factsOfMention(m).includes(f)).map((m) => m.article)).size >= 2);
  const cross = gold.facts.filter((f) => Object.keys(f.values).length >= 2);
  const lines: string[] = [];
  const byVerdict = (v: GoldFact['verdict']) => cross.filter((f) => f.verdict === v);
  const aligned = cross.filter((f) => aligning(f).length > 0);
  const differFound = byVerdict('disagree').filter((f) => aligning(f).some((al) => !al.agree));
  const wordingFound = byVerdict('wording').filter((f) => aligning(f).some((al) => al.verdict === 'wording'));
  const agreeKept = byVerdict('agree').filter((f) => aligning(f).length && aligning(f).every((al) => al.agree));

  // Claimed disagreements: between things that are not the same (two gold facts, or two stories) is wrong.
  let wrong = 0;
  const unannotated: string[] = [];
  const wrongLines: string[] = [];
  for (const al of alignments.filter((a) => !a.agree)) {
    const per = al.mentions.map((m) => ({ m, facts: factsOfMention(m) }));
    const storiesIn = new Set(al.mentions.map((m) => storyOf.get(m.article) ?? m.article));
    const known = per.filter((x) => x.facts.length);
    const sameThing = known.length >= 2 && known.every((x) => x.facts.some((f) => known.every((y) => y.facts.includes(f))));
    const show = `${al.kind} "${al.topic}": ${al.mentions.map((m) => `${m.article}: ${m.wording}`).join(' | ')}`;
    if (storiesIn.size > 1 || (known.length >= 2 && !sameThing)) {
      wrong++;
      wrongLines.push(`  different things: ${show}`);
    } else if (!sameThing) unannotated.push(`  not in gold: ${show}`);
  }
  lines.push(
    `== stories (${gold.texts.length} reports of ${new Set(gold.texts.map((t) => t.story)).size} invented events + ${gold.unrelated.length} unrelated news texts; targets grouping F1 ≥ 90, aligned ≥ 70 %, disagreements found ≥ 80 %, wrong disagreements 0)`,
    `grouping pairs: precision ${pct(p * 100, 100)} recall ${pct(r * 100, 100)} F1 ${pct(f1 * 100, 100)} (groups ${stories.length}, gold pairs ${goldPairs.size}, predicted ${predicted.size})`,
    `cross-outlet facts aligned ${pct(aligned.length, cross.length)} (${aligned.length}/${cross.length})`,
    `disagreements found as disagreements ${pct(differFound.length, byVerdict('disagree').length)} (${differFound.length}/${byVerdict('disagree').length})`,
    `agreements aligned and kept as agreements ${agreeKept.length}/${byVerdict('agree').length}, wording-only differences found ${wordingFound.length}/${byVerdict('wording').length}`,
    `disagreements claimed between different things: ${wrong} (claimed in all ${alignments.filter((a) => !a.agree).length}, not in gold ${unannotated.length})`,
    ...wrongLines,
    ...unannotated,
    `missed: ${cross.filter((f) => !aligned.includes(f)).map((f) => f.id).join(', ') || 'none'}`,
  );
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.stdout.write(await evalStories(process.argv[2]));
