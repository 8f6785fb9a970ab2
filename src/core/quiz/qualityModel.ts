/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.729,
  weights: {
    answerInHeadline: -0.265,
    answerInLead: 0.168,
    answerRepeats: -0.855,
    decimal: -0.206,
    eventRole: 1.087,
    figures: -0.709,
    headlineLemmas: 0.372,
    headlineShared: 0.117,
    importance: 0.073,
    lead: -0.097,
    mainActor: 0.213,
    mainNews: 0.107,
    paragraph: -0.43,
    paragraphStart: -0.023,
    position: -0.914,
    promptWords: 0.01,
    quote: -0.533,
    scores: -1.015,
    sentenceWords: -0.643,
    smallCount: -0.949,
    subordinate: -0.001,
    "type:cloze": -0.128,
    "type:date": 0.57,
    "type:multiple-choice": -0.838,
    "type:number": 1.114,
    "type:role": -0.348,
    "type:true-false": -0.63,
    "type:who-said": 0.26,
    year: 0.163,
    yearsBefore: -0.63
  },
  threshold: 0.5
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: 1212 judged questions of 177 articles (97.5 % of the judged found again), 5-fold CV grouped by article: AUC 0.704 (hand-written score 0.573)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 57.1 %, by the hand-written score 61.0 %, by the model 61.6 % (922 kept), with its floor 0.5 67.8 % (732 kept); every judged question over the floor: 811 of 1212, 67.8 % acceptable"
];
