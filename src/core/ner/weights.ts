/**
 * The tagger's weights as an asset the host hands over (issue 19): read from disk in Node at their first use (loadEngine
 * says how), fetched by the engine worker when a quiz first needs them, so their ~150 KB sit in no JavaScript bundle
 * (the UI's main bundle and both workers' carried them). Parsed on first use, as before.
 */
import { NER_FORMAT, parseNerModel, type NerAsset, type NerModel } from './model';

const isAsset = (v: unknown): v is NerAsset => {
  const a = v as Partial<NerAsset> | null;
  return typeof a === 'object' && a !== null && typeof a.format === 'string' && Array.isArray(a.labels) && typeof a.data === 'string';
};

export class NerWeights {
  private asset: NerAsset | undefined;
  private parsed: NerModel | undefined;
  /** How to read the asset's text, where the host gave that instead of the text (`provideLater`). */
  private unread: (() => string) | undefined;

  /** `file`: the asset's path under the resources folder, which each host reads its own way. */
  constructor(readonly file: string) {}

  get provided(): boolean {
    return this.asset !== undefined || this.unread !== undefined;
  }

  /**
   * Takes a way to read the asset's text, read and checked at the first `model()` (issue 19: Node's engine load read
   * and parsed the 170 KB at every start, ~15 ms, for hosts that may never extract facts).
   */
  provideLater(read: () => string): void {
    this.unread = read;
  }

  /** Takes the asset's text; one that is no NER asset is refused with the reason, and weights given before are kept. */
  provide(json: string): void {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (err) {
      throw new Error(`NER weights ${this.file} are damaged (${err instanceof Error ? err.message : String(err)})`);
    }
    if (!isAsset(value)) throw new Error(`NER weights ${this.file} are damaged: not a ${NER_FORMAT} asset`);
    this.asset = value;
    this.parsed = undefined;
    this.unread = undefined;
  }

  /** The parsed model; asking before the host has provided the asset is a host's mistake, said as such. */
  model(): NerModel {
    // Kept until read whole: a damaged file says so again at the next use, not that nothing was provided.
    if (this.unread) this.provide(this.unread());
    if (!this.asset) throw new Error(`NER weights ${this.file} not loaded: the host provides them before extracting facts`);
    if (!this.parsed) {
      try {
        this.parsed = parseNerModel(this.asset);
      } catch (err) {
        throw new Error(`NER weights ${this.file} are damaged (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    return this.parsed;
  }
}
