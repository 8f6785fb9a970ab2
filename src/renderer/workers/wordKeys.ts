/**
 * The library's word keys of an article (its unknown-word count, domain/lemmaIndex.ts), taken from the paragraphs the
 * reader shows as the reader analyses them (`Engine.analyzeParagraphs`). A text file that opens with its title and
 * byline shows them as a heading, not as words to mark: counted, they stayed unknown in the library after the reader
 * had marked every word known. And a word read otherwise than the page reads it (a surname another paragraph gives,
 * Ole Kohlhasen then Kohlhasen alone) got a key the reader never asks for, counted as unknown for good.
 */
import { isWordToken, type Sentence, statusKey } from '../../core';
import type { WordKeys } from './engineApi';

/** Every word of `paragraphs` in reading order, with its status key and its offset. */
export function wordKeysOf(paragraphs: Iterable<readonly Sentence[]>): WordKeys {
  const words: WordKeys = { keys: [], starts: [] };
  for (const paragraph of paragraphs)
    for (const s of paragraph)
      for (const t of s.tokens)
        if (isWordToken(t)) {
          words.keys.push(statusKey(t));
          words.starts.push(t.start);
        }
  return words;
}
