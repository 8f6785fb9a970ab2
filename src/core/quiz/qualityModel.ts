/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.968,
  weights: {
    answerInHeadline: -0.545,
    answerInLead: 0.206,
    answerRepeats: -0.866,
    decimal: -0.552,
    figures: -1.266,
    headlineShared: 0.44,
    importance: -0.053,
    lead: -0.022,
    mainActor: 0.218,
    paragraph: -0.629,
    paragraphStart: -0.065,
    position: -1.265,
    promptWords: -0.342,
    quote: -1.396,
    sentenceWords: -0.553,
    smallCount: -1.416,
    subordinate: -0.142,
    "type:cloze": -0.202,
    "type:date": 0.726,
    "type:multiple-choice": -1.187,
    "type:number": 1.498,
    "type:role": -0.495,
    "type:true-false": -0.971,
    "type:who-said": 0.631,
    year: 0.209
  },
  threshold: 0.55
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: 910 judged questions of 123 articles (96.7 % of the judged found again), 5-fold CV grouped by article: AUC 0.701 (hand-written score 0.584)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 53.3 %, by the hand-written score 56.7 %, by the model 59.5 % (672 kept), with its floor 0.55 69.1 % (444 kept); every judged question over the floor: 475 of 910, 67.4 % acceptable"
];
