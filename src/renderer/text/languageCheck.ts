/**
 * Is a text mostly German? A cheap heuristic, good enough to warn before a learner adds an
 * English or French page by mistake: the share of words that are common German function
 * words, which make up a third of any German text and almost nothing of other languages.
 * Words German shares with English or Dutch (`in`, `an`, `so`, `was`, `will`, `is`) are left out.
 */
const germanFunctionWords = new Set(
  (
    'der die das des dem den ein eine einen einem einer eines und oder aber nicht ist sind war waren wird werden wurde wurden ' +
    'hat haben hatte hatten sich mit auf für von vom zum zur im ins auch als noch nach wie bei aus über um durch gegen ohne ' +
    'bis unter zwischen sie er es wir ihr ich du uns ihnen ihm ihn mich dich sein seine seiner ihre ihren ihrem unser dass ' +
    'weil wenn ob doch schon nur sehr mehr kein keine keinen dieser diese dieses diesen jetzt hier dort dann denn auch noch ' +
    'man können kann muss müssen soll sollen wollen wurde worden gibt einmal immer wieder nichts etwas alle allem allen'
  ).split(' '),
);

export interface LanguageEstimate {
  words: number;
  germanWords: number;
  /** Share of words that are German function words, 0–1. */
  share: number;
}

export function estimateGerman(text: string): LanguageEstimate {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let germanWords = 0;
  for (const w of words) if (germanFunctionWords.has(w)) germanWords++;
  return { words: words.length, germanWords, share: words.length ? germanWords / words.length : 0 };
}

/** German prose scores 0.25–0.45; English, French or Spanish below 0.05. */
export const GERMAN_THRESHOLD = 0.12;

export function isMostlyGerman(text: string): boolean {
  const e = estimateGerman(text);
  // Umlauts and ß lift a short German snippet (a headline) over the line.
  const bonus = /[äöüß]/i.test(text) ? 0.05 : 0;
  return e.share + bonus >= GERMAN_THRESHOLD;
}
