/**
 * `npm run eval`: quality figures of the engine on the development data in ../shared/eval
 * (text nobody here wrote). Prints; asserts nothing — tests assert behaviour, this measures it.
 */
import { evalClicks } from './evalClicks';
import { evalCompounds } from './evalCompounds';
import { evalComposition } from './evalComposition';
import { evalCoverage } from './evalCoverage';
import { evalFacts } from './evalFacts';
import { evalMorphology } from './evalMorph';
import { evalNer } from './evalNer';
import { evalStories } from './evalStories';
import { evalTokenizer } from './evalTokenize';
import { QUALITY_CV } from '../src/core';

const section = (title: string) => console.log(`\n## ${title}`);

section('Tokenizer and sentence splitter (UD German GSD dev, raw text)');
for (const [name, value] of Object.entries(await evalTokenizer())) console.log(`${name}: ${value}`);

section('Lemma, UPOS and separable verbs (UD German GSD dev, gold tokens; targets lemma ≥ 96, UPOS ≥ 95, sep F1 ≥ 90)');
process.stdout.write(await evalMorphology());

section('Glossary coverage (news texts, NOUN/VERB/ADJ/ADV by the engine; target ≥ 97 %)');
for (const [name, value] of Object.entries(await evalCoverage())) console.log(`${name}: ${value}`);

section('Glossary on random clicks (eval/clicks: dev.jsonl, dev2.jsonl, dev3.jsonl, dev4.jsonl, dev5.jsonl, hard.jsonl and the blind heldout.jsonl and heldout2.jsonl, annotated news tokens; targets meaning in first three ≥ 95 %, hard ≥ 90 %, lemma ≥ 99 %, gender ≥ 97 %, compound heads ≥ 92 %)');
process.stdout.write(await evalClicks());

section('Compound heads (held-out glossary compounds: 3,000 glossary nouns whose English sense ends in a noun suffix\'s, taken out of the lexicon; beside the click set\'s compound heads)');
process.stdout.write(await evalCompounds());

section('Compounds composed from their parts (the same held-out glossary nouns and 1,500 glossary adjectives, each hidden from the glossary: a composed sense is one of the glossary\'s own glosses, by pattern, beside the head\'s sense alone)');
process.stdout.write(await evalComposition());

section('Quotes (Wikinews dev; targets F1 ≥ 75 %, speaker ≥ 80 %) and quizzes (validate_quiz.py on every news article)');
const facts = await evalFacts();
process.stdout.write(facts.endsWith('\n') ? facts : `${facts}\n`);
// The chooser's acceptability model (src/core/quiz/quality.ts), as scripts/trainQuizQuality.ts cross-validated it on our judgements.
for (const line of QUALITY_CV) console.log(line);

section('Stories (eval/stories: invented events by several invented outlets, mixed with unrelated news; issue 16)');
process.stdout.write(await evalStories());

section('Named entities (GermEval 2014 dev, CC BY 4.0: 5-fold cross-validated typed exact spans, PER / ORG / LOC; the test split is never read)');
process.stdout.write(`${await evalNer()}\n`);
