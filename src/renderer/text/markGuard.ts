/**
 * Caps the combining marks drawn on one base character. A run of hundreds of thousands of marks is one
 * grapheme cluster the browser shapes as a whole, and shaping it hung the renderer for minutes; no
 * writing system stacks more than a handful (Vietnamese two, pointed Hebrew four or five), so the rest
 * of such a run is noise ("Zalgo" text). Display only: the stored text and every offset stay as they are.
 */
export const MAX_MARKS_PER_BASE = 8;

const LONG_RUN = new RegExp(`\\p{M}{${MAX_MARKS_PER_BASE + 1},}`, 'gu');

export function guardMarks(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    let end = 0;
    let n = 0;
    for (const mark of run) {
      if (++n > MAX_MARKS_PER_BASE) break;
      end += mark.length;
    }
    return run.slice(0, end);
  });
}
