import { ZIP_LIMITS } from '../../core';

/**
 * Saving a file the user asked for: a Blob and an `<a download>`. Chromium saves it to the downloads
 * folder; Electron opens its save dialog for the same click. No host API is needed for either.
 */
export function downloadFile(name: string, data: Uint8Array | string, type: string): void {
  const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked after the click has handed the blob over.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Bytes per read step: progress moves and Cancel is honoured between steps. */
const READ_STEP = 4 * 1024 * 1024;

/**
 * A picked or dropped file's bytes, at most one byte more than a pack or results file may have: that
 * is enough for the reader to refuse it as too large, and a huge file is never loaded whole. Read in
 * steps with `onProgress(done, total)`; an aborted `signal` stops between steps (throws its reason).
 */
export async function readFileBytes(file: File, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<Uint8Array> {
  const total = Math.min(file.size, ZIP_LIMITS.fileBytes + 1);
  const out = new Uint8Array(total);
  let done = 0;
  while (done < total) {
    signal?.throwIfAborted();
    const chunk = new Uint8Array(await file.slice(done, Math.min(total, done + READ_STEP)).arrayBuffer());
    // A file that shrank while it was read ends here; the reader then finds it incomplete.
    if (chunk.length === 0) return out.subarray(0, done);
    out.set(chunk.subarray(0, total - done), done);
    done += Math.min(chunk.length, total - done);
    onProgress?.(done, total);
  }
  signal?.throwIfAborted();
  return out;
}
