/**
 * Importing a class's results files into one pack's overview (issue 8). Files for another pack are
 * turned away with their own message before anything is stored; the rest go through `importResults`.
 */
import { cleanLine, readPackFile } from '../../../core';
import type { LesestoffDb } from '../../db/database';
import { importResults, type ImportError, type ResultsFileStatus } from '../../db/importPack';

export interface FileStatus {
  name: string;
  status: ResultsFileStatus;
  error?: ImportError | { code: 'other-pack'; message: string };
  student?: string;
}

export async function importClassResults(db: LesestoffDb, packId: string, files: { name: string; bytes: Uint8Array }[]): Promise<FileStatus[]> {
  const out: (FileStatus | null)[] = [];
  const forThisPack: { index: number; file: { name: string; bytes: Uint8Array } }[] = [];
  for (const [index, file] of files.entries()) {
    const read = readPackFile(file.bytes);
    if (read.ok && read.kind === 'results' && read.results.packId !== packId) {
      out.push({ name: file.name, status: 'rejected', error: { code: 'other-pack', message: cleanLine(read.results.packTitle ?? read.results.packId) }, student: cleanLine(read.results.student) });
      continue;
    }
    out.push(null);
    forThisPack.push({ index, file });
    if (read.ok && read.kind === 'results') out[index] = { name: file.name, status: 'added', student: cleanLine(read.results.student) };
  }
  if (forThisPack.length) {
    const report = await importResults(
      db,
      forThisPack.map((f) => f.file),
    );
    report.files.forEach((f, i) => {
      const at = forThisPack[i]?.index;
      if (at === undefined) return;
      const student = out[at]?.student;
      out[at] = { name: f.name, status: f.status, ...(f.error ? { error: f.error } : {}), ...(student ? { student } : {}) };
    });
  }
  return out.filter((f): f is FileStatus => f !== null);
}

/** Minutes and seconds: `4:05`. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
