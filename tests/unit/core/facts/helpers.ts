import type { Analysis } from '../../../../src/core/analysis';
import { engine } from '../engineFixture';

const tagger = await engine;

/** The tagged analysis the facts steps run on, as the CLI, worker and app build it. */
export function analyze(text: string): Analysis {
  return tagger.analyze(text);
}
