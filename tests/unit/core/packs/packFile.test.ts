import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackFile, validatePackContent, writePack } from '../../../../src/core/packs/packFile';
import { newPackId, type PackContent } from '../../../../src/core/packs/packSchema';
import { PackWriteError } from '../../../../src/core/packs/resultsFile';
import { summarizeRead } from '../../../../src/core/packs/summary';
import type { PackErrorCode } from '../../../../src/core/packs/zipReader';
import { centralRecords, editManifest, mulberry32, rezip, samplePack, setU32 } from './fixtures';

const valid = writePack(samplePack());
const MB = 1024 * 1024;

function flipManifestByte(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  // fflate writes manifest.json first: its data starts after the 30-byte local header and the name.
  const at = 30 + 'manifest.json'.length + 20;
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}

/** A 6 MB entry compressed to a few kB whose central directory claims 100 kB: only inflating reveals it. */
function lyingBomb(): Uint8Array {
  const bytes = zipSync({ 'manifest.json': new Uint8Array(6 * MB).fill(32) });
  const [record = 0] = centralRecords(bytes);
  setU32(bytes, record + 24, 100_000);
  return bytes;
}

describe('writePack and readPackFile', () => {
  it('reads back exactly the pack it wrote', () => {
    expect(readPackFile(valid)).toEqual({ ok: true, kind: 'pack', pack: samplePack() });
  });

  it('writes the same bytes for the same pack', () => {
    expect(writePack(samplePack())).toEqual(valid);
  });

  it('keeps HTML in titles, notes and texts as plain text, and counts it in the summary', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const pack = samplePack({ title: html, instructions: `<b>${html}</b>` });
    const read = readPackFile(writePack(pack));
    expect(read).toMatchObject({ ok: true, pack: { title: html, instructions: `<b>${html}</b>` } });
    if (!read.ok) throw new Error('unreachable');
    expect(summarizeRead(read)).toMatchObject({ kind: 'pack', plainText: true, htmlLikeTexts: 2 });
  });

  it('keeps a leading byte-order mark and umlauts in a text byte for byte', () => {
    const text = '\uFEFFÄrger über Öl — „Zitat“ 🇩🇪';
    const pack = samplePack({ articles: [{ id: 'a1', title: 'T', text }], notes: [], questions: [] });
    expect(readPackFile(writePack(pack))).toMatchObject({ ok: true, pack: { articles: [{ text }] } });
  });

  it('refuses to write an invalid pack, naming the field', () => {
    const bad = samplePack({ questions: [{ id: 'q1', type: 'multiple-choice', prompt: 'P', options: ['a', 'b'], answer: 'c' }] });
    expect(() => writePack(bad)).toThrow(PackWriteError);
    expect(() => writePack(bad)).toThrow(/questions\.0\.answer: not one of the options/);
    expect(() => writePack(samplePack({ title: 'x'.repeat(201) }))).toThrow(/title/);
  });
});

describe('validatePackContent', () => {
  it.each<[string, Partial<PackContent>, RegExp]>([
    ['a note on words that are not there', { notes: [{ articleId: 'a1', start: 0, end: 4, text: 'Kim!', note: 'n' }] }, /notes\.0: text does not match/],
    ['a note on an unknown article', { notes: [{ articleId: 'zz', start: 0, end: 1, text: 'P', note: 'n' }] }, /unknown article "zz"/],
    ['a note past the end of its text', { notes: [{ articleId: 'a2', start: 0, end: 9999, text: 'G', note: 'n' }] }, /outside the article/],
    ['two questions with one id', { questions: [{ id: 'q', type: 'true-false', prompt: 'P', answer: true }, { id: 'q', type: 'true-false', prompt: 'P', answer: false }] }, /duplicate question id/],
    ['51 articles', { articles: Array.from({ length: 51 }, (_, i) => ({ id: `a${i}`, title: 't', text: 'x' })), notes: [], questions: [] }, /articles: Too big/],
  ])('rejects %s', (_name, over, message) => {
    expect(validatePackContent(samplePack(over))).toMatchObject({ ok: false, error: { code: 'invalid-manifest', message } });
  });
});

describe('readPackFile rejects a bad file with a specific message', () => {
  const cases: [string, () => Uint8Array, PackErrorCode, RegExp][] = [
    ['an empty file', () => new Uint8Array(), 'not-a-zip', /it is empty/],
    ['a text file', () => strToU8('Hallo, ich bin kein Zip.'), 'not-a-zip', /^This is not a Lesestoff file \(it is not a zip archive\)$/],
    ['a file over 50 MB', () => new Uint8Array(50 * MB + 1), 'file-too-large', /larger than 50 MB/],
    ['a truncated file', () => valid.slice(0, valid.length - 40), 'truncated', /incomplete/],
    ['a file cut in the middle', () => valid.slice(0, valid.length >> 1), 'truncated', /incomplete/],
    ['a damaged manifest', () => flipManifestByte(valid), 'corrupt', /damaged/],
    ['201 entries', () => zipSync(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`articles/${i + 1}.txt`, strToU8('x')]))), 'too-many-entries', /201 entries; at most 200/],
    ['an entry declaring 6 MB', () => zipSync({ 'manifest.json': strToU8('{}'), 'articles/1.txt': new Uint8Array(6 * MB) }), 'entry-too-large', /at most 5 MB per entry/],
    ['a 4 MB entry compressed 1000:1', () => zipSync({ 'manifest.json': new Uint8Array(4 * MB) }), 'suspicious-compression', /zip bomb/],
    ['an entry that inflates beyond what it declares', lyingBomb, 'suspicious-compression', /more than it declares/],
    ['an entry named ../evil.txt', () => zipSync({ '../evil.txt': strToU8('x') }), 'unsafe-path', /"\.\." in the path\): "\.\.\/evil\.txt"/],
    ['an absolute path', () => zipSync({ '/etc/passwd': strToU8('x') }), 'unsafe-path', /absolute path/],
    ['a backslash path', () => zipSync({ 'articles\\1.txt': strToU8('x') }), 'unsafe-path', /backslash/],
    ['an unexpected entry', () => rezip(valid, (f) => (f['evil.js'] = strToU8('alert(1)'))), 'unexpected-entry', /"evil\.js"/],
    ['an article the manifest does not list', () => rezip(valid, (f) => (f['articles/9.txt'] = strToU8('x'))), 'unexpected-entry', /articles\/9\.txt/],
    ['no manifest', () => rezip(valid, (f) => delete f['manifest.json']), 'missing-manifest', /no manifest\.json/],
    ['a manifest that is not JSON', () => rezip(valid, (f) => (f['manifest.json'] = strToU8('{"format": '))), 'invalid-manifest', /not valid JSON/],
    ['a manifest without a title', () => editManifest(valid, (m) => delete m.title), 'invalid-manifest', /manifest is invalid: title:/],
    ['a question with a wrong type', () => editManifest(valid, (m) => ((m.questions as { type: string }[])[1]!.type = 'essay')), 'invalid-manifest', /questions\.1\.type/],
    ['a newer schema version', () => editManifest(valid, (m) => (m.schemaVersion = 2)), 'newer-version', /^This file was made with a newer Lesestoff \(schema 2\); update the app$/],
    ['another format', () => editManifest(valid, (m) => (m.format = 'epub')), 'wrong-format', /format "epub"/],
    ['a missing article', () => rezip(valid, (f) => delete f['articles/2.txt']), 'missing-article', /"Gipfel in Pjöngjang" \(articles\/2\.txt\) is missing/],
    ['an edited article', () => rezip(valid, (f) => (f['articles/1.txt'] = strToU8('Putin besucht Südkorea'))), 'hash-mismatch', /articles\/1\.txt does not match its content hash/],
  ];

  it.each(cases)('%s', (_name, make, code, message) => {
    const read = readPackFile(make());
    expect(read).toMatchObject({ ok: false, error: { code } });
    if (read.ok) throw new Error('unreachable');
    expect(read.error.message).toMatch(message);
  });

  it('inflates nothing of a bomb: rejects a 1 GB-declaring entry at once', () => {
    const bytes = zipSync({ 'manifest.json': strToU8('{}') });
    const [record = 0] = centralRecords(bytes);
    setU32(bytes, record + 24, 1024 * MB);
    // Refused for the size it declares (the code says so); how fast is the bench's business, not a test's.
    expect(readPackFile(bytes)).toMatchObject({ ok: false, error: { code: 'entry-too-large' } });
  });
});

describe('newPackId', () => {
  it('makes a uuid-v4-shaped id that repeats for the same seed', () => {
    const id = newPackId(mulberry32(7));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newPackId(mulberry32(7))).toBe(id);
    expect(newPackId(mulberry32(8))).not.toBe(id);
  });
});
