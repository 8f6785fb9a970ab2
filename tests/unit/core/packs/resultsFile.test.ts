import { createHash } from 'node:crypto';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackFile } from '../../../../src/core/packs/packFile';
import { resultsChecksum, resultsFileName, writeResults } from '../../../../src/core/packs/resultsFile';
import { canonicalJson, sha256 } from '../../../../src/core/packs/sha256';
import { editManifest, rezip, sampleResults } from './fixtures';

const valid = writeResults(sampleResults());

describe('writeResults and readPackFile', () => {
  it('reads back the results with a valid checksum', () => {
    const read = readPackFile(valid);
    expect(read).toMatchObject({ ok: true, kind: 'results', checksumValid: true, results: { ...sampleResults(), format: 'lesestoff-results', schemaVersion: 1 } });
    if (!read.ok || read.kind !== 'results') throw new Error('unreachable');
    expect(read.computedChecksum).toBe(read.results.checksum);
  });

  it.each<[string, (m: Record<string, unknown>) => void]>([
    ['a raised score', (m) => (m.score = 3)],
    ['another student name', (m) => (m.student = 'Ben')],
    ['an answer turned correct', (m) => ((m.answers as { correct: boolean }[])[1]!.correct = true)],
    ['a removed lookup', (m) => (m.lookups = [])],
  ])('flags a file with %s, but still reads it', (_name, edit) => {
    const read = readPackFile(editManifest(valid, edit));
    expect(read).toMatchObject({ ok: true, kind: 'results', checksumValid: false });
  });

  it('does not flag a file whose JSON was only reformatted or reordered', () => {
    const read = readPackFile(editManifest(valid, (m) => {
      const entries = Object.entries(m).reverse();
      for (const k of Object.keys(m)) delete m[k];
      Object.assign(m, Object.fromEntries(entries));
    }));
    expect(read).toMatchObject({ ok: true, checksumValid: true });
  });

  it('rejects a results file with more than its manifest', () => {
    expect(readPackFile(rezip(valid, (f) => (f['articles/1.txt'] = strToU8('x'))))).toMatchObject({ ok: false, error: { code: 'unexpected-entry' } });
  });

  it('rejects a results file from a newer app', () => {
    expect(readPackFile(editManifest(valid, (m) => (m.schemaVersion = 3)))).toMatchObject({ ok: false, error: { code: 'newer-version', message: expect.stringContaining('schema 3') } });
  });

  it('rejects a malformed checksum as an invalid manifest', () => {
    expect(readPackFile(editManifest(valid, (m) => (m.checksum = 'md5:abc')))).toMatchObject({ ok: false, error: { code: 'invalid-manifest', message: expect.stringContaining('checksum') } });
  });

  it('refuses to write invalid results', () => {
    expect(() => writeResults(sampleResults({ student: '' }))).toThrow(/student/);
  });
});

describe('resultsChecksum', () => {
  it('does not depend on key order or on the checksum field itself', () => {
    const r = sampleResults();
    const reordered = Object.fromEntries(Object.entries(r).reverse()) as typeof r;
    expect(resultsChecksum(reordered)).toBe(resultsChecksum(r));
    expect(resultsChecksum({ ...r, format: 'lesestoff-results', schemaVersion: 1, checksum: 'sha256:x' } as never)).toBe(resultsChecksum(r));
  });
});

describe('sha256', () => {
  it.each(['', 'abc', 'Ärger über Öl 🇩🇪', 'x'.repeat(55), 'x'.repeat(56), 'y'.repeat(64), 'z'.repeat(1000)])('matches node:crypto for %j', (text) => {
    expect(sha256(strToU8(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('canonicalJson', () => {
  it.each<[unknown, string]>([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ z: { y: 1, x: undefined } }, '{"z":{"y":1}}'],
    ['ä"', '"ä\\""'],
  ])('writes %j as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('resultsFileName', () => {
  it.each([
    [{ student: 'Anna Beispiel', packTitle: 'Putin in Pjöngjang' }, 'Anna Beispiel - Putin in Pjöngjang.lesestoff-results'],
    [{ student: '../../etc/passwd', packTitle: 'a:b' }, '.. .. etc passwd - a b.lesestoff-results'],
    [{ student: '\u0000' }, 'results.lesestoff-results'],
  ])('names %j %s', (r, name) => {
    expect(resultsFileName(r)).toBe(name);
  });
});
