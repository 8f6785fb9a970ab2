/** Error codes from reading and importing packs and results files, to their messages' i18n keys. */
import type { ImportError } from '../db/importPack';

export const packErrorCodes = [
  'not-a-zip',
  'file-too-large',
  'truncated',
  'corrupt',
  'too-many-entries',
  'entry-too-large',
  'suspicious-compression',
  'unsafe-path',
  'unexpected-entry',
  'missing-manifest',
  'invalid-manifest',
  'newer-version',
  'wrong-format',
  'missing-article',
  'hash-mismatch',
  'storage-failed',
  'other-pack',
  'read-failed',
] as const;

export type PackErrorKey = `errors.${(typeof packErrorCodes)[number]}`;

export function packErrorKey(error: Pick<ImportError, 'code'> | { code: string }): PackErrorKey {
  const code = (packErrorCodes as readonly string[]).includes(error.code) ? error.code : 'corrupt';
  return `errors.${code}` as PackErrorKey;
}

// Every code the data layer can return has a message: this fails to compile when a new code is added there.
type Unmapped = Exclude<ImportError['code'], (typeof packErrorCodes)[number]>;
export const allCodesMapped: [Unmapped] extends [never] ? true : never = true;
