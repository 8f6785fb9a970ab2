import { defaultLanguage, factsOf } from '../../core';
import type { CliCommand } from '../cliCommand';
import { loadQuizArticles } from './quiz';

/** `facts FILE...`: facts per article and the cross-article alignment, as JSON. */
const facts: CliCommand = async (args, io) => {
  const articles = await loadQuizArticles(args);
  io.stdout(`${JSON.stringify(factsOf(articles, defaultLanguage), null, 2)}\n`);
};

export default facts;
