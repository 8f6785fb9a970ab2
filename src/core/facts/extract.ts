/** `extractFacts`: every fact kind of one article (`alignArticles` lines them up across articles). */
import type { Analysis } from '../analysis';
import type { FactsLanguage } from './language';
import type { ArticleFacts, Fact, QuoteFact } from './types';
import { extractQuotes } from './10-quotes';
import { extractNumbers } from './09-numbers';
import { extractDates } from './09-dates';
import { extractEntities } from './08-entities';
import { modelNames } from './08-entitiesModel';
import { extractEvents } from './11-events';
import { span } from './textSpans';
import { hash53 } from '../hash';

export interface ArticleMetaInput {
  article: string;
  date?: string | null;
  outlet?: string | null;
}

/**
 * A "sentence" of more tokens is a pasted table or list without sentence ends (the development news' longest sentence
 * has 151): nothing is asked from it, and the steps that look at every pair of a sentence's words never see it.
 */
export const MAX_FACT_SENTENCE_TOKENS = 400;
/**
 * Facts are read from a text's first this many tokens (the development news' longest has 5,356): a quiz keeps at most
 * 12 questions, and its steps weigh every fact against the others, so a 1 MB own text took minutes for nothing more.
 */
export const MAX_FACT_TOKENS = 8_000;

/** The sentences facts are read from: the first MAX_FACT_TOKENS tokens', an oversized one kept in its place without its tokens. */
export function factSentences(analysis: Analysis): Analysis {
  let total = 0;
  const sentences: Analysis['sentences'] = [];
  for (const s of analysis.sentences) {
    if (s.tokens.length > MAX_FACT_SENTENCE_TOKENS) {
      sentences.push({ ...s, tokens: [] });
      continue;
    }
    total += s.tokens.length;
    if (total > MAX_FACT_TOKENS) break;
    sentences.push(s);
  }
  return sentences.length === analysis.sentences.length && sentences.every((s, i) => s === analysis.sentences[i]) ? analysis : { sentences };
}

export function extractFacts(text: string, fullAnalysis: Analysis, meta: ArticleMetaInput, rules: FactsLanguage): ArticleFacts {
  const analysis = factSentences(fullAnalysis);
  // The tagger runs once per article: quotes take speakers from its names, entities are built on them.
  const names = modelNames(analysis, rules);
  const quotes = extractQuotes(text, analysis, rules.quotes, names);
  const entities = extractEntities(text, analysis, rules, quotes, names);
  const dates = extractDates(text, analysis, rules, meta.date ?? null);
  const quoteFacts: QuoteFact[] = quotes.map((q) => ({
    kind: 'quote',
    id: `q${hash53(`${q.quote.start}:${q.quote.end}`)}`,
    span: q.quote,
    evidence: span(text, Math.min(q.quote.start, q.speaker?.start ?? q.quote.start, analysis.sentences[q.sentence]?.start ?? q.quote.start), Math.max(q.quote.end, q.speaker?.end ?? 0)),
    sentence: q.sentence,
    quote: q,
  }));
  const facts: Fact[] = [...extractNumbers(text, analysis, rules), ...dates, ...entities, ...quoteFacts, ...extractEvents(text, analysis, rules, entities, dates)];
  facts.sort((a, b) => a.span.start - b.span.start || a.kind.localeCompare(b.kind));
  return { article: meta.article, date: meta.date ?? null, outlet: meta.outlet ?? null, facts, keywords: contentWords(analysis) };
}

/** Nouns, names and verbs by lemma, once each: what 12-align compares to tell whether two reports tell one event. */
function contentWords(analysis: Analysis): string[] {
  const out = new Set<string>();
  for (const s of analysis.sentences) for (const t of s.tokens) if ((t.upos === 'NOUN' || t.upos === 'PROPN' || t.upos === 'VERB') && /\p{L}{3}/u.test(t.text)) out.add((t.lemma || t.text).toLowerCase());
  return [...out].sort();
}
