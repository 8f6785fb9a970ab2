/**
 * A table from words to values, for the memo every word of every sentence is looked up in (issue 19). A `Map` keyed
 * by a word fresh from the tokenizer first has the engine hash the new string, outside its compiled code; that was
 * the analysis's costliest line (a seventh of a warm pass over the dev news). Here the hash is computed in the
 * compiled code from the word's char codes, and slots are open-addressed in typed arrays: a miss is settled on the
 * slot's stored hash, without reading another string.
 */
export class WordTable<V> {
  /** Each slot: 0 when empty, else its entry's index plus one. */
  private slots: Int32Array;
  /** Each slot's word's hash, compared before the word itself. */
  private hashes: Int32Array;
  private keys: string[] = [];
  private values: V[] = [];

  constructor(private readonly initialSlots = 1 << 12) {
    this.slots = new Int32Array(initialSlots);
    this.hashes = new Int32Array(initialSlots);
  }

  get size(): number {
    return this.keys.length;
  }

  get(word: string): V | undefined {
    const h = hash(word), mask = this.slots.length - 1;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]!;
      if (e === 0) return undefined;
      if (this.hashes[s] === h && this.keys[e - 1] === word) return this.values[e - 1];
    }
  }

  /** Adds a word the table lacks (a word it holds is the caller's error: `get` first). */
  set(word: string, value: V): void {
    this.keys.push(word);
    this.values.push(value);
    // At most half the slots full, so that a probe ends within a few slots.
    if (this.keys.length * 2 > this.slots.length) this.grow();
    else this.place(hash(word), this.keys.length);
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.slots = new Int32Array(this.initialSlots);
    this.hashes = new Int32Array(this.initialSlots);
  }

  private place(h: number, entry: number): void {
    const mask = this.slots.length - 1;
    let s = h & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = entry;
    this.hashes[s] = h;
  }

  /** Twice the slots, the entries placed again by their stored hashes; the new word's too. */
  private grow(): void {
    const slots = this.slots, hashes = this.hashes;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    for (let s = 0; s < slots.length; s++) if (slots[s] !== 0) this.place(hashes[s]!, slots[s]!);
    this.place(hash(this.keys[this.keys.length - 1]!), this.keys.length);
  }
}

/** FNV-1a over the word's UTF-16 code units. */
function hash(word: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h;
}
