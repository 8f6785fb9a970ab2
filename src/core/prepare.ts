/**
 * An article prepared once, at ingest (issue 13): its metadata and body paragraphs, derived from the text by
 * `parseArticleMeta` and stored with the article, so the reader, quizzes, stories and packs read them instead of
 * parsing the text again each time they show it.
 */
import { parseArticleMeta } from './articleMeta';
import type { Span } from './analysis';
import type { LanguageModel } from './languageModel';

/**
 * The version of what `prepareArticle` gives for a text. Bump it whenever that output can change for the same
 * text: the metadata or paragraph rules in `articleMeta.ts`, a language's `NewsConventions`, or the shape of
 * `PreparedArticle`. The app prepares every stored article again when its stored version differs.
 */
export const ENGINE_VERSION = '30';

/** A body paragraph: offsets into the article's text (its text is `text.slice(start, end)`, stored once). */
export interface PreparedParagraph extends Span {
  /** Page furniture (a credit, a copyright or `Stand:` line, a label): shown, but no fact is asked about it. */
  boilerplate?: true;
}

export interface PreparedMeta {
  title: string;
  /** ISO date, as precise as the text gives it: `2024-06-18` or `2024-06`. */
  date: string | null;
  outlet: string | null;
  wordCount: number;
  readingMinutes: number;
  contentHash: string;
}

export interface PreparedArticle {
  engineVersion: string;
  meta: PreparedMeta;
  /** The body in reading order: the headline line and metadata lines are not in it. */
  paragraphs: PreparedParagraph[];
}

/** Metadata the article came with (a pack's manifest, the title a learner typed); it wins over what the text shows. */
export interface GivenMeta {
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
}

export function prepareArticle(model: Pick<LanguageModel, 'news'>, text: string, given: GivenMeta = {}): PreparedArticle {
  const { paragraphs, boilerplate, ...derived } = parseArticleMeta(text, model.news);
  const furniture = new Set(boilerplate);
  return {
    engineVersion: ENGINE_VERSION,
    meta: {
      title: given.title?.trim() || derived.title,
      date: given.date === undefined ? derived.date : given.date,
      outlet: given.outlet === undefined ? derived.outlet : given.outlet,
      wordCount: derived.wordCount,
      readingMinutes: derived.readingMinutes,
      contentHash: derived.contentHash,
    },
    paragraphs: paragraphs.map((p) => (furniture.has(p) ? { start: p.start, end: p.end, boilerplate: true } : { start: p.start, end: p.end })),
  };
}

/** The paragraphs facts and quiz questions are taken from: the body without its page furniture. */
export function factParagraphs(paragraphs: readonly PreparedParagraph[]): Span[] {
  return paragraphs.filter((p) => !p.boilerplate);
}
