/**
 * Plain text from an opened file: `.txt` as it is, Markdown without its markup, HTML sanitised
 * with DOMPurify and reduced to its text, paragraphs kept as blank-line separated blocks.
 */
import DOMPurify from 'dompurify';

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
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
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
      .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, '$1\n')
      .replace(/^ {0,3}(?:[-*_][ \t]*){3,}$/gm, '')
      .replace(/^ {0,3}>[ \t]?/gm, '')
      .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, '')
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?!\w)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/<[^>]+>/g, ''),
  );
}

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

/** Sanitises first (no script runs, nothing loads), then walks the tree for its text. */
export function htmlToText(html: string): { text: string; title: string | null } {
  const body = DOMPurify.sanitize(html, { RETURN_DOM: true, WHOLE_DOCUMENT: true, FORBID_TAGS: ['style', 'script', 'noscript', 'template', 'svg', 'math', 'iframe'] }) as HTMLElement;
  const title = body.querySelector('title')?.textContent?.trim() || body.querySelector('h1')?.textContent?.trim() || null;
  body.querySelectorAll('title, head').forEach((n) => n.remove());
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (!(node instanceof Element)) return;
    if (node.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.test(node.tagName);
    if (block) out.push('\n\n');
    node.childNodes.forEach(walk);
    if (block) out.push('\n\n');
  };
  walk(body);
  const text = normalizeText(
    out
      .join('')
      .split('\n')
      .map((l) => l.trim())
      .join('\n'),
  );
  return { text, title };
}

export function extractText(content: string, format: TextFormat): { text: string; title: string | null } {
  switch (format) {
    case 'html':
      return htmlToText(content);
    case 'markdown': {
      const title = /^ {0,3}#[ \t]+(.+?)[ \t]*#*[ \t]*$/m.exec(content)?.[1] ?? null;
      return { text: markdownToText(content), title };
    }
    default:
      return { text: normalizeText(content), title: null };
  }
}
