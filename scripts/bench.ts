/**
 * `npm run bench`: speed and size figures (asset sizes, load times, throughput).
 * Printed, never asserted: timings belong here, not in tests.
 */
import { evalDictionary } from './evalDictionary';

const section = (title: string) => console.log(`\n## ${title}`);
const print = (figures: Record<string, number>) => {
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
};

section('Dictionaries (resources/dict)');
print(await evalDictionary());
