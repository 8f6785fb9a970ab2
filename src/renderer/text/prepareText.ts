/**
 * Everything Add text does to a text before it is stored, in one pass the own-texts worker runs once per
 * input: size gate, extraction from a file's markup, the title as the first paragraph, metadata (word
 * count, reading time) and the language check. Plain functions with no DOM, so the fuzz suite runs the
 * very code the worker runs.
 */
import { countWords, defaultLanguage, prepareArticle, type PreparedArticle } from '../../core';
import { guardMarks } from './markGuard';
import { extractText, normalizeText, type TextFormat } from './extractText';
import { isMostlyGerman } from './languageCheck';
import { checkText, MAX_FILE_BYTES, type TextProblem } from './textLimits';

export type Refused = { ok: false; problem: TextProblem };

/** The step under way, for the progress shown while a large text is checked. */
export type PrepareStage = 'extract' | 'metadata' | 'language';
export const PREPARE_STAGES: readonly PrepareStage[] = ['extract', 'metadata', 'language'];
export type StageCallback = (stage: PrepareStage) => void;

/** A file's text, ready for the form; its size and emptiness checked. */
export type ReadText = { ok: true; text: string; title: string | null } | Refused;

export function readOwnText(content: string, format: TextFormat, onStage?: StageCallback): ReadText {
  const raw = checkText(content, MAX_FILE_BYTES);
  if (raw?.kind === 'tooLarge') return { ok: false, problem: raw };
  onStage?.('extract');
  // The text goes into the text box, which hangs on a run of thousands of marks on one letter (reader/markGuard.ts).
  const extracted = extractText(guardMarks(content), format);
  const problem = checkText(extracted.text);
  return problem ? { ok: false, problem } : { ok: true, ...extracted };
}

export interface PreparedText {
  ok: true;
  /** What is stored: the title as its own first paragraph, then the body. */
  text: string;
  title: string;
  /** The article prepared once (issue 13), here in the worker: what the library stores with it. */
  meta: PreparedArticle['meta'];
  paragraphs: PreparedArticle['paragraphs'];
  engineVersion: string;
  /** Words in the body alone, for the count under the text box (meta counts the title too). */
  words: number;
  /** False when the text does not look like German: the learner confirms before it is added. */
  german: boolean;
}

/** The stored text starts with the title as its own paragraph, so the reader shows it as the headline. */
export function composeOwnText(title: string, body: string): string {
  const t = title.replace(/\s+/g, ' ').trim();
  const b = normalizeText(body);
  if (!t) return b;
  // The text's own first line is the title: it becomes its own paragraph, even when one line break separated it.
  if (b.startsWith(`${t}\n`)) return `${t}\n\n${b.slice(t.length).trimStart()}`;
  if (b.startsWith(t)) return b;
  return `${t}\n\n${b}`;
}

/** The longest first line taken as a title; a longer one is a paragraph of prose, not a headline. */
const MAX_TITLE_LINE = 150;

/**
 * A pasted text without a title field (issue 18): its first line is the title when more lines follow, even after a
 * single line break, unless the line runs on (ends in a comma, hyphen or colon) or is too long for a headline.
 */
export function firstLineTitle(body: string): string {
  const lines = normalizeText(body).split('\n');
  const first = lines[0]?.trim() ?? '';
  if (lines.length < 2 || first.length > MAX_TITLE_LINE || /[,;:\-–]$/.test(first)) return '';
  return first;
}

export function prepareOwnText(title: string, body: string, onStage?: StageCallback): PreparedText | Refused {
  const problem = checkText(body);
  if (problem) return { ok: false, problem };
  onStage?.('metadata');
  const text = composeOwnText(title.trim() ? title : firstLineTitle(body), body);
  const { meta, paragraphs, engineVersion } = prepareArticle(defaultLanguage, text);
  onStage?.('language');
  // A learner's text names no outlet or date of its own: the library shows it as theirs.
  const shown = { ...meta, title: meta.title || title.trim() || text.slice(0, 60), date: null, outlet: null };
  return { ok: true, text, title: shown.title, meta: shown, paragraphs, engineVersion, words: countWords(body), german: isMostlyGerman(body) };
}
