/** Written by scripts/trainQuizQuality.ts: do not edit by hand. */
import type { QualityModel } from './quality';

export const QUALITY_MODEL: QualityModel = {
  bias: 0.826,
  weights: {
    answerInHeadline: -0.181,
    answerInLead: 0.218,
    answerRepeats: -0.832,
    aside: -1.111,
    decimal: -0.358,
    eventRole: 0.945,
    figureOfStory: 0.279,
    figures: -0.611,
    headlineLemmas: 0.301,
    headlineShared: 0.059,
    importance: 0.016,
    lead: -0.015,
    mainActor: -0.049,
    mainNews: 0.286,
    paragraph: -0.407,
    paragraphStart: -0.039,
    position: -0.712,
    promptWords: -0.05,
    quote: -0.536,
    scores: -1.006,
    sentenceWords: -0.547,
    sideFigure: -0.69,
    smallCount: -0.978,
    subordinate: -0.136,
    "type:cloze": -0.062,
    "type:date": 0.455,
    "type:multiple-choice": -0.809,
    "type:number": 1.199,
    "type:role": -0.277,
    "type:true-false": -0.66,
    "type:who-said": 1.702,
    year: 0.056,
    yearsBefore: -0.863
  },
  threshold: 0.5
};

/** The model's cross-validated figures when it was trained (printed by `npm run eval`). */
export const QUALITY_CV: readonly string[] = [
  "acceptability model: learns from 1305 judged questions (rounds through 2026-12-05-q), its types calibrated by 871 later ones, scored on all 2176 placed of 177 articles (98.2 % of the judged found again), 5-fold CV grouped by article: AUC 0.700 (uncalibrated 0.692, hand-written score 0.566)",
  "acceptable share of the 3 best of each judged sample of 5: all judged 62.2 %, by the hand-written score 64.9 %, by the model 66.4 % (1727 kept), with its floor 0.5 72.2 % (1399 kept); every judged question over the floor: 1554 of 2176, 71.7 % acceptable",
  "learning from every placed round instead, same folds: AUC 0.690, the 3 best with the floor 70.9 % (1417 kept)",
  "type offsets learnt from the later rounds (who-said, pull 1): their out-of-fold AUC 0.634 → 0.651, log loss 0.6185 → 0.6065"
];
