/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.807,
  weights: {
    answerInHeadline: -0.161,
    answerInLead: 0.219,
    answerRepeats: -0.806,
    decimal: -0.34,
    eventRole: 1.057,
    figureOfStory: 0.433,
    figures: -0.64,
    headlineLemmas: 0.325,
    headlineShared: 0.027,
    importance: 0.011,
    lead: -0.05,
    mainActor: 0.036,
    mainNews: 0.287,
    paragraph: -0.468,
    paragraphStart: -0.03,
    position: -0.867,
    promptWords: -0.041,
    quote: -0.534,
    scores: -0.999,
    sentenceWords: -0.584,
    smallCount: -0.937,
    subordinate: -0.04,
    "type:cloze": -0.024,
    "type:date": 0.449,
    "type:multiple-choice": -0.757,
    "type:number": 0.937,
    "type:role": -0.23,
    "type:true-false": -0.609,
    "type:who-said": 0.233,
    year: 0.055,
    yearsBefore: -0.892
  },
  threshold: 0.5
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: 1305 judged questions of 177 articles (97.7 % of the judged found again), 5-fold CV grouped by article: AUC 0.703 (hand-written score 0.574)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 58.3 %, by the hand-written score 62.0 %, by the model 62.8 % (1003 kept), with its floor 0.5 69.3 % (809 kept); every judged question over the floor: 896 of 1305, 69.3 % acceptable"
];
