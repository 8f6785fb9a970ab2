import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundledArticleSchema, type BundledArticle } from '../shared/api';

/** Reads resources/articles/*.txt; the id is the file name, stable across app versions. */
export async function readBundledArticles(articlesDir: string): Promise<BundledArticle[]> {
  const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) =>
      bundledArticleSchema.parse({ id: path.basename(file, '.txt'), text: await readFile(path.join(articlesDir, file), 'utf8') }),
    ),
  );
}
