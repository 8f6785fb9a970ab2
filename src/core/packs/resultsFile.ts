/**
 * A student's results file (`.lesestoff-results`, issue 8). It is a zip holding one `manifest.json`,
 * the same container as a pack, so every file a teacher opens goes through the same hardened reader
 * (`readPackFile`) with the same limits and messages; the manifest's `format` tells the two apart.
 * The checksum is SHA-256 over the canonical JSON of every other field: it flags a file edited by
 * hand. Anyone can recompute it (there is no secret), so it is tamper evidence, not security.
 */
import { strToU8, zipSync } from 'fflate';
import {
  RESULTS_FORMAT,
  RESULTS_SCHEMA_VERSION,
  firstIssue,
  resultsDataSchema,
  resultsManifestSchema,
  type ResultsData,
  type ResultsManifest,
} from './packSchema';
import { replaceControls, type PackError } from './zipReader';
import { canonicalJson, sha256Text } from './sha256';

export const RESULTS_EXTENSION = '.lesestoff-results';

export interface ResultsRead {
  results: ResultsManifest;
  /** False when the file was changed after the app wrote it: show it, flagged, never silently. */
  checksumValid: boolean;
  /** The checksum of the content as read: the id under which it is stored (an edited copy gets its own). */
  computedChecksum: string;
}

export class PackWriteError extends Error {
  constructor(readonly error: PackError) {
    super(error.message);
  }
}

/** `sha256:<hex>` of the canonical JSON of the whole file except `checksum`. */
export function resultsChecksum(data: ResultsData | ResultsManifest): string {
  const body: Record<string, unknown> = { ...data, format: RESULTS_FORMAT, schemaVersion: RESULTS_SCHEMA_VERSION };
  delete body.checksum;
  return `sha256:${sha256Text(canonicalJson(body))}`;
}

/** Validates and writes a results file. Throws `PackWriteError` on invalid data (a programming error). */
export function writeResults(data: ResultsData): Uint8Array {
  const parsed = resultsDataSchema.safeParse(data);
  if (!parsed.success) throw new PackWriteError({ code: 'invalid-manifest', message: `Invalid results: ${firstIssue(parsed.error)}` });
  const manifest: ResultsManifest = {
    format: RESULTS_FORMAT,
    schemaVersion: RESULTS_SCHEMA_VERSION,
    ...parsed.data,
    checksum: resultsChecksum(parsed.data),
  };
  return zipSync({ 'manifest.json': strToU8(JSON.stringify(manifest, null, 2)) }, { level: 6, mtime: zipDate(parsed.data.finishedAt) });
}

/** Checks a results manifest already known to say `format: lesestoff-results`. */
export function parseResultsManifest(raw: unknown): { ok: true; value: ResultsRead } | { ok: false; error: PackError } {
  const parsed = resultsManifestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: { code: 'invalid-manifest', message: `The results file is invalid: ${firstIssue(parsed.error)}` } };
  const results = parsed.data;
  // Checked against the parsed data: unknown extra fields are dropped and never used, so they cannot matter.
  const computedChecksum = resultsChecksum(results);
  return { ok: true, value: { results, checksumValid: computedChecksum === results.checksum, computedChecksum } };
}

/** A file name for the save dialog: `Anna Beispiel - Die Wahl in Hamburg.lesestoff-results`, no path characters. */
export function resultsFileName(results: Pick<ResultsData, 'student' | 'packTitle'>): string {
  const safe = (s: string) => replaceControls(s, ' ').replace(/[/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 60);
  const parts = [safe(results.student), safe(results.packTitle ?? '')].filter(Boolean);
  return `${parts.join(' - ') || 'results'}${RESULTS_EXTENSION}`;
}

/** A zip timestamp from an ISO date; zip (DOS) dates only cover 1980–2099. */
export function zipDate(iso: string): Date {
  const d = new Date(iso);
  const year = d.getUTCFullYear();
  return Number.isNaN(d.getTime()) || year < 1981 || year > 2098 ? new Date(Date.UTC(1981, 0, 1)) : d;
}
