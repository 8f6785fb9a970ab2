/** The own-texts worker's API: the plain functions of ownTexts/prepareText, and a file read here rather than on the UI thread. */
import type { TextFormat } from '../text/extractText';
import { prepareOwnText, readOwnText, type ReadText, type StageCallback } from '../text/prepareText';
import { MAX_FILE_BYTES } from '../text/textLimits';

export const textService = {
  /** Checks the file's size before reading it whole. */
  async readOwnFile(file: Blob, format: TextFormat, onStage: StageCallback): Promise<ReadText> {
    if (file.size > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'tooLarge', bytes: file.size } };
    return readOwnText(await file.text(), format, onStage);
  },
  prepareOwnText,
};
export type TextService = typeof textService;
