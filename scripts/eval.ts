/**
 * `npm run eval`: quality figures of the engine on the development data in ../shared/eval
 * (text nobody here wrote). Prints; asserts nothing — tests assert behaviour, this measures it.
 */
import { evalTokenizer } from './evalTokenize';

const section = (title: string) => console.log(`\n## ${title}`);

section('Tokenizer and sentence splitter (UD German GSD dev, raw text)');
for (const [name, value] of Object.entries(await evalTokenizer())) console.log(`${name}: ${value}`);
