import { germanQuizModel } from '../../core/de/quizLanguage';
import { factsOf } from '../../core/quiz';
import type { CliCommand } from '../cliCommand';
import { loadQuizArticles } from './quiz';

/** `facts FILE...`: facts per article and the cross-article alignment, as JSON. */
const facts: CliCommand = async (args, io) => {
  const articles = await loadQuizArticles(args);
  io.stdout(`${JSON.stringify(factsOf(articles, germanQuizModel), null, 2)}\n`);
};

export default facts;
