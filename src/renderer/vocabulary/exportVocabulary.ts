/** CSV (RFC 4180) and Anki-importable TSV of the vocabulary. */
import type { VocabularyRecord } from '../db/database';
import { headword, meaningOf } from '../domain/vocabularyStore';

export type ExportRow = Pick<VocabularyRecord, 'lemma' | 'context' | 'sense' | 'note' | 'createdAt' | 'word' | 'gender' | 'articleTitle' | 'ownMeaning'>;

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(rows: readonly ExportRow[]): string {
  // The learner's own meaning is the last column, so sheets built on the earlier columns still read.
  const header = ['lemma', 'word', 'sense', 'note', 'context', 'article', 'added', 'own meaning'];
  const lines = rows.map((r) =>
    [headword(r), r.word ?? '', r.sense ?? '', r.note ?? '', r.context, r.articleTitle ?? '', new Date(r.createdAt).toISOString(), r.ownMeaning ?? ''].map(csvField).join(','),
  );
  // CRLF per RFC 4180; a BOM so spreadsheet programs read the umlauts as UTF-8.
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

/** Tabs and line breaks would split a note; Anki's importer reads quotes like CSV. */
function tsvField(value: string): string {
  const flat = value.replace(/[\t\r\n]+/g, ' ').trim();
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/**
 * Front (lemma), back (the learner's own meaning first, then the glossary's sense, then the note), context sentence;
 * header lines tell Anki how to read it.
 */
export function toAnkiTsv(rows: readonly ExportRow[]): string {
  const lines = rows.map((r) => {
    const meaning = meaningOf(r) ?? '';
    const glossary = r.ownMeaning && r.sense && r.sense !== r.ownMeaning ? `[${r.sense}]` : '';
    const back = [meaning, glossary, r.note ? `(${r.note})` : ''].filter(Boolean).join(' ');
    return [headword(r), back, r.context].map(tsvField).join('\t');
  });
  return ['#separator:tab', '#html:false', '#columns:Front\tBack\tContext', ...lines].join('\n') + '\n';
}

/** Offers a file for download (both hosts: the browser's download, Electron's save dialog). */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
