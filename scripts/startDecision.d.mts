// Types for the start decision (a plain Node script, run by `npm start`), so its unit test type-checks.
export function nodeAtLeast(version: string, minimum: string): boolean;
export function minimumNodeOf(range: string | undefined): string;
export class DownloadTimeout extends Error {
  constructor(seconds: number);
  readonly seconds: number;
}
export function downloadFailureReason(error: unknown, env?: Record<string, string | undefined>): string;
export type BinaryState = { path: string; missing?: undefined } | { path?: undefined; missing: string };
export type StartDecision = { host: 'electron'; path: string; warning?: string } | { host: 'web'; reason: string };
export function decideStart(options: {
  nodeVersion: string;
  minimumNode: string;
  findBinary: () => BinaryState;
  download: (options: { signal: AbortSignal }) => Promise<void>;
  timeoutMs: number;
  env?: Record<string, string | undefined>;
}): Promise<StartDecision>;
