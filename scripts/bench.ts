/**
 * `npm run bench`: speed and size figures (asset sizes, load times, throughput).
 * Printed, never asserted: timings belong here, not in tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evalDictionary } from './evalDictionary';
import { evalEngineSpeed } from './evalMorph';
import { benchAnalysisShare } from './benchAnalysisShare';
import { benchQuiz, benchQuizApp } from './benchQuiz';
import { benchReader } from './benchReader';
import { benchSpeechNode } from './benchSpeech';
import { benchStart } from './benchStart';
import { benchTexts } from './pathologicalTexts';
import { benchPacks } from './hostilePacks';
import { loadEngine } from '../src/node/engineNode';

const section = (title: string) => console.log(`\n## ${title}`);
const print = (figures: Record<string, number | string>) => {
  for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value}`);
};

section('Dictionaries (resources/dict)');
print(await evalDictionary());

section('Engine (issue 4: load ≤ 300 ms, first pass ≥ 100,000 tokens/s on unseen news, fresh process)');
print(evalEngineSpeed());

section('Bundled assets (resources/lexicon, resources/dict, resources/readings)');
const resources = fileURLToPath(new URL('../resources', import.meta.url));
let assetBytes = 0;
for (const sub of ['lexicon', 'dict', 'readings']) {
  for (const file of readdirSync(join(resources, sub)).sort()) {
    const bytes = statSync(join(resources, sub, file)).size;
    assetBytes += bytes;
    console.log(`asset.bytes.${sub}/${file}: ${bytes}`);
  }
}
console.log(`asset.totalMB: ${(assetBytes / 1e6).toFixed(2)}`);

section('Quiz generation (issue 7: a story quiz over the five bundled articles ready within a second; in Node, then in the app)');
print(await benchQuiz());
print(await benchQuizApp());

section('Start on a fresh profile and a lighter engine (issue 19: a bundled article\'s first word opens its popover within 1.2× the time the library takes to show; steady analysis ≥ 50 % of a tokenizer plus a Map; engine cold load under Engine)');
print(await benchStart());
print(await benchAnalysisShare());

section('Reader in Chromium (issue 5: popover p95 ≤ 50 ms, 10,000-word text readable ≤ 1 s, 20,000 vocabulary entries)');
print(await benchReader());

section('Speech with the bundled eSpeak NG voice (issue 18: time to first audio for a sentence; in Node here, in the app under Reader)');
print(await benchSpeechNode());

section('Pathological texts through Add text, the reader and the quiz (issue 20: each well under a second in-process)');
print(await benchTexts(await loadEngine()));

section('Hostile packs and results files by class (issue 20: each well under a second in-process)');
print(benchPacks());
