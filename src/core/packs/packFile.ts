/**
 * Writing and reading `.lesestoff` lesson packs (issue 8): a zip with `manifest.json` and the
 * article texts as `articles/<n>.txt`. The same reader opens results files (`resultsFile.ts`).
 * `readPackFile` never throws: a pack is untrusted input, and every way it can be wrong has a
 * code and a message the UI and the CLI show as they are.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { hash53 } from '../hash';
import {
  ARTICLE_FILE,
  PACK_FORMAT,
  PACK_LIMITS,
  PACK_SCHEMA_VERSION,
  RESULTS_FORMAT,
  RESULTS_SCHEMA_VERSION,
  articleFileName,
  crossCheckPack,
  firstIssue,
  packContentSchema,
  packManifestSchema,
  type PackContent,
  type PackManifest,
} from './packSchema';
import { PackWriteError, parseResultsManifest, zipDate, type ResultsRead } from './resultsFile';
import { ZIP_LIMITS, centralDirectoryOffset, printable, readCentralDirectory, readEntry, type PackError, type ZipEntry } from './zipReader';

export const PACK_EXTENSION = '.lesestoff';
const MANIFEST = 'manifest.json';

export type PackReadResult =
  | { ok: true; kind: 'pack'; pack: PackContent }
  | ({ ok: true; kind: 'results' } & ResultsRead)
  | { ok: false; error: PackError };

type Fail = { ok: false; error: PackError };
const fail = (code: PackError['code'], message: string): Fail => ({ ok: false, error: { code, message } });

/** Schema plus cross-field checks (notes inside their articles, unique ids …). For the editor and `writePack`. */
export function validatePackContent(content: unknown): { ok: true; pack: PackContent } | Fail {
  const parsed = packContentSchema.safeParse(content);
  if (!parsed.success) return fail('invalid-manifest', `The pack is invalid: ${firstIssue(parsed.error)}`);
  const problem = crossCheckPack(parsed.data);
  if (problem) return fail('invalid-manifest', `The pack is invalid: ${problem}`);
  return { ok: true, pack: parsed.data };
}

/** Validates and zips a pack. Throws `PackWriteError` when the content is invalid or would exceed the read limits. */
export function writePack(content: PackContent): Uint8Array {
  const valid = validatePackContent(content);
  if (!valid.ok) throw new PackWriteError(valid.error);
  const pack = valid.pack;
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    id: pack.id,
    version: pack.version,
    title: pack.title,
    level: pack.level,
    instructions: pack.instructions,
    createdAt: pack.createdAt,
    articles: pack.articles.map(({ text, ...meta }, i) => ({ ...meta, file: articleFileName(i), contentHash: hash53(text) })),
    notes: pack.notes,
    questions: pack.questions,
  };
  const files: Record<string, Uint8Array> = { [MANIFEST]: strToU8(JSON.stringify(manifest, null, 1)) };
  for (const [i, a] of pack.articles.entries()) files[articleFileName(i)] = strToU8(a.text);
  // A file this app writes must be one it can read back.
  for (const [name, data] of Object.entries(files)) {
    const max = name === MANIFEST ? ZIP_LIMITS.entryBytes : PACK_LIMITS.articleText;
    if (data.length > max) throw new PackWriteError({ code: 'entry-too-large', message: `${name} would be ${data.length} bytes; at most ${max}` });
  }
  return zipSync(files, { level: 6, mtime: zipDate(pack.createdAt) });
}

/** Reads a pack or a results file. Never throws. */
export function readPackFile(bytes: Uint8Array): PackReadResult {
  try {
    return readUnsafe(bytes);
  } catch (err) {
    // Every known problem is caught on its own; this is the net under the net.
    return fail('corrupt', `The file could not be read (${err instanceof Error ? err.message.slice(0, 200) : 'unknown error'})`);
  }
}

function readUnsafe(bytes: Uint8Array): PackReadResult {
  const directory = readCentralDirectory(bytes);
  if (!directory.ok) return directory;
  const cdOffset = centralDirectoryOffset(bytes);
  const entries = new Map<string, ZipEntry>();
  for (const entry of directory.value) {
    if (entry.name === 'articles/' && entry.size === 0) continue; // a folder entry some zip tools add
    if (entry.name !== MANIFEST && !ARTICLE_FILE.test(entry.name)) {
      return fail('unexpected-entry', `The file holds an entry a Lesestoff file never has: "${printable(entry.name)}"`);
    }
    entries.set(entry.name, entry);
  }
  const manifestEntry = entries.get(MANIFEST);
  if (!manifestEntry) return fail('missing-manifest', 'This is not a Lesestoff file (it has no manifest.json)');
  const manifestBytes = readEntry(bytes, manifestEntry, cdOffset);
  if (!manifestBytes.ok) return manifestBytes;
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifestBytes.value));
  } catch {
    return fail('invalid-manifest', 'The manifest (manifest.json) is not valid JSON');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('invalid-manifest', 'The manifest (manifest.json) is not a JSON object');
  const { format, schemaVersion } = raw as { format?: unknown; schemaVersion?: unknown };
  if (format !== PACK_FORMAT && format !== RESULTS_FORMAT) {
    return fail('wrong-format', `This is not a Lesestoff lesson pack or results file (format ${typeof format === 'string' ? `"${printable(format)}"` : 'missing'})`);
  }
  const supported = format === PACK_FORMAT ? PACK_SCHEMA_VERSION : RESULTS_SCHEMA_VERSION;
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > supported) {
    return fail('newer-version', `This file was made with a newer Lesestoff (schema ${schemaVersion}); update the app`);
  }
  if (format === RESULTS_FORMAT) {
    if (entries.size > 1) return fail('unexpected-entry', 'The results file holds more than manifest.json');
    const results = parseResultsManifest(raw);
    return results.ok ? { ok: true, kind: 'results', ...results.value } : results;
  }
  return readPackBody(bytes, raw, entries, cdOffset);
}

function readPackBody(bytes: Uint8Array, raw: unknown, entries: Map<string, ZipEntry>, cdOffset: number): PackReadResult {
  const parsed = packManifestSchema.safeParse(raw);
  if (!parsed.success) return fail('invalid-manifest', `The manifest is invalid: ${firstIssue(parsed.error)}`);
  const manifest = parsed.data;
  const referenced = new Set(manifest.articles.map((a) => a.file));
  if (referenced.size !== manifest.articles.length) return fail('invalid-manifest', 'The manifest is invalid: two articles name the same file');
  for (const name of entries.keys()) {
    if (name !== MANIFEST && !referenced.has(name)) return fail('unexpected-entry', `The file holds "${printable(name)}", which the manifest does not list`);
  }
  const articles: PackContent['articles'] = [];
  for (const { file, contentHash, ...meta } of manifest.articles) {
    const entry = entries.get(file);
    if (!entry) return fail('missing-article', `The pack is incomplete: "${meta.title.slice(0, 80)}" (${file}) is missing`);
    if (entry.size > PACK_LIMITS.articleText) return fail('entry-too-large', `${file} is larger than ${PACK_LIMITS.articleText} bytes`);
    const data = readEntry(bytes, entry, cdOffset);
    if (!data.ok) return data;
    const text = decodeUtf8(data.value);
    if (hash53(text) !== contentHash) return fail('hash-mismatch', `${file} does not match its content hash: the pack was changed or damaged`);
    articles.push({ ...meta, text });
  }
  const { format: _format, schemaVersion: _schemaVersion, articles: _entries, ...header } = manifest;
  const content = validatePackContent({ ...header, articles });
  return content.ok ? { ok: true, kind: 'pack', pack: content.pack } : content;
}

/** UTF-8 to string, byte for byte: TextDecoder would drop a leading byte-order mark and change the hash. */
function decodeUtf8(data: Uint8Array): string {
  const bom = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf;
  return bom ? `\uFEFF${strFromU8(data.subarray(3))}` : strFromU8(data);
}
