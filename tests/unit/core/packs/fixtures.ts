/** Valid packs and results files to start from, and tools to break them on purpose. */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { PackContent, ResultsData } from '../../../../src/core/packs/packSchema';

export const ARTICLE_1 = 'Putin besucht Nordkorea\n\nDer russische Präsident ist in Pjöngjang eingetroffen. Kim Jong Un empfing ihn am Flughafen.';
export const ARTICLE_2 = 'Gipfel in Pjöngjang\n\nBeide Seiten unterzeichneten ein Abkommen über gegenseitige Hilfe.';
const NOTE_START = ARTICLE_1.indexOf('eingetroffen');

export function samplePack(over: Partial<PackContent> = {}): PackContent {
  return {
    id: '6f1c2a7e-0b3d-4c55-9a10-1234567890ab',
    version: 1,
    title: 'Putin in Pjöngjang',
    level: 'B1',
    instructions: 'Lies beide Texte und beantworte die Fragen.',
    createdAt: '2024-06-20T08:00:00.000Z',
    articles: [
      { id: 'a1', title: 'Putin besucht Nordkorea', outlet: 'Reuters', date: '2024-06-18', text: ARTICLE_1 },
      { id: 'a2', title: 'Gipfel in Pjöngjang', text: ARTICLE_2 },
    ],
    notes: [{ articleId: 'a1', start: NOTE_START, end: NOTE_START + 'eingetroffen'.length, text: 'eingetroffen', note: 'angekommen (Partizip II von eintreffen)' }],
    questions: [
      { id: 'q1', type: 'multiple-choice', prompt: 'Wer empfing Putin?', options: ['Kim Jong Un', 'Xi Jinping', 'Joe Biden'], answer: 'Kim Jong Un', evidence: [{ article: 'a1', start: 0, end: 23, text: 'Putin besucht Nordkorea' }], difficulty: 1, origin: 'generated', kind: 'who-said' },
      { id: 'q2', type: 'true-false', prompt: 'Das Abkommen betrifft gegenseitige Hilfe.', answer: true, origin: 'teacher' },
      { id: 'q3', type: 'cloze', prompt: 'Der russische Präsident ist in ___ eingetroffen.', answer: 'Pjöngjang', accept: ['Pjongjang'] },
      { id: 'q4', type: 'free-text', prompt: 'Warum ist der Besuch wichtig?', answer: 'Er ist der erste seit 24 Jahren.' },
    ],
    ...over,
  };
}

export function sampleResults(over: Partial<ResultsData> = {}): ResultsData {
  return {
    packId: '6f1c2a7e-0b3d-4c55-9a10-1234567890ab',
    packVersion: 1,
    packTitle: 'Putin in Pjöngjang',
    student: 'Anna Beispiel',
    answers: [
      { questionId: 'q1', given: 'Kim Jong Un', correct: true, ms: 4000 },
      { questionId: 'q2', given: false, correct: false, ms: 3000 },
      { questionId: 'q3', given: 'Pjöngjang', correct: true, ms: 5000 },
    ],
    score: 2,
    total: 3,
    startedAt: '2024-06-21T09:00:00.000Z',
    finishedAt: '2024-06-21T09:10:00.000Z',
    lookups: [{ lemma: 'eintreffen', count: 2 }],
    ...over,
  };
}

/** Seeded PRNG (mulberry32): the same seed gives the same fuzz cases on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Unzips a file we made (trusted), lets `edit` change its entries, and zips it again. */
export function rezip(bytes: Uint8Array, edit: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(bytes);
  edit(files);
  return zipSync(files);
}

export function editManifest(bytes: Uint8Array, edit: (manifest: Record<string, unknown>) => void): Uint8Array {
  return rezip(bytes, (files) => {
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
    edit(manifest);
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  });
}

const u32 = (b: Uint8Array, o: number) => ((b[o] ?? 0) | ((b[o + 1] ?? 0) << 8) | ((b[o + 2] ?? 0) << 16) | ((b[o + 3] ?? 0) << 24)) >>> 0;

/** Offsets of the central-directory records, to patch what a zip declares. */
export function centralRecords(bytes: Uint8Array): number[] {
  let eocd = bytes.length - 22;
  while (u32(bytes, eocd) !== 0x06054b50) eocd--;
  const count = (bytes[eocd + 10] ?? 0) | ((bytes[eocd + 11] ?? 0) << 8);
  const out: number[] = [];
  let p = u32(bytes, eocd + 16);
  for (let i = 0; i < count; i++) {
    out.push(p);
    p += 46 + ((bytes[p + 28] ?? 0) | ((bytes[p + 29] ?? 0) << 8)) + ((bytes[p + 30] ?? 0) | ((bytes[p + 31] ?? 0) << 8)) + ((bytes[p + 32] ?? 0) | ((bytes[p + 33] ?? 0) << 8));
  }
  return out;
}

export function setU32(bytes: Uint8Array, offset: number, value: number): void {
  new DataView(bytes.buffer, bytes.byteOffset).setUint32(offset, value, true);
}
