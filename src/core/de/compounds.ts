/**
 * How German compounds are built, for the splitter (core/analysis/04-compounds.ts, issue 14): linking elements
 * between parts, how a modifier drops or keeps its ending, and how short a part may be.
 */
import type { CompoundRules } from '../analysis/04-compounds';

export const germanCompoundRules: CompoundRules = {
  links: ['s', 'n', 'en', 'es', 'er', 'e', 'ns'],
  minPart: 3,
  minUnknownHead: 4,
  verbEndings: ['en', 'n'],
  elidedEndings: ['e'],
  verbNounSuffixes: ['ung'],
};
