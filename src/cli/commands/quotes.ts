import { readFile } from 'node:fs/promises';
import { type Analysis, defaultLanguage, extractQuotes, modelNames } from '../../core';
import { loadEngine } from '../../node/engineNode';
import { CliError, type CliCommand } from '../cliCommand';

/** The tagged analysis the fact commands run on (shared by `quotes`, `facts` and `quiz`). */
export async function analyzeForFacts(text: string): Promise<Analysis> {
  return (await loadEngine()).analyze(text);
}

export async function readArticleFiles(files: string[]): Promise<{ file: string; text: string }[]> {
  if (files.length === 0) throw new CliError('usage: quotes FILE...');
  return Promise.all(
    files.map(async (file) => {
      try {
        return { file, text: await readFile(file, 'utf8') };
      } catch {
        throw new CliError(`cannot read ${file}`);
      }
    }),
  );
}

/** `quotes FILE...`: one JSON line per file, `{file, quotes: [{type, quote, speaker, cue}]}` (issue 6). */
const quotes: CliCommand = async (args, io) => {
  for (const { file, text } of await readArticleFiles(args)) {
    const analysis = await analyzeForFacts(text);
    const found = extractQuotes(text, analysis, defaultLanguage.facts.quotes, modelNames(analysis, defaultLanguage.facts)).map((q) => ({
      type: q.type,
      quote: q.quote,
      speaker: q.speaker,
      cue: q.cue,
      speakerName: q.speakerName,
    }));
    io.stdout(`${JSON.stringify({ file, quotes: found })}\n`);
  }
};

export default quotes;
