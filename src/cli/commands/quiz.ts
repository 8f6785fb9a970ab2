import { defaultLanguage, generateQuiz, parseArticleMeta, type QuizArticle } from '../../core';
import { CliError, type CliCommand } from '../cliCommand';
import { analyzeForFacts, readArticleFiles } from './quotes';

/** Article files → QuizArticles with metadata derived from the text, as the app does. */
export async function loadQuizArticles(files: string[]): Promise<QuizArticle[]> {
  const read = await readArticleFiles(files);
  return Promise.all(
    read.map(async ({ file, text }) => {
      const meta = parseArticleMeta(text, defaultLanguage.news);
      return { id: file, text, analysis: await analyzeForFacts(text), date: meta.date, outlet: meta.outlet, title: meta.title };
    }),
  );
}

function intFlag(args: string[], name: string): number | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(args[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new CliError(`${name} needs a whole number`);
  args.splice(i, 2);
  return v;
}

/** `quiz FILE... [--seed N] [--max N]`: `{"questions": [...]}`; evidence.article is the path as given. */
const quiz: CliCommand = async (argv, io) => {
  const args = [...argv];
  const seed = intFlag(args, '--seed');
  const max = intFlag(args, '--max');
  const articles = await loadQuizArticles(args);
  const { questions, reasons } = generateQuiz(articles, { seed, max }, defaultLanguage);
  io.stdout(`${JSON.stringify(reasons ? { questions, reasons } : { questions }, null, 2)}\n`);
};

export default quiz;
