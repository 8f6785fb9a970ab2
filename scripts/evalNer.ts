/**
 * Named-entity figures for issue 15 on GermEval 2014 dev: the trained tagger's 5-fold cross-validated typed
 * exact-span F1 (every sentence tagged by a model that never saw it) and, as "before", the cue-only entity step
 * (capitals, roles, appositions) on the same sentences. Outer PER / ORG / LOC spans, as the shared task scores them.
 * Run: `npx tsx scripts/evalNer.ts`. The test split is never read.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countSpans, defaultLanguage, emptyCounts, extractEntities, goldSpans, nerGazetteer, type Analysis, type NerSpan, type NerType, type SpanCounts } from '../src/core';
import { crossValidate, formatScores, germEvalExamples, nameLists, type GermEvalExample } from './trainNer';

const TYPE_OF: Record<string, NerType> = { person: 'PER', organisation: 'ORG', place: 'LOC' };

/** The entity step without a model, as it was before issue 15: every mention of every entity fact is a span. */
function cueOnly(examples: readonly GermEvalExample[]): SpanCounts {
  const rules = { ...defaultLanguage.facts, nerModel: undefined };
  const counts = emptyCounts();
  for (const ex of examples) {
    const text = ex.tokens.map((t) => t.text).join(' ');
    const analysis: Analysis = { sentences: [{ start: 0, end: text.length, tokens: ex.tokens }] };
    const predicted: NerSpan[] = [];
    for (const f of extractEntities(text, analysis, rules, [])) {
      for (const m of [f.span, ...f.mentions]) {
        const start = ex.tokens.findIndex((t) => t.start === m.start);
        const end = ex.tokens.findIndex((t) => t.end === m.end);
        if (start >= 0 && end >= start && !predicted.some((p) => p.start === start && p.end === end + 1)) predicted.push({ start, end: end + 1, type: TYPE_OF[f.kind]! });
      }
    }
    countSpans(counts, goldSpans(ex), predicted);
  }
  return counts;
}

export async function evalNer(): Promise<string> {
  const examples = await germEvalExamples();
  const gaz = nerGazetteer(defaultLanguage.facts, await nameLists());
  return [
    `== trained tagger, 5-fold cross-validation on ${examples.length} sentences (typed exact spans)`,
    formatScores(crossValidate(examples, gaz)),
    '== before: cue-only entities (no model), same sentences',
    formatScores(cueOnly(examples)),
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.stdout.write(`${await evalNer()}\n`);
}
