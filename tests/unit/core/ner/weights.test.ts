import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeNerModel, NER_FORMAT, NER_LABELS, NerWeights, parseNerModel } from '../../../../src/core/ner';
import { featureHash } from '../../../../src/core/ner/features';

/** An invented model: one feature, and a place the gazetteer knows. */
function assetText(places: string[]): string {
  const bytes = encodeNerModel(new Map([[42, [0, 1, 0, 0, 0, 0, 0]]]), { places });
  return JSON.stringify({ format: NER_FORMAT, labels: [...NER_LABELS], data: Buffer.from(deflateSync(bytes)).toString('base64') });
}

describe('NER weights provided by the host (issue 19)', () => {
  it('are parsed from the text the host read, on first use', () => {
    const weights = new NerWeights('ner/xx-ner.json');
    weights.provide(assetText(['Nebelstadt']));
    expect(weights.model().names.places.has('Nebelstadt')).toBe(true);
    expect(weights.model().features).toBe(1);
  });

  it('given as a way to read them are read at their first use only, and a damaged file says so at each use', () => {
    const weights = new NerWeights('ner/xx-ner.json');
    let reads = 0;
    weights.provideLater(() => (reads++, assetText(['Nebelstadt'])));
    expect(weights.provided).toBe(true);
    expect(reads).toBe(0);
    expect(weights.model().names.places.has('Nebelstadt')).toBe(true);
    weights.model();
    expect(reads).toBe(1);
    const cut = new NerWeights('ner/xx-ner.json');
    cut.provideLater(() => assetText(['Nebelstadt']).slice(0, 30));
    expect(() => cut.model()).toThrow(/ner\/xx-ner\.json are damaged/);
    expect(() => cut.model()).toThrow(/ner\/xx-ner\.json are damaged/);
  });

  it('asked for before the host provided them, name the file', () => {
    expect(() => new NerWeights('ner/xx-ner.json').model()).toThrow(/ner\/xx-ner\.json not loaded/);
  });

  it('cut off in the middle are refused and the weights given before are kept', () => {
    const weights = new NerWeights('ner/xx-ner.json');
    weights.provide(assetText(['Nebelstadt']));
    const other = assetText(['Sonnental']);
    expect(() => weights.provide(other.slice(0, other.length / 2))).toThrow(/ner\/xx-ner\.json are damaged/);
    expect(() => weights.provide('{"format": 3}')).toThrow(/damaged: not a lesestoff-ner/);
    expect(weights.model().names.places.has('Nebelstadt')).toBe(true);
  });

  it('with their deflated data cut short say they are damaged when first used', () => {
    const full = JSON.parse(assetText(['Nebelstadt'])) as { data: string };
    const weights = new NerWeights('ner/xx-ner.json');
    weights.provide(JSON.stringify({ format: NER_FORMAT, labels: [...NER_LABELS], data: full.data.slice(0, 12) }));
    expect(() => weights.model()).toThrow(/ner\/xx-ner\.json are damaged/);
  });

  it('of another format are not taken for a worse tagger', () => {
    const weights = new NerWeights('ner/xx-ner.json');
    weights.provide(JSON.stringify({ format: 'lesestoff-ner/1', labels: [...NER_LABELS], data: '' }));
    expect(() => weights.model()).toThrow(new RegExp(`damaged.*expected ${NER_FORMAT}`));
  });
});

describe('the NER asset’s feature keys (issue 15)', () => {
  const only = (label: number): number[] => NER_LABELS.map((_, k) => (k === label ? 1 : 0));

  it('take about two bytes a feature in a model of 9,000 features', () => {
    const weights = new Map(Array.from({ length: 9000 }, (_, i) => [featureHash(`w:Wort${i}`), only(i % NER_LABELS.length)]));
    const keyBytes = encodeNerModel(weights, {}).length - 4 - 9000 * NER_LABELS.length;
    expect(keyBytes).toBeLessThan(9000 * 2.1);
  });

  it('find each feature by its whole hash', () => {
    const place = NER_LABELS.indexOf('B-LOC'), person = NER_LABELS.indexOf('B-PER');
    const bytes = encodeNerModel(new Map([[featureHash('w:Nebelstadt'), only(place)], [featureHash('w:Greta'), only(person)]]), {});
    const model = parseNerModel({ format: NER_FORMAT, labels: [...NER_LABELS], data: Buffer.from(deflateSync(bytes)).toString('base64') });
    const scoresOf = (feature: string): number[] => {
      const scores = new Float64Array(NER_LABELS.length);
      model.weights(featureHash(feature), scores);
      return Array.from(scores, Math.sign);
    };
    expect(scoresOf('w:Nebelstadt')).toEqual(only(place));
    expect(scoresOf('w:Greta')).toEqual(only(person));
    expect(scoresOf('w:Sonnental')).toEqual(only(-1));
  });
});
