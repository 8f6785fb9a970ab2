/**
 * Plain text from an opened file or a paste: `.txt` as it is, Markdown without its markup, HTML reduced
 * to its text (htmlText.ts), paragraphs kept as blank-line separated blocks. Runs in the own-texts worker
 * on any input, so every pattern here is linear-time (no run of spaces is scanned more than once).
 */
import { htmlToText } from './htmlText';

export type TextFormat = 'text' | 'markdown' | 'html';

export function formatOf(fileName: string): TextFormat | null {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (ext === 'txt' || ext === 'text') return 'text';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return null;
}

/** Unix line ends, no trailing spaces, at most one blank line between paragraphs. */
export function normalizeText(text: string): string {
  // Trailing spaces go line by line: `/[ \t]+\n/g` rescans a long run of spaces from each of its positions.
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A heading's text without its closing `#`s (`## Titel ##`), by string operations: the lazy regex this
 * replaces was quadratic on a long run of spaces or `#`s.
 */
function headingText(heading: string): string {
  const trimmed = heading.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  // Closing `#`s count only after a space; `C#` keeps its sign.
  const closed = end === 0 || trimmed[end - 1] === ' ' || trimmed[end - 1] === '\t';
  return (closed ? trimmed.slice(0, end) : trimmed).trim();
}

export function markdownToText(md: string): string {
  return normalizeText(
    md
      .replace(/\r\n?/g, '\n')
      .replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\[[^\]]+\]:\s*\S+.*$/gm, '')
      .replace(/^ {0,3}#{1,6}[ \t]+([^\n]*)$/gm, (_, heading: string) => `${headingText(heading)}\n`)
      .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
      .replace(/^ {0,3}>[ \t]?/gm, '')
      .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/<[^>]+>/g, ''),
  );
}

export function extractText(content: string, format: TextFormat): { text: string; title: string | null } {
  switch (format) {
    case 'html': {
      const { text, title } = htmlToText(content);
      return { text: normalizeText(text), title };
    }
    case 'markdown': {
      const title = headingText(/^ {0,3}#[ \t]+([^\n]*)$/m.exec(content)?.[1] ?? '') || null;
      return { text: markdownToText(content), title };
    }
    default:
      return { text: normalizeText(content), title: null };
  }
}
