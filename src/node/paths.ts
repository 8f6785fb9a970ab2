import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** resources/ of a source checkout, for the CLI and scripts (Electron main resolves its own). */
export function resourcesDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../resources');
}
