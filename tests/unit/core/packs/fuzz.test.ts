/**
 * Fuzz test (issue 8): mutated packs and results files must never crash the reader, every
 * rejection must carry a code and a message, and a rejected file must leave the database
 * exactly as it was. Seeded, so a failure names a case that reproduces.
 */
import 'fake-indexeddb/auto';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { hash53 } from '../../../../src/core/hash';
import { readPackFile, writePack } from '../../../../src/core/packs/packFile';
import { writeResults } from '../../../../src/core/packs/resultsFile';
import type { PackErrorCode } from '../../../../src/core/packs/zipReader';
import { openDatabase, type LesestoffDb } from '../../../../src/renderer/db/database';
import { importPack, importResults } from '../../../../src/renderer/db/importPack';
import { centralRecords, mulberry32, samplePack, sampleResults, setU32 } from './fixtures';

const SEED = 20240618;
const CASES = 1200;
const CODES: PackErrorCode[] = [
  'not-a-zip', 'file-too-large', 'truncated', 'corrupt', 'too-many-entries', 'entry-too-large', 'suspicious-compression',
  'unsafe-path', 'unexpected-entry', 'missing-manifest', 'invalid-manifest', 'newer-version', 'wrong-format', 'missing-article', 'hash-mismatch',
];

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T,>(rand: Rand, xs: readonly T[]): T => xs[int(rand, xs.length)] as T;
const randomBytes = (rand: Rand, n: number) => Uint8Array.from({ length: n }, () => int(rand, 256));

const STRANGE_VALUES: unknown[] = [null, -1, 0, 2, 1.5, 1e12, '', 'x'.repeat(300), 'x'.repeat(3000), [], {}, true, '<script>alert(1)</script>', '../../etc/passwd', [1, 2], { a: 1 }];
const STRANGE_NAMES = ['../evil.txt', '/etc/passwd', 'articles\\1.txt', 'evil.js', 'articles/3.txt', 'articles/0.txt', 'manifest.json', 'C:/x', 'articles/', 'a/../../b'];

/** Every path to a value inside a JSON value, for manifest field mutations. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function mutateManifest(rand: Rand, bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array())) as Record<string, unknown>;
  const edits = 1 + int(rand, 3);
  for (let e = 0; e < edits; e++) {
    const path = pick(rand, paths(manifest).filter((p) => p.length > 0));
    let parent: unknown = manifest;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    const key = path[path.length - 1] as string | number;
    const target = parent as Record<string | number, unknown>;
    if (rand() < 0.25) delete target[key];
    else if (key === 'schemaVersion' || rand() < 0.05) manifest.schemaVersion = pick(rand, [0, 2, 99, '1', null]);
    else target[key] = pick(rand, STRANGE_VALUES);
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

const MUTATORS: Record<string, (rand: Rand, bytes: Uint8Array) => Uint8Array> = {
  bitFlips: (rand, bytes) => {
    const out = bytes.slice();
    for (let i = 1 + int(rand, 8); i > 0; i--) {
      const at = int(rand, out.length);
      out[at] = (out[at] ?? 0) ^ (1 << int(rand, 8));
    }
    return out;
  },
  truncate: (rand, bytes) => bytes.slice(0, int(rand, bytes.length)),
  insertBytes: (rand, bytes) => {
    const at = int(rand, bytes.length + 1);
    return Uint8Array.from([...bytes.subarray(0, at), ...randomBytes(rand, 1 + int(rand, 16)), ...bytes.subarray(at)]);
  },
  deleteBytes: (rand, bytes) => {
    const at = int(rand, bytes.length);
    return Uint8Array.from([...bytes.subarray(0, at), ...bytes.subarray(at + 1 + int(rand, 64))]);
  },
  tailGarbage: (rand, bytes) => {
    // The central directory and end record sit at the end: overwrite a few bytes there.
    const out = bytes.slice();
    const at = Math.max(0, out.length - 1 - int(rand, 200));
    out.set(randomBytes(rand, Math.min(4, out.length - at)), at);
    return out;
  },
  declaredSizes: (rand, bytes) => {
    const out = bytes.slice();
    const record = pick(rand, centralRecords(out));
    setU32(out, record + pick(rand, [16, 20, 24, 42]), pick(rand, [0, 1, 100, 0xffffffff, int(rand, 0xffffffff), 6 * 1024 * 1024]));
    return out;
  },
  replaceEntry: (rand, bytes) => {
    const files = unzipSync(bytes);
    const names = Object.keys(files);
    const victim = pick(rand, names);
    const data = files[victim] ?? new Uint8Array();
    const action = int(rand, 4);
    if (action === 0) files[victim] = randomBytes(rand, int(rand, 200));
    else if (action === 1) files[victim] = new Uint8Array(1024 * 1024); // compresses ~1000:1
    else if (action === 2) files[pick(rand, STRANGE_NAMES)] = data;
    else delete files[victim];
    return zipSync(files);
  },
  manifestFields: mutateManifest,
};

const bases = { pack: writePack(samplePack()), results: writeResults(sampleResults()) };

/** Counts and a hash of every row of every table: equal snapshots, unchanged database. */
async function snapshot(db: LesestoffDb): Promise<string> {
  const parts = await Promise.all(db.tables.map(async (t) => `${t.name}:${await t.count()}:${hash53(JSON.stringify(await t.toArray()))}`));
  return parts.join('|');
}

describe('the database snapshot', () => {
  it('changes when one field of one row changes', async () => {
    const db = openDatabase('fuzz-snapshot');
    await importPack(db, bases.pack, { mode: 'update' }, 1);
    const before = await snapshot(db);
    await db.articles.toCollection().first((a) => a && db.articles.update(a.id, { title: `${a.title}!` }));
    expect(await snapshot(db)).not.toBe(before);
    db.close();
  });
});

describe('fuzzing readPackFile, importPack and importResults', () => {
  const db = openDatabase('fuzz-packs');
  afterAll(() => db.close());

  it(`survives ${CASES} seeded mutations and leaves the database unchanged after every rejection`, async () => {
    // Start from a library that already holds the pack, a result and a user's article.
    expect(await importPack(db, bases.pack, { mode: 'update' }, 1)).toMatchObject({ ok: true });
    expect(await importResults(db, [{ name: 'r', bytes: bases.results }], 1)).toMatchObject({ added: 1 });
    await db.articles.put({ id: 'user:1', origin: 'user', text: 'T', title: 'T', date: null, outlet: null, wordCount: 1, readingMinutes: 1, contentHash: 'h', addedAt: 1, updatedAt: 1 });

    const rand = mulberry32(SEED);
    const names = Object.keys(MUTATORS);
    const codes = new Map<string, number>();
    let rejected = 0;
    let run = 0;
    let changedByAccepted = 0;
    let before = await snapshot(db);
    for (let i = 0; i < CASES; i++) {
      const kind = rand() < 0.7 ? 'pack' : 'results';
      const mutator = names[i % names.length] ?? 'bitFlips';
      const bytes = MUTATORS[mutator]!(rand, bases[kind]);
      const label = `case ${i} (${kind}, ${mutator}, seed ${SEED})`;

      const read = readPackFile(bytes);
      if (!read.ok) {
        expect(CODES, label).toContain(read.error.code);
        expect(read.error.message.length, label).toBeGreaterThan(10);
      }

      let accepted: boolean;
      if (kind === 'pack') {
        const result = await importPack(db, bytes, { mode: rand() < 0.5 ? 'update' : 'keep-both' }, 1000 + i);
        accepted = result.ok;
        if (!result.ok) {
          expect(result.error.message.length, label).toBeGreaterThan(10);
          codes.set(result.error.code, (codes.get(result.error.code) ?? 0) + 1);
        }
      } else {
        const report = await importResults(db, [{ name: `r${i}`, bytes }], 1000 + i);
        accepted = report.rejected === 0;
        if (!accepted) {
          expect(report.files[0]?.error?.message.length, label).toBeGreaterThan(10);
          const code = report.files[0]?.error?.code ?? 'none';
          codes.set(code, (codes.get(code) ?? 0) + 1);
        }
      }
      expect(accepted, label).toBe(read.ok && read.kind === kind);

      const after = await snapshot(db);
      if (!accepted) {
        rejected++;
        expect(after, `${label}: the database changed after a rejection`).toBe(before);
      } else if (after !== before) changedByAccepted++;
      before = after;
      run++;
    }
    expect(run).toBe(CASES);
    // The snapshot must see a change when there is one: accepted imports (new copies, new times) do change it.
    expect(changedByAccepted).toBeGreaterThan(0);
    // The mutations must reach deep: many rejections, for many different reasons.
    expect(rejected).toBeGreaterThan(CASES / 2);
    expect([...codes.keys()].length).toBeGreaterThanOrEqual(10);
    // 1200 cases take ~17 s alone; CI's two cores also run the other suites alongside.
  }, 180_000);
});
