/**
 * EPUB import (issue 18): an e-book's chapters, in reading order, as texts for the library. The file is a zip from
 * outside, read with the packs' defensive zip reader (limits before inflating); each chapter's XHTML goes through the
 * same sanitising as an HTML file (htmlText.ts). A DRM-protected book or a broken file gets a reason, never half a book.
 */
import { readCentralDirectory, readEntry, ZIP_LIMITS, type ZipEntry } from '../../core';
import { htmlToText } from './htmlText';
import { normalizeText } from './extractText';

export interface EpubChapter {
  title: string;
  text: string;
}

export type EpubProblem = 'broken' | 'drm' | 'noChapters';
export type EpubResult = { ok: true; title: string | null; chapters: EpubChapter[] } | { ok: false; problem: EpubProblem; detail: string };

/** Books hold many files (images, fonts, styles); their sizes stay bounded by the zip limits. */
// The reader's limits are typed as the packs' constants; only the count of entries differs here.
const EPUB_LIMITS = { ...ZIP_LIMITS, entries: 10_000 } as unknown as typeof ZIP_LIMITS;
/** A spine item with fewer words is a cover, a title page or a table of contents, not a chapter to read. */
const MIN_CHAPTER_WORDS = 30;
/** Font obfuscation (IDPF and Adobe) is listed in encryption.xml too, but leaves the text readable. */
const FONT_OBFUSCATION = /idpf\.org\/2008\/embedding|ns\.adobe\.com\/pdf\/enc#RC/;

const attributes = (tag: string): Map<string, string> => {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? '');
  return out;
};
const tags = (xml: string, name: string): Map<string, string>[] => [...xml.matchAll(new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`, 'gi'))].map((m) => attributes(m[0]));

/** `href` relative to the package document's folder, with `..` and URL escapes resolved and the fragment dropped. */
function resolvePath(base: string, href: string): string {
  const parts = base.split('/').slice(0, -1);
  for (const p of decodeURIComponent(href.split('#')[0]!).split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

export function readEpub(bytes: Uint8Array): EpubResult {
  const directory = readCentralDirectory(bytes, EPUB_LIMITS);
  if (!directory.ok) return { ok: false, problem: 'broken', detail: directory.error.message };
  const entries = new Map<string, ZipEntry>(directory.value.map((e) => [e.name, e]));
  const text = (name: string): string | null => {
    const entry = entries.get(name);
    if (!entry) return null;
    const read = readEntry(bytes, entry);
    return read.ok ? new TextDecoder().decode(read.value) : null;
  };

  const encryption = text('META-INF/encryption.xml');
  const encrypted = encryption ? tags(encryption, 'EncryptionMethod').some((m) => !FONT_OBFUSCATION.test(m.get('algorithm') ?? '')) : false;
  if (encrypted || entries.has('META-INF/rights.xml')) return { ok: false, problem: 'drm', detail: 'META-INF' };

  const container = text('META-INF/container.xml');
  const opfPath = container ? tags(container, 'rootfile')[0]?.get('full-path') : undefined;
  const opf = opfPath ? text(opfPath) : null;
  if (!opfPath || !opf) return { ok: false, problem: 'broken', detail: container ? (opfPath ?? 'rootfile') : 'META-INF/container.xml' };

  const bookTitle = /<dc:title\b[^>]*>([^<]*)<\/dc:title>/i.exec(opf)?.[1]?.replace(/\s+/g, ' ').trim() || null;
  const manifest = new Map(tags(opf, 'item').map((a) => [a.get('id') ?? '', a]));
  const chapters: EpubChapter[] = [];
  for (const ref of tags(opf, 'itemref')) {
    const item = manifest.get(ref.get('idref') ?? '');
    if (!item || !/html/.test(item.get('media-type') ?? '') || ref.get('linear') === 'no') continue;
    const html = text(resolvePath(opfPath, item.get('href') ?? ''));
    if (html === null) return { ok: false, problem: 'broken', detail: item.get('href') ?? '' };
    const chapter = htmlToText(html);
    const body = normalizeText(chapter.text);
    if (body.split(/\s+/).length < MIN_CHAPTER_WORDS) continue;
    const heading = /^[^\n]{1,150}(?=\n\n)/.exec(body)?.[0];
    chapters.push({ title: chapter.title ?? heading ?? `${bookTitle ?? ''} ${chapters.length + 1}`.trim(), text: body });
  }
  if (chapters.length === 0) return { ok: false, problem: 'noChapters', detail: opfPath };
  return { ok: true, title: bookTitle, chapters };
}
