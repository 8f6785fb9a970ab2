/** What an own text must be before it joins the library. */
export const MAX_TEXT_BYTES = 1_000_000;

export type TextProblem = { kind: 'empty' } | { kind: 'tooLarge'; bytes: number };

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function checkText(text: string): TextProblem | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'empty' };
  const bytes = byteLength(text);
  return bytes > MAX_TEXT_BYTES ? { kind: 'tooLarge', bytes } : null;
}
