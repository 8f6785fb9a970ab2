/**
 * Teacher drafts of lesson packs (issue 8). A draft lives in the `settings` table under
 * `packDraft:<pack id>`, so it needs no schema version. It holds a copy of each chosen article's
 * text: deleting the article from the library later does not break the pack being written.
 */
import { hash53, newPackId, type PackContent, type PackNote, type PackQuestion } from '../../core';
import { saveOrReport, type SaveResult } from '../domain/saveErrors';
import type { ArticleRecord, LesestoffDb } from '../db/database';

export const DRAFT_PREFIX = 'packDraft:';

export interface DraftArticle {
  /** The pack's article id (`a1`, `a2` …): notes and evidence point at it. */
  id: string;
  /** The library article it was copied from. */
  sourceId: string;
  title: string;
  outlet: string | null;
  date: string | null;
  text: string;
}

export interface PackDraft {
  /** The pack id: the same for every export, so students' results name it. */
  id: string;
  title: string;
  level: string;
  instructions: string;
  createdAt: string;
  updatedAt: number;
  articles: DraftArticle[];
  notes: PackNote[];
  questions: PackQuestion[];
  /** The last export: its version and a hash of its content, so only a changed pack gets a new version. */
  exported?: { version: number; hash: string; at: number };
}

export function newDraft(now = Date.now(), random: () => number = Math.random): PackDraft {
  return { id: newPackId(random), title: '', level: '', instructions: '', createdAt: new Date(now).toISOString(), updatedAt: now, articles: [], notes: [], questions: [] };
}

export function isDraft(value: unknown): value is PackDraft {
  const d = value as PackDraft | null;
  return typeof d === 'object' && d !== null && typeof d.id === 'string' && Array.isArray(d.articles) && Array.isArray(d.notes) && Array.isArray(d.questions);
}

export async function listDrafts(db: LesestoffDb): Promise<PackDraft[]> {
  const rows = await db.settings.where('key').startsWith(DRAFT_PREFIX).toArray();
  return rows
    .map((r) => r.value)
    .filter(isDraft)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function loadDraft(db: LesestoffDb, id: string): Promise<PackDraft | null> {
  const value = (await db.settings.get(DRAFT_PREFIX + id))?.value;
  return isDraft(value) ? value : null;
}

/** A failed save or delete is reported with Retry (issue 20); only a draft's newest state is retried. */
export async function saveDraft(db: LesestoffDb, draft: PackDraft): Promise<SaveResult<void>> {
  return saveOrReport(
    'draft',
    async () => {
      await db.settings.put({ key: DRAFT_PREFIX + draft.id, value: draft });
    },
    { key: draft.id },
  );
}

export async function deleteDraft(db: LesestoffDb, id: string): Promise<SaveResult<void>> {
  return saveOrReport('draft', () => db.settings.delete(DRAFT_PREFIX + id), { key: id });
}

/** The next free pack article id: `a1`, `a2` … never reused within a draft's current articles. */
export function nextArticleId(articles: Pick<DraftArticle, 'id'>[]): string {
  const used = articles.map((a) => Number(/^a(\d+)$/.exec(a.id)?.[1] ?? 0));
  return `a${Math.max(0, ...used) + 1}`;
}

export function addArticle(draft: PackDraft, record: Pick<ArticleRecord, 'id' | 'title' | 'outlet' | 'date' | 'text'>): PackDraft {
  if (draft.articles.some((a) => a.sourceId === record.id)) return draft;
  const article: DraftArticle = { id: nextArticleId(draft.articles), sourceId: record.id, title: record.title, outlet: record.outlet, date: record.date, text: record.text };
  return { ...draft, articles: [...draft.articles, article] };
}

/** Removes an article with the notes on it and the questions whose evidence is in it. */
export function removeArticle(draft: PackDraft, articleId: string): PackDraft {
  return {
    ...draft,
    articles: draft.articles.filter((a) => a.id !== articleId),
    notes: draft.notes.filter((n) => n.articleId !== articleId),
    questions: draft.questions.filter((q) => !(q.evidence ?? []).some((e) => e.article === articleId)),
  };
}

/** Moves item `index` by `delta` places (−1 up, +1 down); out of range leaves the list as it is. */
export function move<T>(list: T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return list;
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item as T);
  return out;
}

/** The draft as a pack, at `version`. */
export function draftContent(draft: PackDraft, version: number): PackContent {
  return {
    id: draft.id,
    version,
    title: draft.title.trim(),
    level: draft.level.trim(),
    instructions: draft.instructions.trim(),
    createdAt: draft.createdAt,
    articles: draft.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, date: a.date, text: a.text })),
    notes: draft.notes,
    questions: draft.questions,
  };
}

/** The version the next export gets: the last one again if nothing changed since, else one more. */
export function exportVersion(draft: PackDraft): { version: number; hash: string } {
  const hash = hash53(JSON.stringify(draftContent(draft, 0)));
  if (draft.exported && draft.exported.hash === hash) return { version: draft.exported.version, hash };
  return { version: (draft.exported?.version ?? 0) + 1, hash };
}

/** A file name without path characters: `Putin in Pjöngjang.lesestoff`. */
export function safeFileName(title: string, extension: string, fallback = 'lesson-pack'): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  const base = title.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${base || fallback}${extension}`;
}
