/**
 * What went wrong, in a form the learner can act on and copy into a report (issue 20). Dexie wraps the
 * browser's errors (`OpenFailedError` around an `UnknownError`, `AbortError` around a `QuotaExceededError`),
 * so the cause is looked for along the whole chain of `inner` and `cause`.
 */

/** The error and the errors it wraps, outermost first. */
export function errorChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  // Bounded: a wrapper that points at itself must not hang the error screen.
  while (current !== undefined && current !== null && chain.length < 8 && !chain.includes(current)) {
    chain.push(current);
    const e = current as { inner?: unknown; cause?: unknown };
    current = e.inner ?? e.cause;
  }
  return chain;
}

const nameOf = (e: unknown): string => (e instanceof Error || e instanceof DOMException ? e.name : typeof e === 'object' && e && 'name' in e ? String(e.name) : '');

export function hasErrorNamed(error: unknown, name: string): boolean {
  return errorChain(error).some((e) => nameOf(e) === name);
}

/** The full storage: the one cause the learner can fix (free some space), so the UI names it. */
export const isQuotaError = (error: unknown): boolean => hasErrorNamed(error, 'QuotaExceededError');

/** The innermost message, which says most: Dexie's wrappers repeat it with a prefix. */
export function errorMessage(error: unknown): string {
  const chain = errorChain(error);
  for (const e of chain.reverse()) {
    const message = e instanceof Error || e instanceof DOMException ? e.message : typeof e === 'string' ? e : '';
    if (message) return message;
  }
  return String(error);
}

export interface ReportContext {
  appVersion?: string;
  hostKind?: string;
  /** Where it happened: a startup step or the screen's route. */
  where: string;
}

/** Plain text to paste into a report: version, place, every error in the chain and the first stack lines. */
export function reportText(error: unknown, context: ReportContext, userAgent = typeof navigator === 'undefined' ? '' : navigator.userAgent): string {
  const lines = [`Lesestoff ${context.appVersion ?? '?'} (${context.hostKind ?? '?'})`, `Where: ${context.where}`];
  for (const e of errorChain(error)) {
    const message = e instanceof Error || e instanceof DOMException ? e.message.trim() : String(e);
    const line = `${nameOf(e) || 'Error'}: ${message}`;
    // Dexie wraps an error in one of the same name and message: one line says it.
    if (line !== lines.at(-1)) lines.push(line);
  }
  const stack = error instanceof Error ? error.stack?.split('\n').slice(1, 6) : undefined;
  if (stack?.length) lines.push(...stack.map((l) => l.trim()));
  if (userAgent) lines.push(`User agent: ${userAgent}`);
  return lines.join('\n');
}
