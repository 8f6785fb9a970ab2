/**
 * The text of an HTML file, without a DOM. The own-texts worker has no DOM (DOMPurify needs one), and
 * the text is all the app keeps: it is shown as plain text, never as HTML, so nothing here needs
 * sanitising, only reading. One left-to-right pass with indexOf and sticky regexes, so a deeply nested
 * or unclosed file costs time linear in its size (DOMPurify building the tree of a 1.1 MB nested file
 * took ~25 s on the UI thread).
 */

/** Elements whose content is never text for the reader (scripts, styles, embedded documents, inline images). */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'textarea', 'select']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul', 'body', 'html',
]);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…', euro: '€',
  bdquo: '„', ldquo: '“', rdquo: '”', sbquo: '‚', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', middot: '·', deg: '°', sect: '§', copy: '©',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', agrave: 'à', aacute: 'á', ccedil: 'ç',
};

function codePoint(n: number): string {
  // NUL, surrogates and values past Unicode become the replacement character, as browsers do.
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\ufffd';
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,9}));/g, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec) return codePoint(Number(dec));
    if (hex) return codePoint(parseInt(hex, 16));
    return ENTITIES[name!] ?? whole;
  });
}

const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9-]*)/y;
/** The rest of a tag up to its `>`, quoted attribute values taken whole (they may contain `>`). */
const TAG_REST = /(?:[^>"']|"[^"]*"|'[^']*')*>?/y;

/** Index just past `</name …>` at or after `from`, or the end of the input when it is never closed. */
function skipPast(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const end = html.indexOf('>', m.index);
  return end < 0 ? html.length : end + 1;
}

export function htmlToText(html: string): { text: string; title: string | null } {
  const out: string[] = [];
  let title: string | null = null;
  let h1: string[] | null = null;
  let h1Text: string | null = null;
  let i = 0;
  const text = (s: string) => {
    const t = decodeEntities(s).replace(/\s+/g, ' ');
    out.push(t);
    if (h1) h1.push(t);
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      text(html.slice(i));
      break;
    }
    if (lt > i) text(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const m = TAG_NAME.exec(html);
    if (!m) {
      // A `<` that starts no tag is text, as in a browser.
      text('<');
      i = lt + 1;
      continue;
    }
    const closing = m[0].startsWith('/');
    const name = m[1]!.toLowerCase();
    TAG_REST.lastIndex = TAG_NAME.lastIndex;
    TAG_REST.exec(html);
    i = TAG_REST.lastIndex;
    if (closing) {
      if (name === 'h1' && h1) {
        h1Text ??= h1.join('').trim() || null;
        h1 = null;
      }
      if (BLOCK.has(name)) out.push('\n\n');
      continue;
    }
    if (name === 'title') {
      const end = skipPast(html, name, i);
      title ??= decodeEntities(html.slice(i, end).replace(/<\/title[^>]*>$/i, '')).replace(/\s+/g, ' ').trim() || null;
      i = end;
    } else if (SKIPPED.has(name)) {
      i = skipPast(html, name, i);
    } else if (name === 'br') {
      out.push('\n');
    } else if (BLOCK.has(name)) {
      out.push('\n\n');
      if (name === 'h1' && h1Text === null) h1 = [];
    }
  }
  const body = out
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
  return { text: body, title: title ?? h1Text };
}
