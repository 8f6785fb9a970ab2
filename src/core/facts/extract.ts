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

export function extractFacts(text: string, analysis: Analysis, meta: ArticleMetaInput, rules: FactsLanguage): ArticleFacts {
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
