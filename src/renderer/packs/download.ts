import { ZIP_LIMITS } from '../../core/packs/zipReader';

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

/**
 * A picked or dropped file's bytes, at most one byte more than a pack or results file may have: that
 * is enough for the reader to refuse it as too large, and a huge file is never loaded whole.
 */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.slice(0, ZIP_LIMITS.fileBytes + 1).arrayBuffer());
}
