/**
 * Is a text German? The language model's detector (`LanguageModel.detect`), used by the quiz to refuse a text in
 * another language and by Add text to warn before a learner adds an English or French page by mistake. German
 * function words make up a third of any German text and almost nothing of other languages; words German shares with
 * English or Dutch (`in`, `an`, `so`, `was`, `will`, `is`) are left out.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'der die das des dem den ein eine einen einem einer eines und oder aber nicht ist sind war waren wird werden wurde wurden ' +
    'hat haben hatte hatten sich mit auf für von vom zum zur im ins auch als noch nach wie bei aus über um durch gegen ohne ' +
    'bis unter zwischen sie er es wir ihr ich du uns ihnen ihm ihn mich dich sein seine seiner ihre ihren ihrem unser dass ' +
    'weil wenn ob doch schon nur sehr mehr kein keine keinen dieser diese dieses diesen jetzt hier dort dann denn ' +
    'man können kann muss müssen soll sollen wollen worden gibt einmal immer wieder nichts etwas alle allem allen zu'
  ).split(' '),
);

/** Letters German writes and English, French or Spanish do not. */
const GERMAN_LETTERS = /[äöüß]/;
/** What they add to the score: enough to lift a short German headline (`Schöne Grüße aus Köln`), not a name in an English text. */
const LETTER_BONUS = 0.05;

/** The share of German function words among the lower-cased words, plus a little when German letters occur. */
export function detectGerman(words: readonly string[]): number {
  if (!words.length) return 0;
  let hits = 0, letters = false;
  for (const w of words) {
    if (FUNCTION_WORDS.has(w)) hits++;
    else if (!letters && GERMAN_LETTERS.test(w)) letters = true;
  }
  return Math.min(1, hits / words.length + (letters ? LETTER_BONUS : 0));
}
