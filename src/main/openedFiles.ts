/**
 * Lesson packs opened from the operating system (issue 17): a double-click, "Open with", a file on the command line,
 * or a second launch that hands its file to the running app. Main keeps the paths until the renderer asks for them,
 * because a file given at launch arrives before any page exists to receive it; the renderer is told when more arrive.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { PACK_EXTENSION, ZIP_LIMITS } from '../core';
import type { OpenedFile } from '../shared/api';

/** The `.lesestoff` files among a process's arguments (flags and the app's own path are not files to open). */
export function packPathsIn(argv: readonly string[], cwd: string): string[] {
  return argv.filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PACK_EXTENSION)).map((arg) => path.resolve(cwd, arg));
}

/**
 * Reads a file for the renderer: its name and bytes, or why it cannot be opened. The size is checked before reading,
 * with the same limit the pack reader applies, so a huge file named `.lesestoff` is never read into memory.
 */
async function openedFile(file: string): Promise<OpenedFile> {
  const name = path.basename(file);
  try {
    const { size, isFile } = await stat(file).then((s) => ({ size: s.size, isFile: s.isFile() }));
    if (!isFile) return { name, error: 'not-a-file' };
    if (size > ZIP_LIMITS.fileBytes) return { name, error: 'too-large' };
    return { name, bytes: new Uint8Array(await readFile(file)) };
  } catch {
    return { name, error: 'unreadable' };
  }
}

export class OpenedFiles {
  private pending: string[] = [];

  /** `notify` tells the renderer that files wait (it is a no-op until a window exists). */
  constructor(private readonly notify: () => void) {}

  add(paths: readonly string[]): void {
    if (paths.length === 0) return;
    this.pending.push(...paths.filter((p) => !this.pending.includes(p)));
    this.notify();
  }

  /** Hands every waiting file over once: a file opened twice from the OS is imported twice only if opened twice. */
  async take(): Promise<OpenedFile[]> {
    const paths = this.pending;
    this.pending = [];
    return Promise.all(paths.map(openedFile));
  }
}
