/**
 * Writes resources/readings/bundled.json.gz: the bundled articles' readings, shipped so the reader draws their words
 * and answers their opening words' cards without waiting for the engine (issue 19; src/renderer/workers/shippedReadings.ts).
 * Each text is prepared and read by the same core functions the app runs (prepareArticle, the engine's analysis, the
 * popover's card). Run `npm run build:readings` after a change of the analysis, the glossary or the bundled texts:
 * tests/unit/renderer/workers/shippedReadings.test.ts fails until the asset is what the engine gives.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { defaultLanguage, prepareArticle } from '../src/core';
import { loadEngine } from '../src/node/engineNode';
import { ANALYSIS_VERSION } from '../src/renderer/domain/lemmaIndex';
import { packReadings, readArticle } from '../src/renderer/workers/shippedReadings';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const articles = path.join(root, 'resources', 'articles');
const out = path.join(root, 'resources', 'readings', 'bundled.json.gz');

const engine = await loadEngine();
const read = readdirSync(articles)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((file) => {
    const text = readFileSync(path.join(articles, file), 'utf8');
    return readArticle(engine, text, prepareArticle(defaultLanguage, text).paragraphs);
  });
// zlib at its largest memory level, as the other assets; gzip without a name or time, so rebuilds are byte-identical.
writeFileSync(out, gzipSync(JSON.stringify(packReadings(ANALYSIS_VERSION, read)), { level: 9, memLevel: 9 }));
process.stdout.write(`${path.relative(root, out)}: ${read.length} articles, ${readFileSync(out).length} bytes\n`);
