/**
 * Derives an article's metadata (title, date, outlet, paragraphs, length) from its text,
 * so that bundled and pasted texts are treated alike and nothing is typed in per file.
 */
import { hash53 } from './hash';
import type { Span } from './analysis';
import type { NewsConventions } from './facts/language';

export interface ArticleMeta {
  title: string;
  /** ISO date, as precise as the text gives it: `2024-06-18` or `2024-06`. */
  date: string | null;
  outlet: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Paragraphs of the body (offsets into the text), headline and metadata lines excluded. */
  paragraphs: Span[];
  /** Paragraphs that are page furniture (credits, copyright, links, bylines, labels): shown, but no fact is asked about them. */
  boilerplate: Span[];
  contentHash: string;
}

const MAX_TITLE = 120;
const HEADER_CHARS = 600;

export function parseArticleMeta(text: string, conventions: NewsConventions): ArticleMeta {
  const header = text.slice(0, HEADER_CHARS);
  const blocks = paragraphSpans(text).map((s) => skipLeadingMarker(text, s, conventions)).filter((s) => s.end > s.start);
  const titleBlock = blocks.find((s) => !boilerplateFeature(text.slice(s.start, s.end), conventions, false));
  const titleLine = titleBlock ? cleanTitle(text.slice(titleBlock.start, titleBlock.end), conventions) : '';
  const title = headline(titleLine);
  // A headline line is shown as the title only; a lead paragraph that lent its first sentence stays in the body.
  const paragraphs = title === titleLine ? blocks.filter((s) => s !== titleBlock) : blocks;
  const wordCount = countWords(text);
  return {
    title,
    date: findDate(header, conventions),
    outlet: findOutlet(text, conventions),
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / conventions.wordsPerMinute)),
    paragraphs,
    boilerplate: paragraphs.filter((s) => boilerplateFeature(text.slice(s.start, s.end), conventions, true)),
    contentHash: hash53(text),
  };
}

/** Blank-line separated blocks; a single line break inside a block is kept (wrapped text). */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return spans;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function skipLeadingMarker(text: string, span: Span, c: NewsConventions): Span {
  const marker = c.leadingMarker.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
  return { start: span.start + marker, end: span.end };
}

/** Page furniture is short: a line of running text is never taken for it, however it starts. */
const BOILERPLATE_MAX_WORDS = 25;
/** A label (`Hintergrund`, a teaser heading) is a few words without final punctuation, after the headline. */
const LABEL_MAX_WORDS = 5;

function isPhotoCredit(line: string): boolean {
  const sides = line.split('/');
  if (sides.length !== 2 || /[.!?]/.test(line)) return false;
  const before = sides[0]!.trim().split(/\s+/).pop() ?? '';
  return /^\p{Lu}/u.test(before) && /^\s?\p{Lu}/u.test(sides[1]!);
}

export type BoilerplateFeature = 'cue' | 'copyright' | 'link' | 'capitals' | 'pipes' | 'photoCredit' | 'label';

/**
 * Which feature makes a paragraph page furniture, or null. Language-neutral line features, then the language's
 * cues; `label` (a short line without final punctuation) only after the headline, which looks the same.
 * Every test is linear in the line's length.
 */
export function boilerplateFeature(line: string, c: NewsConventions, afterTitle: boolean): BoilerplateFeature | null {
  const words = countWords(line);
  if (words > BOILERPLATE_MAX_WORDS) return null;
  if (c.boilerplateCues.some((p) => p.test(line))) return 'cue';
  if (/©|\(c\)/i.test(line)) return 'copyright';
  if (/https?:\/\/|www\.|[\p{L}\d._-]@[\p{L}\d-]+\.\p{L}/iu.test(line)) return 'link';
  if (/\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line)) return 'capitals';
  if (line.split(' | ').length >= 3) return 'pipes';
  // `dpa/Anna Berg`, `Foto: AFP/Jan Ott`: an agency and a photographer joined by a slash, nothing else.
  if (words <= 6 && isPhotoCredit(line)) return 'photoCredit';
  if (afterTitle && words <= LABEL_MAX_WORDS && !/[.!?:;,)"“”»«…]$/u.test(line)) return 'label';
  return null;
}

function cleanTitle(line: string, c: NewsConventions): string {
  return c.titleNoise.reduce((s, p) => s.replace(p, ' '), line).replace(/\s+/g, ' ').replace(/ : /g, ': ').trim();
}

/** A long first block is a lead paragraph, not a headline: take its first sentence. */
function headline(line: string): string {
  if (!line) return '';
  const first = /^.{12,}?[.!?](?=\s+\p{Lu})/u.exec(line)?.[0] ?? line;
  if (first.length <= MAX_TITLE) return first;
  const cut = first.slice(0, MAX_TITLE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

function findDate(header: string, c: NewsConventions): string | null {
  for (const p of c.datePatterns) {
    const g = p.exec(header)?.groups;
    if (!g?.year || !g.month) continue;
    const month = g.month.padStart(2, '0');
    return g.day ? `${g.year}-${month}-${g.day.padStart(2, '0')}` : `${g.year}-${month}`;
  }
  return null;
}

function findOutlet(text: string, c: NewsConventions): string | null {
  for (const p of c.outletPatterns) {
    const outlet = p.exec(text)?.groups?.outlet;
    if (outlet) return outlet;
  }
  return null;
}
