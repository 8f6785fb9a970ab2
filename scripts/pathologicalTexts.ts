/**
 * Pathological texts for Add text (issue 20), generated rather than stored: each is run through the code
 * the own-texts worker runs (prepareText.ts: size gate, extraction, metadata, language check), then, when
 * accepted, through the engine worker's analysis and quiz (the same engine calls, per paragraph). The fuzz
 * suite checks each outcome; `npm run bench` prints the slowest case.
 */
import type { Engine } from '../src/core';
import type { TextFormat } from '../src/renderer/text/extractText';
import { prepareOwnText, readOwnText, type PreparedText, type Refused } from '../src/renderer/text/prepareText';
import { createQuizApi } from '../src/renderer/workers/quizApi';

export type Expected = 'accepted' | 'tooLarge' | 'empty';

export interface TextCase {
  name: string;
  /** How the text arrives: pasted, or opened as a file of this format. */
  format: TextFormat | 'paste';
  build: () => string;
  expected: Expected;
}

/**
 * Sizes: the cases named in issue 20 at their size; the others big enough to show a quadratic pattern
 * (60,000 characters) but small enough that the quiz over their many repeated facts stays quick.
 */
/** Two invented German sentences, so an accepted case has words for the analysis and facts for the quiz. */
const SENTENCES = 'Die Stadt Wolkenfeld hat am Montag ein neues Schwimmbad eröffnet. Bürgermeisterin Anna Rebholz sagte, es habe 12 Millionen Euro gekostet.';
const repeatTo = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);

export const pathologicalTexts: TextCase[] = [
  { name: 'Unicode line and paragraph separators', format: 'paste', expected: 'accepted', build: () => repeatTo(`${SENTENCES}\u2028\u2029\u0085\u000b\u000c`, 60_000) },
  {
    name: 'every exotic space between words',
    format: 'paste',
    expected: 'accepted',
    build: () => SENTENCES.split(' ').join('\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\u200b\ufeff').repeat(200),
  },
  { name: '300,000 combining marks on one letter inside a sentence', format: 'paste', expected: 'accepted', build: () => `${SENTENCES} Ein B${'\u0301'.repeat(300_000)}ad. ${SENTENCES}` },
  { name: '500,000 combining marks', format: 'paste', expected: 'tooLarge', build: () => `a${'\u0301'.repeat(500_000)}` },
  { name: 'RTL and bidi override marks inside words', format: 'paste', expected: 'accepted', build: () => repeatTo(SENTENCES.replace(/(\p{L})(\p{L})/gu, '$1\u200f\u202e$2\u202c'), 400_000) },
  { name: 'NUL and control characters between words', format: 'paste', expected: 'accepted', build: () => repeatTo(SENTENCES.split(' ').join('\u0000 \u001b '), 60_000) },
  { name: 'one word of 1 MB', format: 'paste', expected: 'accepted', build: () => repeatTo('Schwimmbad', 1_000_000) },
  { name: 'a million lines', format: 'paste', expected: 'accepted', build: () => `${SENTENCES}${'\n'.repeat(999_000)}${SENTENCES}` },
  { name: 'a million empty lines and nothing else', format: 'paste', expected: 'empty', build: () => '\n'.repeat(1_000_000) },
  { name: '20,000 lines of em-spaces', format: 'paste', expected: 'accepted', build: () => `${SENTENCES}\n${`${'\u2003'.repeat(10)}\n`.repeat(20_000)}${SENTENCES}` },
  { name: '120,000 whitespace characters in one run', format: 'paste', expected: 'accepted', build: () => `${SENTENCES}${repeatTo(' \t \u00a0', 120_000)}x${SENTENCES}` },
  { name: 'a 5 MB paste', format: 'paste', expected: 'tooLarge', build: () => repeatTo(`${SENTENCES} `, 5_000_000) },
  { name: 'a 1.1 MB deeply nested HTML file', format: 'html', expected: 'accepted', build: () => `${'<div><span>'.repeat(50_000)}<p>${SENTENCES}</p>${'</span></div>'.repeat(40_000)}` },
  { name: 'an HTML file with an unclosed comment and script', format: 'html', expected: 'accepted', build: () => `<p>${SENTENCES}</p><script>${'x<'.repeat(200_000)}<!--${'-'.repeat(200_000)}` },
  { name: 'a Markdown file of 120,000 spaces after a heading mark', format: 'markdown', expected: 'accepted', build: () => `# ${' '.repeat(120_000)}x${' '.repeat(120_000)}#\n\n${SENTENCES}` },
  { name: 'an HTML file over 4 MB', format: 'html', expected: 'tooLarge', build: () => `<p>${repeatTo(SENTENCES, 4_200_000)}</p>` },
];

export type TextOutcome =
  | { outcome: 'refused'; reason: Refused['problem']['kind']; refused: Refused }
  | { outcome: 'accepted'; prepared: PreparedText; tokens: number; questions: number; reasons: string[] };

/** What Add text and then the reader and quiz do with the text, as the two workers do it. */
export async function runTextCase(engine: Engine, c: TextCase): Promise<TextOutcome> {
  const content = c.build();
  let body = content;
  if (c.format !== 'paste') {
    const read = readOwnText(content, c.format);
    if (!read.ok) return { outcome: 'refused', reason: read.problem.kind, refused: read };
    body = read.text;
  }
  const prepared = prepareOwnText('', body);
  if (!prepared.ok) return { outcome: 'refused', reason: prepared.problem.kind, refused: prepared };
  let tokens = 0;
  // The reader analyses paragraph by paragraph (engineService.analyze), the quiz the whole text (quizApi).
  for (const paragraph of engine.analyzeParagraphs(prepared.text, prepared.paragraphs)) for (const s of paragraph) tokens += s.tokens.length;
  const quiz = await createQuizApi(() => Promise.resolve(engine)).quizFor([{ id: 'user:fuzz', text: prepared.text, date: null, outlet: null, title: prepared.title }], { seed: 1 });
  return { outcome: 'accepted', prepared, tokens, questions: quiz.questions.length, reasons: quiz.reasons.map((r) => r.reason) };
}

/** `npm run bench`: milliseconds per case through both workers' code, and the slowest case by name. */
export async function benchTexts(engine: Engine): Promise<Record<string, number | string>> {
  const figures: Record<string, number> = {};
  for (const c of pathologicalTexts) {
    const t0 = performance.now();
    await runTextCase(engine, c);
    figures[`text.ms.${c.name}`] = Math.round(performance.now() - t0);
  }
  const [slowest, ms] = Object.entries(figures).sort((a, b) => b[1] - a[1])[0]!;
  return { ...figures, 'text.slowest': `${slowest.slice('text.ms.'.length)} (${ms} ms)` };
}
