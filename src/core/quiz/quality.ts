/**
 * How likely a strict teacher accepts a question (issue 15): a logistic regression over what the chooser knows of a
 * candidate (`questionFeatures` in choose.ts), learnt from our own blind judgements (eval/quiz-judgements, about 1,000
 * questions) by scripts/trainQuizQuality.ts, which writes its weights to qualityModel.ts. Hand-written importance rules
 * had not moved the acceptable share; the judges' verdicts weigh the same signals instead.
 */
import { QUALITY_MODEL } from './qualityModel';

/** A learnt model: a weight per feature name (features it does not name weigh nothing), and where the chooser stops. */
export interface QualityModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** Below this predicted acceptability a question is not asked (chosen by cross-validation). */
  threshold: number;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The predicted chance, 0–1, that a question with these features is acceptable. */
export function acceptability(features: Readonly<Record<string, number>>, model: QualityModel = QUALITY_MODEL): number {
  let z = model.bias;
  for (const [name, x] of Object.entries(features)) z += (model.weights[name] ?? 0) * x;
  return sigmoid(z);
}
