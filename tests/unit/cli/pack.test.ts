/**
 * `cli pack export` and `cli pack inspect` (issue 8), run as the user runs them: a child process with
 * real files, exit codes and stdout. Every bad file must give exit 2 and a JSON error, never a crash,
 * and the process's peak memory must stay bounded whatever the file claims to hold.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { writePack } from '../../../src/core/packs/packFile';
import { writeResults } from '../../../src/core/packs/resultsFile';
import { centralRecords, editManifest, samplePack, sampleResults, setU32 } from '../core/packs/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'lesestoff-cli-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

/** Prints the peak resident set size (kB) when the CLI process exits. */
const RSS_PROBE = path.join(dir, 'rss.cjs');
writeFileSync(RSS_PROBE, "process.on('exit', () => process.stderr.write(`\\nmaxRSS=${process.resourceUsage().maxRSS}\\n`));\n");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Peak memory of the CLI process in MB. */
  rssMb: number;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--require', RSS_PROBE, '--import', 'tsx', 'src/cli/index.ts', 'pack', ...args], { maxBuffer: 16 * MB }, (err, stdout, stderr) => {
      const rss = /maxRSS=(\d+)/.exec(stderr);
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr: stderr.replace(/\n?maxRSS=\d+\n/, ''), rssMb: rss ? Number(rss[1]) / 1024 : Number.NaN });
    });
  });
}

const file = (name: string, data: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
};

// Two short reports of one made-up story: the CLI must work on any German news text.
const ARTICLE_A = `Stadtrat beschließt neues Radwegenetz

Hamburg (dpa) – Der Hamburger Senat will bis 2030 rund 80 Kilometer neue Radwege bauen. „Wir machen die Stadt sicherer für alle“, sagte Verkehrssenator Anjes Tjarks am Mittwoch im Rathaus. Die Kosten liegen nach Angaben der Behörde bei 120 Millionen Euro.

Kritik kam von der Opposition. „Das Geld fehlt an anderer Stelle“, sagte der CDU-Abgeordnete Dennis Thering. Nach einer Umfrage unterstützen 64 Prozent der Hamburger die Pläne.
`;
const ARTICLE_B = `Radwege: Opposition kritisiert Kosten

Die Pläne des Senats für 80 Kilometer neue Radwege stoßen auf Widerstand. Dennis Thering von der CDU sagte: „Das Geld fehlt an anderer Stelle.“ Der Senat rechnet mit Kosten von 120 Millionen Euro.

Verkehrssenator Anjes Tjarks verteidigte das Vorhaben. Der Bau soll im Herbst beginnen.
`;

describe.concurrent('cli pack export', () => {
  it('builds a pack from text files with their generated quiz, which inspect then summarises', async () => {
    const out = path.join(dir, 'Radwege.lesestoff');
    const exported = await cli('export', '--title', 'Radwege in Hamburg', '--level', 'B1', '--out', out, file('a.txt', ARTICLE_A), file('b.txt', `\uFEFF${ARTICLE_B}`));
    expect(exported.code, exported.stderr).toBe(0);
    const summary = JSON.parse(exported.stdout) as { out: string; articles: number; questions: number; version: number };
    expect(summary).toMatchObject({ out, articles: 2, version: 1 });
    expect(summary.questions).toBeGreaterThan(0);

    const inspected = await cli('inspect', out);
    expect(inspected.code, inspected.stderr).toBe(0);
    expect(JSON.parse(inspected.stdout)).toMatchObject({
      file: 'Radwege.lesestoff',
      kind: 'pack',
      title: 'Radwege in Hamburg',
      level: 'B1',
      articles: [{ id: 'a1', title: 'Stadtrat beschließt neues Radwegenetz' }, { id: 'a2', title: 'Radwege: Opposition kritisiert Kosten' }],
      questions: summary.questions,
      notes: 0,
    });
  });

  it.each([
    ['no --title', ['--out', 'x.lesestoff', 'a.txt'], /usage: pack export/],
    ['an article file that does not exist', ['--title', 'T', '--out', 'x.lesestoff', 'missing.txt'], /cannot read .*missing\.txt/],
    ['an empty article', ['--title', 'T', '--out', 'x.lesestoff', 'empty.txt'], /cannot write the pack: .*articles\.0\.text/],
    ['an output folder that does not exist', ['--title', 'T', '--out', 'no/such/folder/x.lesestoff', 'a.txt'], /cannot write .*x\.lesestoff: ENOENT/],
  ])('refuses %s with a message and exit 2', async (_name, args, message) => {
    file('a.txt', ARTICLE_A);
    file('empty.txt', '');
    const run = await cli('export', ...args.map((a) => (a.endsWith('.txt') || a.endsWith('.lesestoff') ? path.join(dir, a) : a)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

/** A zip whose only entry declares 1 GB: a bomb that must be refused before anything is inflated. */
function declaredBomb(): Uint8Array {
  const bytes = zipSync({ 'manifest.json': strToU8('{}') });
  const [record = 0] = centralRecords(bytes);
  setU32(bytes, record + 24, 1024 * MB);
  return bytes;
}

/** 5 MB of zeros that claim to be 100 kB: only inflating shows the lie, and inflating must stop at 100 kB. */
function lyingBomb(): Uint8Array {
  const bytes = zipSync({ 'manifest.json': new Uint8Array(5 * MB) });
  const [record = 0] = centralRecords(bytes);
  setU32(bytes, record + 24, 100_000);
  return bytes;
}

describe.concurrent('cli pack inspect', () => {
  it('summarises a results file with its checksum state', async () => {
    const results = writeResults(sampleResults());
    const ok = await cli('inspect', file('anna.lesestoff-results', results));
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ kind: 'results', student: 'Anna Beispiel', score: 2, total: 3, checksumValid: true });
    const edited = await cli('inspect', file('edited.lesestoff-results', editManifest(results, (m) => (m.score = 3))));
    expect(JSON.parse(edited.stdout)).toMatchObject({ kind: 'results', score: 3, checksumValid: false, verified: { score: 2, flags: ['checksum', 'score-mismatch'] } });
  });

  it('with --pack, recomputes a forged results file with the answer key as the class overview does', async () => {
    const pack = file('key.lesestoff', writePack(samplePack()));
    // A wrong answer marked right, score and checksum made to match: only the answer key finds it.
    const forged = sampleResults();
    forged.answers = forged.answers.map((a) => ({ ...a, correct: true }));
    forged.score = 3;
    const results = file('forged.lesestoff-results', writeResults(forged));
    const alone = await cli('inspect', results);
    expect(JSON.parse(alone.stdout)).toMatchObject({ score: 3, checksumValid: true, verified: { score: 3, flags: [], withAnswerKey: false } });
    const keyed = await cli('inspect', results, '--pack', pack);
    expect(keyed.code, keyed.stderr).toBe(0);
    expect(JSON.parse(keyed.stdout)).toMatchObject({ score: 3, verified: { score: 2, total: 4, flags: ['answer-remarked'], withAnswerKey: true } });
    const notAPack = await cli('inspect', results, '--pack', results);
    expect(notAPack.code).toBe(2);
    expect(JSON.parse(notAPack.stdout)).toMatchObject({ error: { code: 'wrong-format' } });
  });

  const bad: [string, () => string, string, RegExp][] = [
    ['a file that does not exist', () => path.join(dir, 'nothing-here.lesestoff'), 'not-a-zip', /no such file/],
    ['a folder', () => dir, 'not-a-zip', /is not a file/],
    ['a text file', () => file('text.lesestoff', 'Nur ein Text.'), 'not-a-zip', /not a zip archive/],
    ['a truncated pack', () => file('cut.lesestoff', writeResults(sampleResults()).slice(0, 100)), 'truncated', /incomplete/],
    ['a newer schema version', () => file('new.lesestoff', editManifest(writeResults(sampleResults()), (m) => (m.schemaVersion = 9))), 'newer-version', /newer Lesestoff/],
    ['an entry with ".." in its path', () => file('evil.lesestoff', zipSync({ '../../evil.sh': strToU8('rm -rf /') })), 'unsafe-path', /"\.\." in the path/],
    ['201 entries', () => file('many.lesestoff', zipSync(Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`articles/${i + 1}.txt`, strToU8('x')])))), 'too-many-entries', /201 entries/],
    ['a zip bomb declaring 1 GB', () => file('bomb.lesestoff', declaredBomb()), 'entry-too-large', /at most 5 MB per entry/],
    ['a zip bomb compressed 1000:1', () => file('dense.lesestoff', zipSync({ 'manifest.json': new Uint8Array(4 * MB) })), 'suspicious-compression', /zip bomb/],
    ['a zip bomb that lies about its size', () => file('liar.lesestoff', lyingBomb()), 'suspicious-compression', /more than it declares/],
    [
      'a 3 GB file',
      () => {
        const p = file('huge.lesestoff', '');
        truncateSync(p, 3 * 1024 * MB); // sparse: takes no disk space, but is 3 GB to read
        return p;
      },
      'file-too-large',
      /larger than 50 MB/,
    ],
  ];

  it.each(bad)('refuses %s: JSON error on stdout, message on stderr, exit 2, bounded memory', async (_name, make, code, message) => {
    const run = await cli('inspect', make());
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(out.error.code).toBe(code);
    expect(out.error.message).toMatch(message);
    expect(run.stderr).toContain(out.error.message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Node with tsx alone takes about 100 MB; nothing a bad file holds may add much to that.
    expect(run.rssMb).toBeLessThan(160);
  });

  it('reads a 49 MB file of junk without holding more than the file in memory', async () => {
    const junk = new Uint8Array(49 * MB);
    for (let i = 0; i < junk.length; i += 4096) junk[i] = (i * 31) & 255;
    const run = await cli('inspect', file('junk.lesestoff', junk));
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: { code: 'not-a-zip' } });
    expect(run.rssMb).toBeLessThan(260);
  });
});
