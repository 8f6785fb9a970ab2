/**
 * A defensive zip reader for untrusted lesson packs and results files. It reads the central
 * directory itself and enforces the limits before inflating anything, then inflates in small
 * chunks and stops as soon as an entry yields more than it declared: declared sizes can lie,
 * and fflate's `unzipSync` would inflate a lying entry to the end (CPU) before truncating it.
 * Never throws: every problem becomes a `PackError` with a code and a specific message.
 */
import { Inflate } from 'fflate';

export type PackErrorCode =
  | 'not-a-zip'
  | 'file-too-large'
  | 'truncated'
  | 'corrupt'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'suspicious-compression'
  | 'unsafe-path'
  | 'unexpected-entry'
  | 'missing-manifest'
  | 'invalid-manifest'
  | 'newer-version'
  | 'wrong-format'
  | 'missing-article'
  | 'hash-mismatch';

export interface PackError {
  code: PackErrorCode;
  message: string;
}

export const ZIP_LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  entries: 200,
  entryBytes: 5 * 1024 * 1024,
  totalBytes: 60 * 1024 * 1024,
  /** Uncompressed : compressed, per entry. Text compresses about 3:1; bombs 1000:1. */
  ratio: 200,
  /**
   * Below this an entry cannot do harm whatever its ratio: inflation stops at the declared size and the
   * entries cannot overlap, so what a file unpacks to is bounded by `entryBytes` and `totalBytes` anyway.
   * An honest manifest holding a long run of one character (a padded field) compresses ~1000:1.
   */
  ratioMinBytes: 1024 * 1024,
} as const;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipResult<T> = { ok: true; value: T } | { ok: false; error: PackError };

const fail = (code: PackErrorCode, message: string): { ok: false; error: PackError } => ({ ok: false, error: { code, message } });

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const CEN_SIZE = 46;
const LOC_SIZE = 30;
/** Input per inflate step: deflate expands at most ~1032:1, so one step yields at most ~4 MB. */
const INFLATE_CHUNK = 4096;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

/** Reads and checks the central directory. Nothing is inflated here. */
export function readCentralDirectory(bytes: Uint8Array, limits = ZIP_LIMITS): ZipResult<ZipEntry[]> {
  if (bytes.length === 0) return fail('not-a-zip', 'This is not a Lesestoff file (it is empty)');
  if (bytes.length > limits.fileBytes) return fail('file-too-large', `The file is larger than ${mb(limits.fileBytes)}`);
  const startsLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const eocd = findEocd(bytes);
  if (eocd < 0) {
    return startsLikeZip
      ? fail('truncated', 'The file is incomplete (the end of the zip archive is missing); copy it again')
      : fail('not-a-zip', 'This is not a Lesestoff file (it is not a zip archive)');
  }
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (u16(bytes, eocd + 4) !== 0 || u16(bytes, eocd + 6) !== 0 || u16(bytes, eocd + 8) !== count) {
    return fail('corrupt', 'The zip archive is damaged (it claims to span several disks)');
  }
  if (count > limits.entries) return fail('too-many-entries', `The file holds ${count} entries; at most ${limits.entries} are allowed`);
  if (count === 0xffff || cdOffset === 0xffffffff) return fail('entry-too-large', 'The file is a zip64 archive; lesson files are never that large');
  if (cdOffset + cdSize > eocd) return fail('truncated', 'The file is incomplete (its table of contents is cut off)');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + CEN_SIZE > cdOffset + cdSize || u32(bytes, p) !== CEN_SIG) return fail('corrupt', 'The zip archive is damaged (bad table of contents)');
    const nameLen = u16(bytes, p + 28);
    const next = p + CEN_SIZE + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
    if (next > cdOffset + cdSize) return fail('corrupt', 'The zip archive is damaged (bad table of contents)');
    const entry: ZipEntry = {
      name: decodeName(bytes.subarray(p + CEN_SIZE, p + CEN_SIZE + nameLen)),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
    };
    p = next;
    const pathProblem = unsafePath(entry.name);
    if (pathProblem) return fail('unsafe-path', `The file holds an entry with an unsafe path (${pathProblem}): "${printable(entry.name)}"`);
    if (names.has(entry.name)) return fail('unexpected-entry', `The file holds "${printable(entry.name)}" twice`);
    names.add(entry.name);
    if (entry.flags & 1) return fail('corrupt', `"${printable(entry.name)}" is encrypted; lesson files never are`);
    if (entry.method !== 0 && entry.method !== 8) return fail('corrupt', `"${printable(entry.name)}" uses an unsupported compression method (${entry.method})`);
    if (entry.size > limits.entryBytes) return fail('entry-too-large', `"${printable(entry.name)}" unpacks to ${mb(entry.size)}; at most ${mb(limits.entryBytes)} per entry`);
    if (entry.size >= limits.ratioMinBytes && entry.size > entry.compressedSize * limits.ratio) {
      return fail('suspicious-compression', `"${printable(entry.name)}" is compressed ${Math.round(entry.size / Math.max(1, entry.compressedSize))}:1, like a zip bomb; refused`);
    }
    total += entry.size;
    if (total > limits.totalBytes) return fail('entry-too-large', `The file unpacks to more than ${mb(limits.totalBytes)}`);
    if (entry.localOffset + LOC_SIZE + entry.compressedSize > cdOffset) return fail('truncated', `The file is incomplete ("${printable(entry.name)}" is cut off)`);
    entries.push(entry);
  }
  const overlap = overlappingEntries(bytes, entries);
  if (overlap) return overlap;
  return { ok: true, value: entries };
}

/**
 * Refuses central-directory entries whose local data share bytes: pointing many entries at one
 * deflate stream makes a small file unpack to many times the declared total (an overlapping zip bomb).
 */
function overlappingEntries(bytes: Uint8Array, entries: ZipEntry[]): { ok: false; error: PackError } | null {
  const spans = entries.map((entry) => {
    const o = entry.localOffset;
    const end = u32(bytes, o) === LOC_SIG ? o + LOC_SIZE + u16(bytes, o + 26) + u16(bytes, o + 28) + entry.compressedSize : o + LOC_SIZE + entry.compressedSize;
    return { entry, start: o, end };
  });
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    const [before, after] = [spans[i - 1], spans[i]];
    if (before && after && after.start < before.end) {
      return fail('suspicious-compression', `"${printable(after.entry.name)}" overlaps "${printable(before.entry.name)}" in the archive (overlapping entries, like a zip bomb); refused`);
    }
  }
  return null;
}

/** Inflates one entry, bounded by its declared size, and checks its CRC. */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, cdOffset = bytes.length): ZipResult<Uint8Array> {
  const name = printable(entry.name);
  const o = entry.localOffset;
  if (u32(bytes, o) !== LOC_SIG) return fail('corrupt', `The zip archive is damaged ("${name}" not found where the table of contents says)`);
  const start = o + LOC_SIZE + u16(bytes, o + 26) + u16(bytes, o + 28);
  const end = start + entry.compressedSize;
  if (end > Math.min(bytes.length, cdOffset)) return fail('truncated', `The file is incomplete ("${name}" is cut off)`);
  const data = bytes.subarray(start, end);
  let out: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return fail('corrupt', `The zip archive is damaged ("${name}" has inconsistent sizes)`);
    out = data;
  } else {
    const inflated = inflateBounded(data, entry.size);
    if (!inflated.ok) {
      return inflated.error === 'overflow'
        ? fail('suspicious-compression', `"${name}" unpacks to more than it declares (${entry.size} bytes), like a zip bomb; refused`)
        : fail('corrupt', `The zip archive is damaged ("${name}" cannot be unpacked)`);
    }
    out = inflated.value;
    if (out.length !== entry.size) return fail('corrupt', `The zip archive is damaged ("${name}" is shorter than declared)`);
  }
  if (crc32(out) !== entry.crc) return fail('corrupt', `The zip archive is damaged ("${name}" fails its checksum)`);
  return { ok: true, value: out };
}

/** The central directory's offset (from the end record); entries' data must lie before it. */
export function centralDirectoryOffset(bytes: Uint8Array): number {
  const eocd = findEocd(bytes);
  return eocd < 0 ? bytes.length : u32(bytes, eocd + 16);
}

function inflateBounded(data: Uint8Array, limit: number): { ok: true; value: Uint8Array } | { ok: false; error: 'overflow' | 'corrupt' } {
  const out = new Uint8Array(limit);
  let length = 0;
  let overflow = false;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > limit) overflow = true;
    else out.set(chunk, length);
    length += chunk.length;
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length && !overflow; i += INFLATE_CHUNK) {
      inflater.push(data.subarray(i, i + INFLATE_CHUNK), i + INFLATE_CHUNK >= data.length);
    }
    if (data.length === 0) inflater.push(data, true);
  } catch {
    return { ok: false, error: overflow ? 'overflow' : 'corrupt' };
  }
  if (overflow) return { ok: false, error: 'overflow' };
  if (!done) return { ok: false, error: 'corrupt' };
  return { ok: true, value: out.subarray(0, length) };
}

/** The end-of-central-directory record: the last one whose comment ends exactly at the end of the file. */
function findEocd(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let p = bytes.length - EOCD_SIZE; p >= lowest; p--) {
    if (u32(bytes, p) === EOCD_SIG && p + EOCD_SIZE + u16(bytes, p + 20) === bytes.length) return p;
  }
  return -1;
}

/** Why a name could escape the folder it is unpacked into, or null when it cannot. */
export function unsafePath(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  if (name.split('/').some((part) => part === '..')) return '".." in the path';
  if (replaceControls(name, '') !== name) return 'control character';
  return null;
}

/** Zip names are CP437 unless flagged UTF-8; lesson files use ASCII, so anything else shows as `?`. */
function decodeName(b: Uint8Array): string {
  let s = '';
  for (const c of b) s += c < 0x80 ? String.fromCharCode(c) : '?';
  return s;
}

/** A name made safe to print in a message: bounded and without control characters. */
export function printable(name: string): string {
  const clean = replaceControls(name, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** Replaces C0 control characters and DEL (names and messages must not carry them to a terminal or UI). */
export function replaceControls(text: string, by: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c === 0x7f ? by : ch;
  }
  return out;
}

const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
