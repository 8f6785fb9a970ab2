/**
 * Hostile packs and results files, one generated case per class (issue 20), with the outcome each
 * must have. The unit suite (tests/unit/core/packs/hostile.test.ts) checks every outcome and adds
 * seeded variants per class; `npm run bench` times each case in-process and prints the slowest.
 */
import { deflateSync, strToU8 } from 'fflate';
import { buildClassOverview, crc32, type PackErrorCode, readPackFile, verifyResults, writePack, writeResults } from '../src/core';
import { editManifest, mulberry32, samplePack, sampleResults } from '../tests/unit/core/packs/fixtures';

/**
 * A zip whose central directory lists `names` but points every one of them at the data of the
 * first local entry (the overlapping zip bomb): one deflate stream counted many times.
 * `shift` points the later entries `shift` bytes into the first entry instead of at its start (ending where it ends).
 */
export function overlappingZip(first: { name: string; data: Uint8Array }, names: string[], shift = 0): Uint8Array {
  const packed = deflateSync(first.data);
  const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
  const crc = crc32(first.data);
  const name0 = strToU8(first.name);
  const local = [...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(packed.length), ...u32(first.data.length), ...u16(name0.length), ...u16(0), ...name0, ...packed];
  const central = [first.name, ...names].flatMap((n, i) => {
    const nm = strToU8(n);
    return [...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(i === 0 ? packed.length : packed.length - shift), ...u32(first.data.length), ...u16(nm.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(i === 0 ? 0 : shift), ...nm];
  });
  const count = names.length + 1;
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(count), ...u16(count), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return Uint8Array.from([...local, ...central, ...end]);
}

export interface HostileCase {
  name: string;
  bytes: Uint8Array;
  /** A pack's or results file's refusal code, `pack` (read), or the flags a results file must get. */
  expected: PackErrorCode | 'pack' | { flags: string[] };
}

const firstArticle = (m: Record<string, unknown>) => (m['articles'] as Record<string, unknown>[])[0] as Record<string, unknown>;
const words = ['Wahl', 'Stadt', 'Bürger', 'Rathaus', 'Stimme', 'Partei', 'heute', 'gestern', 'und', 'die'];
/** Words in a seeded random order: compresses like text (a few to one), not like a run (a thousand to one). */
const wordText = (chars: number) => {
  const rand = mulberry32(chars);
  const parts: string[] = [];
  for (let length = 0; length < chars; length += (parts.at(-1)?.length ?? 0) + 1) parts.push(words[Math.floor(rand() * words.length)] ?? '');
  return parts.join(' ').slice(0, chars);
};

export function hostileCases(): HostileCase[] {
  const valid = writePack(samplePack());
  const results = sampleResults();
  const bigText = wordText(1_000_000);
  return [
    { name: 'date.outOfRange', bytes: editManifest(valid, (m) => (firstArticle(m)['date'] = '9999999-01-01')), expected: 'invalid-manifest' },
    { name: 'id.loneSurrogate', bytes: editManifest(valid, (m) => (firstArticle(m)['id'] = 'a\ud800')), expected: 'invalid-manifest' },
    { name: 'id.colliding', bytes: editManifest(valid, (m) => (m['id'] = 'coll:y')), expected: 'invalid-manifest' },
    { name: 'title.controlAndBidi', bytes: editManifest(valid, (m) => (m['title'] = 'Wahl\u202e\u0000\u001b')), expected: 'invalid-manifest' },
    { name: 'zip.overlapping50', bytes: overlappingZip({ name: 'articles/1.txt', data: strToU8(bigText) }, Array.from({ length: 49 }, (_, i) => `articles/${i + 2}.txt`)), expected: 'suspicious-compression' },
    { name: 'manifest.long900KBRun', bytes: editManifest(valid, (m) => (m['comment'] = 'x'.repeat(900 * 1024))), expected: 'pack' },
    { name: 'manifest.long4MBWords', bytes: editManifest(valid, (m) => (m['comment'] = wordText(4_000_000))), expected: 'pack' },
    { name: 'pack.fiveMBOfArticles', bytes: writePack(samplePack({ articles: Array.from({ length: 5 }, (_, i) => ({ id: `a${i + 1}`, title: `Teil ${i + 1}`, text: bigText })), notes: [], questions: [] })), expected: 'pack' },
    { name: 'results.scoreOverTotal', bytes: writeResults({ ...results, score: 500 }), expected: { flags: ['score-over-total', 'score-mismatch'] } },
    { name: 'results.remarkedWithChecksum', bytes: writeResults({ ...results, answers: results.answers.map((a) => ({ ...a, correct: true })), score: 3 }), expected: { flags: ['answer-remarked'] } },
  ];
}

/** What the app does with a case: read it; for a results file, also verify and build the overview. */
export function runCase(c: HostileCase): PackErrorCode | 'pack' | { flags: string[] } {
  const read = readPackFile(c.bytes);
  if (!read.ok) return read.error.code;
  if (read.kind === 'pack') return 'pack';
  const key = samplePack().questions;
  buildClassOverview([{ results: read.results, checksumValid: read.checksumValid, computedChecksum: read.computedChecksum }], { questions: key });
  return { flags: verifyResults(read.results, read.checksumValid, key).flags };
}

/** `npm run bench`: milliseconds per case (best of three, in-process) and the slowest case by name. */
export function benchPacks(): Record<string, number | string> {
  const figures: Record<string, number> = {};
  for (const c of hostileCases()) {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      runCase(c);
      best = Math.min(best, performance.now() - start);
    }
    figures[`pack.ms.${c.name}`] = Math.round(best * 10) / 10;
  }
  const [slowest, ms] = Object.entries(figures).sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
  return { ...figures, 'pack.slowest': `${slowest.slice('pack.ms.'.length)} (${ms} ms)` };
}
