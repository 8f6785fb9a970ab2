import { readBundledArticles } from '../../node/bundledLibrary';
import { defaultLanguage, parseArticleMeta } from '../../core';
import { resourcesDir } from '../../node/paths';
import type { CliCommand } from '../cliCommand';
import path from 'node:path';

/** `articles`: the bundled articles with the metadata the app derives from their text. */
const articles: CliCommand = async (_args, io) => {
  const bundled = await readBundledArticles(path.join(resourcesDir(), 'articles'));
  const list = bundled.map(({ id, text }) => {
    const { paragraphs, ...meta } = parseArticleMeta(text, defaultLanguage.news);
    return { id, ...meta, paragraphs: paragraphs.length };
  });
  io.stdout(`${JSON.stringify({ articles: list }, null, 2)}\n`);
};

export default articles;
