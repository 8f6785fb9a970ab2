/**
 * Hands a language's NER weights to core for Node hosts (CLI, scripts, tests): core names the file, Node reads it.
 * A missing file is not an error here: analysis needs no weights, and fact extraction says they were not loaded. The
 * file is read when facts are first extracted.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { LanguageModel } from '../core';

export function provideNerFile(lang: LanguageModel, resourcesDir: string): void {
  const weights = lang.facts.nerWeights;
  if (!weights || weights.provided) return;
  const file = path.join(resourcesDir, weights.file);
  if (existsSync(file)) weights.provideLater(() => readFileSync(file, 'utf8'));
}
