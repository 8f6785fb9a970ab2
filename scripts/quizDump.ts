/**
 * The quizzes of the development news, one JSON line per question with its article's file name, as the judge packets of
 * eval/quiz-judgements read them (README there; `prep.py` draws the packets). Each article is quizzed on its own with
 * seed 1, as `npm run --silent cli -- quiz FILE --seed 1` does.
 *
 *   npx tsx scripts/quizDump.ts > /tmp/quiz.jsonl && python3 eval/quiz-judgements/prep.py /tmp/quiz.jsonl OUTDIR SEED
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { defaultLanguage, generateQuiz } from '../src/core';
import { loadQuizArticles } from '../src/cli/commands/quiz';

const NEWS = path.join(process.env.LESESTOFF_SHARED ?? '/work/shared', 'eval', 'news');

for (const file of readdirSync(NEWS).filter((f) => f.endsWith('.txt')).sort()) {
  const { questions } = generateQuiz(await loadQuizArticles([path.join(NEWS, file)]), { seed: 1 }, defaultLanguage);
  for (const q of questions) process.stdout.write(`${JSON.stringify({ file, ...q })}\n`);
}
