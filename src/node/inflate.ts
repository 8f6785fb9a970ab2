/**
 * Inflating an asset on libuv's threads for Node hosts (issue 19: the engine's load builds on the main thread
 * meanwhile). zlib writes its output in chunks and joins them once done, a copy of the whole asset on the main
 * thread (6 MB of lexicon and 4 MB of glossary keys: a tenth of the engine's cold load); given the inflated size, it
 * writes one chunk that size, which is handed on as it is.
 */
import { promisify } from 'node:util';
import { gunzip, inflateRaw } from 'node:zlib';

/** Output per step where the inflated size is unknown: zlib's default (16 KB) makes hundreds of trips to a thread and back. */
const INFLATE_CHUNK = 1 << 20;
/** The least output per step, however small a size is claimed: a damaged asset's must not make those trips either. */
const LEAST_CHUNK = 1 << 16;
/** Deflate writes no more than ~1,032 bytes for one it stores: a size claimed beyond is a damaged asset's, not trusted. */
const MAX_RATIO = 1032;

const gunzipAsync = promisify(gunzip);
const inflateRawAsync = promisify(inflateRaw);

/** A gzip file's bytes inflated; its trailer gives the inflated size (modulo 4 GB). */
export function gunzipped(bytes: Uint8Array): Promise<Uint8Array> {
  const size = bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(bytes.length - 4, true) : 0;
  return gunzipAsync(bytes, { chunkSize: chunkFor(size, bytes.length) }).then(view);
}

/** Raw deflate `bytes` inflated to `size` bytes (as the asset's header says). */
export function rawInflated(bytes: Uint8Array, size: number): Promise<Uint8Array> {
  return inflateRawAsync(bytes, { chunkSize: chunkFor(size, bytes.length) }).then(view);
}

// One byte more than the output, so that zlib does not find its chunk full and allocate another before it ends.
const chunkFor = (size: number, stored: number): number => (size > 0 && size <= stored * MAX_RATIO ? Math.max(size + 1, LEAST_CHUNK) : INFLATE_CHUNK);

/** The Buffer as a plain Uint8Array over the same memory, not a copy. */
const view = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
