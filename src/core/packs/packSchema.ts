/**
 * Lesson packs and results files (issue 8): the zod schemas of what is inside a `.lesestoff` and a
 * `.lesestoff-results` file. Both files are untrusted input, so every string and array has a bound:
 * a schema-valid file can never hold more than the limits below, whatever a tool wrote into it.
 * Texts are plain text. Nothing here is ever interpreted as HTML; the UI renders it as text.
 */
import { z } from 'zod';
import { SAFE_ID, articleDateProblem, hasUnsafeLineChars } from './safeText';

export const PACK_FORMAT = 'lesestoff-pack';
export const RESULTS_FORMAT = 'lesestoff-results';
/** Bump for a change older apps cannot read; they then say "made with a newer Lesestoff". */
export const PACK_SCHEMA_VERSION = 1;
export const RESULTS_SCHEMA_VERSION = 1;

/** Content limits (semantic). The container limits (zip entries, sizes, ratio) are in `zipLimits`. */
export const PACK_LIMITS = {
  title: 200,
  level: 40,
  instructions: 10_000,
  /** Characters per article text; the zip entry is also limited to this many UTF-8 bytes. */
  articleText: 1_048_576,
  articles: 50,
  questions: 500,
  notes: 2_000,
  noteText: 500,
  note: 2_000,
  prompt: 2_000,
  option: 500,
  options: 12,
  accept: 20,
  evidence: 10,
  evidenceText: 2_000,
  id: 100,
  student: 100,
  answers: 500,
  given: 10_000,
  lookups: 5_000,
  lemma: 100,
} as const;

const L = PACK_LIMITS;
/** Ids go into URLs and record keys: the safe charset only (no `:`, no lone surrogates). */
const id = z.string().min(1).max(L.id).regex(SAFE_ID, 'must use only A–Z, a–z, 0–9 and . _ ~ -');
const text = (max: number) => z.string().max(max);
/** A one-line name the UI shows (title, outlet, level): trimmed, without control or bidi characters. */
const line = (max: number, min = 0) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !hasUnsafeLineChars(s), 'contains control or bidi-override characters');
/** Shown through `Intl.DateTimeFormat`, which throws outside its range: a calendar date in a sane range. */
const articleDate = z.string().superRefine((s, ctx) => {
  const problem = articleDateProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const offset = z.int().min(0).max(L.articleText);
const isoDate = z.iso.datetime({ offset: true });

export const articleFileName = (index: number): string => `articles/${index + 1}.txt`;
/** The only article entry names a pack may hold: `articles/1.txt` … `articles/50.txt`. */
export const ARTICLE_FILE = /^articles\/[1-9]\d{0,2}\.txt$/;

export const packArticleEntrySchema = z.object({
  id,
  title: line(L.title),
  outlet: line(L.title).nullable().optional(),
  date: articleDate.nullable().optional(),
  file: z.string().regex(ARTICLE_FILE, 'must be articles/<n>.txt'),
  /** `hash53` of the text (src/core/hash.ts), as in ArticleRecord.contentHash. */
  contentHash: z.string().min(1).max(20),
});

/** A glossary note on words of an article, shown to students in the popover as the teacher's. */
export const packNoteSchema = z.object({
  articleId: id,
  start: offset,
  end: offset,
  /** The words the note is on: must equal the article text between start and end. */
  text: z.string().min(1).max(L.noteText),
  note: z.string().min(1).max(L.note),
});

export const evidenceSchema = z.object({
  /** A pack article id. */
  article: id,
  start: offset,
  end: offset,
  text: text(L.evidenceText),
});

const questionBase = {
  id,
  prompt: z.string().min(1).max(L.prompt),
  /** Where the answer is in the texts; generated questions have it, a teacher's may not. */
  evidence: z.array(evidenceSchema).max(L.evidence).optional(),
  /** The quiz engine's estimate; kept as given (a number, higher is harder). */
  difficulty: z.number().min(0).max(100).optional(),
  origin: z.enum(['generated', 'teacher']).optional(),
  /** The generator's question kind (`who-said`, `number`, `cross-source` …) when it differs from `type`. */
  kind: z.string().min(1).max(40).optional(),
};
const answerText = z.string().min(1).max(L.option);
const accept = z.array(answerText).max(L.accept).optional();

export const packQuestionSchema = z.discriminatedUnion('type', [
  z.object({
    ...questionBase,
    type: z.literal('multiple-choice'),
    options: z.array(answerText).min(2).max(L.options),
    /** The correct option, word for word. */
    answer: answerText,
  }),
  z.object({ ...questionBase, type: z.literal('true-false'), answer: z.boolean() }),
  /** A gap text: the prompt holds the gap as `___`; accepted answers besides `answer` in `accept`. */
  z.object({ ...questionBase, type: z.literal('cloze'), answer: answerText, accept }),
  /** Free text: `answer` is the model answer; with `accept` it can be marked automatically. */
  z.object({ ...questionBase, type: z.literal('free-text'), answer: z.string().min(1).max(L.given), accept }),
]);

const packHeader = {
  id,
  /** Bumped on every re-export, so a student's results name the exact pack they answered. */
  version: z.int().min(1).max(1_000_000),
  title: line(L.title, 1),
  /** CEFR level (A1–C2) or free text. */
  level: line(L.level),
  instructions: text(L.instructions),
  createdAt: isoDate,
  notes: z.array(packNoteSchema).max(L.notes),
  questions: z.array(packQuestionSchema).max(L.questions),
};

export const packManifestSchema = z.object({
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  ...packHeader,
  articles: z.array(packArticleEntrySchema).min(1).max(L.articles),
});

/** What an author hands to `writePack` and what `readPackFile` gives back: the manifest with the texts inline. */
export const packArticleSchema = z.object({
  id,
  title: line(L.title),
  outlet: line(L.title).nullable().optional(),
  date: articleDate.nullable().optional(),
  text: z.string().min(1).max(L.articleText),
});

export const packContentSchema = z.object({ ...packHeader, articles: z.array(packArticleSchema).min(1).max(L.articles) });

export const resultsAnswerSchema = z.object({
  questionId: id,
  /** Option text, true/false, typed text, or null when skipped. */
  given: z.union([z.string().max(L.given), z.boolean(), z.null()]),
  correct: z.boolean(),
  ms: z.int().min(0).max(1e9),
});

const resultsBody = {
  packId: id,
  packVersion: z.int().min(1).max(1_000_000),
  /** Shown only through `cleanLine` (safeText.ts): a student's file is kept whatever its name holds. */
  packTitle: text(L.title).optional(),
  student: z.string().min(1).max(L.student),
  answers: z.array(resultsAnswerSchema).max(L.answers),
  score: z.int().min(0).max(L.answers),
  total: z.int().min(0).max(L.answers),
  startedAt: isoDate,
  finishedAt: isoDate,
  lookups: z.array(z.object({ lemma: z.string().min(1).max(L.lemma), count: z.int().min(1).max(1e6) })).max(L.lookups),
};

/** A student's results without the checksum: what `writeResults` takes. */
export const resultsDataSchema = z.object(resultsBody);

export const resultsManifestSchema = z.object({
  format: z.literal(RESULTS_FORMAT),
  schemaVersion: z.literal(RESULTS_SCHEMA_VERSION),
  ...resultsBody,
  /** `sha256:<hex>` over the canonical JSON of every other field (tamper evidence, not security). */
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});

export type PackManifest = z.infer<typeof packManifestSchema>;
export type PackArticleEntry = z.infer<typeof packArticleEntrySchema>;
export type PackArticle = z.infer<typeof packArticleSchema>;
export type PackNote = z.infer<typeof packNoteSchema>;
export type PackQuestion = z.infer<typeof packQuestionSchema>;
export type PackQuestionType = PackQuestion['type'];
export type Evidence = z.infer<typeof evidenceSchema>;
export type PackContent = z.infer<typeof packContentSchema>;
export type ResultsData = z.infer<typeof resultsDataSchema>;
export type ResultsAnswer = z.infer<typeof resultsAnswerSchema>;
export type ResultsManifest = z.infer<typeof resultsManifestSchema>;

/** A uuid-v4-shaped id from the random source passed in (core has no crypto; tests pass a seeded one). */
export function newPackId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16) & 15);
  hex[12] = 4;
  hex[16] = 8 + ((hex[16] ?? 0) & 3);
  const s = hex.map((d) => d.toString(16)).join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** The zod path and message of the first problem, e.g. `questions.3.options: Too small …`. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/**
 * Checks that go across fields: unique ids, notes and evidence pointing at existing articles inside
 * their texts, a multiple-choice answer among its options. Returns the first problem or null.
 */
export function crossCheckPack(pack: PackContent): string | null {
  const texts = new Map<string, string>();
  for (const [i, a] of pack.articles.entries()) {
    if (texts.has(a.id)) return `articles.${i}.id: duplicate article id "${a.id}"`;
    texts.set(a.id, a.text);
  }
  for (const [i, n] of pack.notes.entries()) {
    const spanProblem = checkSpan(texts, n.articleId, n.start, n.end, n.text);
    if (spanProblem) return `notes.${i}: ${spanProblem}`;
  }
  const ids = new Set<string>();
  for (const [i, q] of pack.questions.entries()) {
    if (ids.has(q.id)) return `questions.${i}.id: duplicate question id "${q.id}"`;
    ids.add(q.id);
    if (q.type === 'multiple-choice') {
      if (!q.options.includes(q.answer)) return `questions.${i}.answer: not one of the options`;
      if (new Set(q.options).size !== q.options.length) return `questions.${i}.options: duplicate option`;
    }
    for (const [j, e] of (q.evidence ?? []).entries()) {
      // Evidence text is the engine's excerpt and may be normalised: only its place is checked.
      const spanProblem = checkSpan(texts, e.article, e.start, e.end, null);
      if (spanProblem) return `questions.${i}.evidence.${j}: ${spanProblem}`;
    }
  }
  return null;
}

function checkSpan(texts: Map<string, string>, articleId: string, start: number, end: number, words: string | null): string | null {
  const text = texts.get(articleId);
  if (text === undefined) return `refers to unknown article "${articleId}"`;
  if (start > end || end > text.length) return `span ${start}–${end} is outside the article (${text.length} characters)`;
  if (words !== null && text.slice(start, end) !== words) return `text does not match the article at ${start}–${end}`;
  return null;
}
