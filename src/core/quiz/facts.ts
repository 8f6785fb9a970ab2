/** The facts a quiz is made of: those of each article's body, and their alignment across the story's reports. */
import { factParagraphs, prepareArticle } from '../prepare';
import { alignArticles } from '../facts/12-align';
import { extractFacts } from '../facts/extract';
import type { StoryOverride } from '../facts/12-align';
import { sentenceSpan } from '../facts/textSpans';
import type { Fact, FactsResult } from '../facts/types';
import type { QuizLanguageModel } from './language';
import type { QuizArticle } from './types';
import type { Span } from '../analysis';

/** Longest text we make a quiz of; longer input is refused with a reason, not processed. */
export const MAX_TEXT_CHARS = 1_000_000;
/** Share of the language's function words (its detector's score) below which a text is taken to be in another language. */
const MIN_LANGUAGE_SHARE = 0.06;

/** Why no quiz can be made of the article (too long, no sentences, another language), or null. */
export function languageProblem(a: QuizArticle, lang: QuizLanguageModel): string | null {
  if (a.text.length > MAX_TEXT_CHARS) return lang.quiz.reasons.tooLong;
  const words = a.analysis.sentences.flatMap((s) => s.tokens).filter((t) => /\p{L}{2,}/u.test(t.text));
  if (words.length < 3 || !a.analysis.sentences.some((s) => s.tokens.filter((t) => /\p{L}/u.test(t.text)).length >= 3)) return lang.quiz.reasons.noSentences;
  if (lang.detect(words.map((t) => t.text.toLowerCase())) < MIN_LANGUAGE_SHARE) return lang.quiz.reasons.notThisLanguage;
  return null;
}

/** Only what the reader shows as the body, without credits and labels: a question about the headline or a `Stand:` line could not point to its sentence. */
export function bodySpans(a: QuizArticle, lang: QuizLanguageModel): Span[] {
  return a.body ?? factParagraphs(prepareArticle(lang, a.text).paragraphs);
}

/**
 * A person, body or place the headline names first (`Ole Brandt gewinnt in Nordland`) is the body's too where the body
 * names it again: taken from its first mention there, so the lead's `Der Nordländer Ole Brandt hat … gewonnen` has
 * its actor to ask and the story its name to offer. Its role only where the body gives it.
 */
function atBodyMention(f: Fact, a: QuizArticle, inBody: (at: number) => boolean): Fact[] {
  if (f.kind !== 'person' && f.kind !== 'organisation' && f.kind !== 'place') return [];
  const mentions = f.mentions.filter((m) => inBody(m.start));
  const first = mentions[0];
  const sentence = first ? a.analysis.sentences.findIndex((s) => s.start <= first.start && first.start < s.end) : -1;
  if (!first || sentence < 0) return [];
  return [{ ...f, span: first, mentions: mentions.slice(1), role: f.role && inBody(f.role.start) ? f.role : null, sentence, evidence: sentenceSpan(a.text, a.analysis, sentence) }];
}

/** Facts of every article and their alignment (the `facts` command), with the learner's moves of texts between stories. */
export function factsOf(articles: QuizArticle[], lang: QuizLanguageModel, overrides: readonly StoryOverride[] = []): FactsResult {
  const per = articles.map((a) => {
    const meta = { article: a.id, date: a.date ?? null, outlet: a.outlet ?? null };
    if (languageProblem(a, lang)) return { ...meta, facts: [] };
    const body = bodySpans(a, lang);
    const all = extractFacts(a.text, a.analysis, meta, lang.facts);
    const inBody = (at: number): boolean => body.some((p) => p.start <= at && at < p.end);
    return { ...all, facts: all.facts.flatMap((f) => (inBody(f.evidence.start) ? [f] : atBodyMention(f, a, inBody))) };
  });
  return { articles: per, stories: alignArticles(per.filter((p) => p.facts.length), lang.facts, overrides) };
}
