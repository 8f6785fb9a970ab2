/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.77,
  weights: {
    answerInHeadline: -0.312,
    answerInLead: 0.251,
    answerRepeats: -0.985,
    decimal: -0.191,
    eventRole: 1.454,
    figures: -0.953,
    headlineLemmas: 0.694,
    headlineShared: 0.148,
    importance: 0.053,
    lead: -0.085,
    mainActor: 0.265,
    mainNews: 0.348,
    paragraph: -0.388,
    paragraphStart: -0.068,
    position: -1.044,
    promptWords: -0.103,
    quote: -0.697,
    sentenceWords: -0.693,
    smallCount: -1.454,
    subordinate: -0.046,
    "type:cloze": -0.044,
    "type:date": 0.704,
    "type:multiple-choice": -1.026,
    "type:number": 1.232,
    "type:role": -0.347,
    "type:true-false": -0.917,
    "type:who-said": 0.399,
    year: 0.293,
    yearsBefore: -1.207
  },
  threshold: 0.5
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: 1212 judged questions of 177 articles (97.5 % of the judged found again), 5-fold CV grouped by article: AUC 0.693 (hand-written score 0.573)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 57.1 %, by the hand-written score 61.0 %, by the model 61.5 % (922 kept), with its floor 0.5 67.0 % (746 kept); every judged question over the floor: 818 of 1212, 66.6 % acceptable"
];
