/** EPUB import (issue 18): chapters in reading order as texts; DRM and broken files refused with a reason. */
import { strToU8, zipSync } from 'fflate';
import { makeEpub } from '../../../fixtures/makeEpub';
import { describe, expect, it } from 'vitest';
import { readEpub } from '../../../../src/renderer/text/epub';

describe('readEpub', () => {
  it('gives the chapters in the spine order with their headings as titles, without cover, scripts or styles', () => {
    const book = readEpub(makeEpub());
    if (!book.ok) throw new Error(book.problem);
    expect(book.title).toBe('Ein Jahr am See');
    expect(book.chapters.map((c) => c.title)).toEqual(['Der Frühling', 'Der Sommer']);
    expect(book.chapters[0]!.text.startsWith('Der Frühling\n\nIm Frühling ist das Wasser')).toBe(true);
    expect(book.chapters.map((c) => c.text).join()).not.toMatch(/alert|margin/);
  });

  it('refuses a DRM-protected book, but not one whose fonts are only obfuscated', () => {
    const adept = '<encryption><EncryptedData><EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes128-cbc"/></EncryptedData></encryption>';
    expect(readEpub(makeEpub({ 'META-INF/encryption.xml': adept }))).toMatchObject({ ok: false, problem: 'drm' });
    expect(readEpub(makeEpub({ 'META-INF/rights.xml': '<rights/>' }))).toMatchObject({ ok: false, problem: 'drm' });
    const fonts = '<encryption><EncryptedData><EncryptionMethod Algorithm="http://www.idpf.org/2008/embedding"/></EncryptedData></encryption>';
    expect(readEpub(makeEpub({ 'META-INF/encryption.xml': fonts }))).toMatchObject({ ok: true });
  });

  it('refuses a file that is not a zip, a zip without a package document, and a book without readable chapters', () => {
    expect(readEpub(strToU8('%PDF-1.4 not a book'))).toMatchObject({ ok: false, problem: 'broken' });
    expect(readEpub(zipSync({ 'a.txt': strToU8('x') }))).toMatchObject({ ok: false, problem: 'broken' });
    const empty = makeEpub({ 'OEBPS/text/eins.xhtml': '<html><body><p>Kurz.</p></body></html>', 'OEBPS/text/zwei.xhtml': '<html><body></body></html>' });
    expect(readEpub(empty)).toMatchObject({ ok: false, problem: 'noChapters' });
  });
});
