/**
 * The one contract between the renderer and its host (Electron main via preload, or the
 * browser host). Each operation is declared once here with a zod schema for its
 * arguments and result; the preload, the browser host and main's handlers are all
 * typed from this table, so no side names a channel by hand.
 */
import { z } from 'zod';
import type { ApiEvent, ApiMethod } from './apiMethods';

export const bundledArticleSchema = z.object({
  /** Stable across app versions: the file name without extension. */
  id: z.string().min(1).max(200),
  text: z.string().max(2_000_000),
});
export type BundledArticle = z.infer<typeof bundledArticleSchema>;

export const hostInfoSchema = z.object({
  kind: z.enum(['electron', 'web']),
  appVersion: z.string(),
  /** The system's preferred UI locale (BCP 47), for the first start. */
  locale: z.string(),
});
export type HostInfo = z.infer<typeof hostInfoSchema>;

/** A lesson pack opened from the operating system (issue 17): its bytes, or why main could not read it. */
export const openedFileSchema = z.union([
  z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) }),
  z.object({ name: z.string(), error: z.enum(['unreadable', 'too-large', 'not-a-file']) }),
]);
export type OpenedFile = z.infer<typeof openedFileSchema>;

/** Whether main wrote an automatic backup in the user-data folder (issue 17), and where; the web host keeps none. */
export const autoBackupResultSchema = z.object({ saved: z.boolean(), file: z.string().nullable() });

export const apiContract = {
  getHostInfo: { args: z.tuple([]), result: hostInfoSchema },
  listBundledArticles: { args: z.tuple([]), result: z.array(bundledArticleSchema) },
  takeOpenedFiles: { args: z.tuple([]), result: z.array(openedFileSchema) },
  // The backup's JSON text; main keeps at most one file a day and the last 7 of them.
  saveAutoBackup: { args: z.tuple([z.string().min(2).max(500_000_000)]), result: autoBackupResultSchema },
} as const satisfies Record<ApiMethod, { args: z.ZodTuple; result: z.ZodType }>;

type Contract = typeof apiContract;

/** The API object the renderer sees as `window.api`. */
export type LesestoffApi = {
  [K in ApiMethod]: (...args: z.infer<Contract[K]['args']>) => Promise<z.infer<Contract[K]['result']>>;
};

/** Host events (main → renderer) the renderer subscribes to; each returns its unsubscribe function. */
export type LesestoffEvents = {
  [E in ApiEvent]: (listener: () => void) => () => void;
};
