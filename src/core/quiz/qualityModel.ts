/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.987,
  weights: {
    answerInHeadline: -0.483,
    answerInLead: 0.199,
    answerRepeats: -0.864,
    decimal: -0.56,
    figures: -1.266,
    headlineLemmas: 1.443,
    headlineShared: 0.38,
    importance: -0.048,
    lead: -0.05,
    mainActor: 0.208,
    paragraph: -0.673,
    paragraphStart: -0.28,
    position: -1.262,
    promptWords: -0.341,
    quote: -1.468,
    sentenceWords: -0.572,
    smallCount: -1.425,
    subordinate: -0.127,
    "type:cloze": -0.195,
    "type:date": 0.714,
    "type:multiple-choice": -1.183,
    "type:number": 1.479,
    "type:role": -0.477,
    "type:true-false": -0.964,
    "type:who-said": 0.625,
    year: 0.218
  },
  threshold: 0.4
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: 910 judged questions of 123 articles (96.7 % of the judged found again), 5-fold CV grouped by article: AUC 0.703 (hand-written score 0.584)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 53.3 %, by the hand-written score 56.7 %, by the model 59.7 % (672 kept), with its floor 0.4 64.8 % (580 kept); every judged question over the floor: 666 of 910, 62.2 % acceptable"
];
