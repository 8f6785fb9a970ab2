/** `extractFacts`: every fact kind of one article, plus `alignArticles` across articles. */
import type { Analysis } from '../analysis';
import type { FactRules } from './rules';
import type { ArticleFacts, EntityFact, EventFact, Fact, QuoteFact, DateFact } from './types';
import { extractQuotes } from './quotes';
import { extractNumbers } from './numbers';
import { extractDates } from './dates';
import { extractEntities } from './entities';
import { span, sentenceSpan, isUpper } from './textSpans';
import { hash53 } from '../hash';

export interface ArticleMetaInput {
  article: string;
  date?: string | null;
  outlet?: string | null;
}

export function extractFacts(text: string, analysis: Analysis, meta: ArticleMetaInput, rules: FactRules): ArticleFacts {
  const quotes = extractQuotes(text, analysis, rules.quotes);
  const entities = extractEntities(text, analysis, rules, quotes);
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
  return { article: meta.article, date: meta.date ?? null, outlet: meta.outlet ?? null, facts };
}

/** Main clauses that open with a known person or organisation: who did what, when and where. */
function extractEvents(text: string, analysis: Analysis, rules: FactRules, entities: EntityFact[], dates: DateFact[]): EventFact[] {
  const out: EventFact[] = [];
  analysis.sentences.forEach((s, si) => {
    const tk = s.tokens;
    if (tk.length < 4 || /[?“"»]/.test(tk[0]!.text)) return;
    // Subject: from the start up to the first lower-case word that is not part of a noun phrase.
    let v = 0;
    while (v < tk.length && v < 10 && (isUpper(tk[v]!.text) || rules.quotes.determiners.has(tk[v]!.text.toLowerCase()) || /^\p{Ll}+(e|en|er|es)$/u.test(tk[v]!.text) && v > 0 && (rules.quotes.determiners.has(tk[v - 1]!.text.toLowerCase()) || /^\p{Ll}+(e|en|er|es)$/u.test(tk[v - 1]!.text)) && !rules.quotes.auxiliaries.has(tk[v]!.text))) v++;
    if (v === 0 || v >= tk.length - 1) return;
    const verb = tk[v]!;
    if (!/^\p{Ll}+$/u.test(verb.text) || rules.quotes.prepositions.has(verb.text) || rules.quotes.nameParticles.has(verb.text)) return;
    const who = span(text, tk[0]!.start, tk[v - 1]!.end);
    const ent = entities.find((e) => (e.kind === 'person' || e.kind === 'organisation') && [e.span, ...e.mentions].some((m) => m.start >= who.start && m.end <= who.end));
    if (!ent) return;
    const last = tk[tk.length - 2];
    const did = last && last !== verb && /^\p{Ll}+$/u.test(last.text) && (rules.quotes.auxiliaries.has(verb.text)) ? `${verb.text} … ${last.text}` : verb.text;
    const when = dates.find((d) => d.sentence === si)?.span ?? null;
    const place = tk.findIndex((t, i) => i > v && rules.places.has(t.text) && rules.placePrepositions.has(tk[i - 1]?.text ?? ''));
    out.push({
      kind: 'event',
      id: `v${hash53(`${s.start}`)}`,
      span: who,
      evidence: sentenceSpan(text, analysis, si),
      sentence: si,
      who,
      did,
      when,
      where: place >= 0 ? span(text, tk[place - 1]!.start, tk[place]!.end) : null,
    });
  });
  return out;
}
