/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.727,
  weights: {
    answerInHeadline: -0.231,
    answerInLead: 0.183,
    answerRepeats: -0.836,
    decimal: -0.171,
    eventRole: 1.083,
    figures: -0.726,
    headlineLemmas: 0.367,
    headlineShared: 0.074,
    importance: 0.101,
    lead: -0.102,
    mainActor: 0.2,
    mainNews: 0.179,
    paragraph: -0.427,
    paragraphStart: -0.033,
    position: -0.939,
    promptWords: 0.017,
    quote: -0.529,
    scores: -0.97,
    sentenceWords: -0.632,
    smallCount: -0.944,
    subordinate: 0.008,
    "type:cloze": -0.152,
    "type:date": 0.569,
    "type:multiple-choice": -0.818,
    "type:number": 1.122,
    "type:role": -0.338,
    "type:true-false": -0.63,
    "type:who-said": 0.246,
    year: 0.124,
    yearsBefore: -0.834
  },
  threshold: 0.5
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: 1243 judged questions of 177 articles (97.6 % of the judged found again), 5-fold CV grouped by article: AUC 0.703 (hand-written score 0.574)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 57.6 %, by the hand-written score 61.3 %, by the model 62.5 % (949 kept), with its floor 0.5 68.8 % (756 kept); every judged question over the floor: 838 of 1243, 68.1 % acceptable"
];
