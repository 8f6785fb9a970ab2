/** The named-entity tagger (issue 15): features, model asset, and the training and scoring the scripts use. */
export type { NerGazetteer, NerToken } from './features';
export { encodeNerModel, NER_FORMAT, NER_LABELS, parseNerModel, tagEntities, type NerAsset, type NerModel, type NerNames, type NerSpan, type NerType } from './model';
export { NerWeights } from './weights';
export { countSpans, emptyCounts, goldSpans, NER_TYPES, scoreSpans, trainPerceptron, type NerExample, type SpanCounts, type TrainOptions } from './train';
