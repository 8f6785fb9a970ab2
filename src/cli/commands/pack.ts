import { randomBytes } from 'node:crypto';
import { open, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultLanguage, generateQuiz, newPackId, PACK_LIMITS, type PackContent, type PackError, type PackReadResult, PackWriteError, parseArticleMeta, questionsFromQuiz, type QuizArticle, readPackFile, summarizeRead, writePack, ZIP_LIMITS } from '../../core';
import { CliError, type CliCommand, type CliIo } from '../cliCommand';
import { analyzeForFacts, readArticleFiles } from './quotes';

const USAGE =
  'usage: pack export --title T --out FILE.lesestoff [--level L] [--instructions TEXT] [--id ID --version N] [--max N] ARTICLE.txt...\n' +
  '       pack inspect FILE [--pack PACK.lesestoff]';

/** Removes `--name value` from args and returns the value. */
function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new CliError(`${name} needs a value\n${USAGE}`);
  args.splice(i, 2);
  return value;
}

/** A random source from node:crypto for `newPackId` (core takes one in; it has no crypto). */
function cryptoRandom(): () => number {
  const bytes = randomBytes(32);
  let i = 0;
  return () => (bytes[i++ % bytes.length] ?? 0) / 256;
}

/**
 * `pack export`: a pack from text files with their generated quiz, built by the same core code as the app.
 * Prints `{out, id, version, articles, questions, bytes}`.
 */
async function exportPack(argv: string[], io: CliIo): Promise<void> {
  const args = [...argv];
  const title = flag(args, '--title');
  const out = flag(args, '--out');
  const level = flag(args, '--level') ?? '';
  const instructions = flag(args, '--instructions') ?? '';
  const id = flag(args, '--id') ?? newPackId(cryptoRandom());
  const version = Number(flag(args, '--version') ?? 1);
  const max = Number(flag(args, '--max') ?? PACK_LIMITS.questions);
  if (!title || !out || args.length === 0) throw new CliError(USAGE);
  if (args.some((a) => a.startsWith('--'))) throw new CliError(`unknown option ${args.find((a) => a.startsWith('--'))}\n${USAGE}`);
  if (!Number.isInteger(version) || version < 1) throw new CliError('--version needs a whole number ≥ 1');
  if (!Number.isInteger(max) || max < 0) throw new CliError('--max needs a whole number');

  // Article ids inside the pack are a1, a2 …: file paths would leak the author's folders.
  // A leading byte-order mark is dropped before analysis, so the quiz's offsets fit the stored text.
  const files = await readArticleFiles(args);
  const quizArticles: QuizArticle[] = [];
  const articles: PackContent['articles'] = [];
  for (const [i, { file, text: raw }] of files.entries()) {
    const text = raw.replace(/^\uFEFF/, '');
    const meta = parseArticleMeta(text, defaultLanguage.news);
    const articleId = `a${i + 1}`;
    quizArticles.push({ id: articleId, text, analysis: await analyzeForFacts(text), date: meta.date, outlet: meta.outlet, title: meta.title });
    articles.push({ id: articleId, title: (meta.title || path.basename(file)).slice(0, PACK_LIMITS.title), outlet: meta.outlet, date: meta.date, text });
  }
  const ids = new Set(articles.map((a) => a.id));
  const { questions } = generateQuiz(quizArticles, { seed: 1, max: Math.min(max, PACK_LIMITS.questions) }, defaultLanguage);
  const pack: PackContent = {
    id,
    version,
    title,
    level,
    instructions,
    createdAt: new Date().toISOString(),
    articles,
    notes: [],
    questions: questionsFromQuiz(questions, (article) => (ids.has(article) ? article : undefined)),
  };
  let bytes: Uint8Array;
  try {
    bytes = writePack(pack);
  } catch (err) {
    if (err instanceof PackWriteError) throw new CliError(`cannot write the pack: ${err.message}`);
    throw err;
  }
  await writeFile(out, bytes).catch((err: unknown) => {
    throw new CliError(`cannot write ${out}: ${err instanceof Error && 'code' in err ? String(err.code) : String(err)}`);
  });
  io.stdout(`${JSON.stringify({ out, id, version, articles: articles.length, questions: pack.questions.length, bytes: bytes.length }, null, 2)}\n`);
}

/**
 * `pack inspect FILE [--pack PACK]`: a JSON summary (exit 0), or `{"error": {code, message}}` on stdout and the
 * message on stderr (exit 2). The size is checked before reading, and the reader bounds what it inflates, so
 * memory stays bounded whatever the file holds. With `--pack`, a results file's score is recomputed with that
 * pack's answer key, as the class overview does.
 */
async function inspectPack(argv: string[], io: CliIo): Promise<void> {
  const args = [...argv];
  const packFile = flag(args, '--pack');
  const [file, ...rest] = args;
  if (!file || rest.length > 0) throw new CliError(USAGE);
  const refuse = (error: PackError): never => {
    io.stdout(`${JSON.stringify({ error })}\n`);
    throw new CliError(error.message, 2);
  };
  const read = await readFile(file);
  if (!read.ok) return refuse(read.error);
  let answerKey: PackContent['questions'] | undefined;
  if (packFile !== undefined) {
    const key = await readFile(packFile);
    if (!key.ok) return refuse({ ...key.error, message: `--pack ${packFile}: ${key.error.message}` });
    if (key.kind !== 'pack') return refuse({ code: 'wrong-format', message: `--pack ${packFile} is not a lesson pack` });
    answerKey = key.pack.questions;
  }
  io.stdout(`${JSON.stringify({ file: path.basename(file), ...summarizeRead(read, answerKey) }, null, 2)}\n`);
}

/** A pack or results file read with the app's reader, its size checked before anything is read. */
async function readFile(file: string): Promise<PackReadResult> {
  const fail = (code: PackError['code'], message: string): PackReadResult => ({ ok: false, error: { code, message } });
  const info = await stat(file).catch((err: unknown) => (err instanceof Error && 'code' in err ? String(err.code) : 'unreadable'));
  if (typeof info === 'string') return fail('not-a-zip', `cannot read ${file} (${info === 'ENOENT' ? 'no such file' : info})`);
  if (!info.isFile()) return fail('not-a-zip', `${file} is not a file`);
  if (info.size > ZIP_LIMITS.fileBytes) return fail('file-too-large', `The file is larger than ${ZIP_LIMITS.fileBytes / 1024 / 1024} MB`);
  const bytes = await readBounded(file, info.size).catch(() => undefined);
  if (bytes === undefined) return fail('not-a-zip', `cannot read ${file}`);
  if (!bytes) return fail('truncated', `${file} changed while it was being read; try again`);
  return readPackFile(bytes);
}

/** Reads the `size` bytes `stat` reported; null when the file has grown since (never reads more). */
async function readBounded(file: string, size: number): Promise<Uint8Array | null> {
  const handle = await open(file, 'r');
  try {
    const limit = size;
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limit) return null;
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** `pack export …` / `pack inspect FILE` (issue 8). */
const pack: CliCommand = async (args, io) => {
  const [sub, ...rest] = args;
  if (sub === 'export') return exportPack(rest, io);
  if (sub === 'inspect') return inspectPack(rest, io);
  throw new CliError(USAGE);
};

export default pack;
