/**
 * Parses FreeDict dictd databases (`.index` + gunzipped `.dict.dz`) into dictionary records.
 * Entries are TEI converted to text: a headword line "Haus /haʊ̯s/ <n, neut>", then either one
 * translation per entry (deu-tur) or numbered senses "1. дом" each followed by a German definition
 * (the Wiktionary-derived deu-rus/fra/spa), which the glossary does not need.
 */
import type { DictRecord } from './asset';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64 = (s: string) => [...s].reduce((n, c) => n * 64 + B64.indexOf(c), 0);

// FreeDict's POS/gender tags, mapped to Ding's brace codes so both sources read alike.
const TAGS: Record<string, string> = { masc: 'm', fem: 'f', neut: 'n', pl: 'pl', v: 'v', adj: 'adj', adv: 'adv', m: 'm', f: 'f' };

function parseEntry(text: string, nounTag: string): DictRecord | undefined {
  const [head = '', ...body] = text.split('\n');
  const headword = head.replace(/\s[/<].*$/, '').trim();
  const tags = [...head.matchAll(/<([^>]*)>/g)].flatMap((m) => m[1]!.split(',').map((t) => t.trim()));
  // deu-tur writes <n> for neuter, the Wiktionary sets write <n, neut> for "noun, neuter".
  const grammar = tags.map((t) => (t === 'n' ? nounTag : TAGS[t])).filter((t): t is string => !!t);
  const numbered = body.filter((l) => /^\d+\. /.test(l));
  const senses = (numbered.length > 0 ? numbered.map((l) => l.replace(/^\d+\. /, '')) : body.slice(0, 1))
    .map((s) => s.replace(/\s+\d+\.$/, '').trim())
    .filter(Boolean);
  return headword && senses.length > 0 ? { headword, grammar: [...new Set(grammar)], senses } : undefined;
}

/** One record per headword and grammar: deu-tur splits every translation into its own entry. */
export function parseFreedict(index: string, dict: Uint8Array, nounTag: 'n' | ''): DictRecord[] {
  const decoder = new TextDecoder();
  const merged = new Map<string, DictRecord>();
  for (const line of index.split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (!word || !offset || !length || word.startsWith('00database') || word.startsWith('00-database')) continue;
    const start = b64(offset);
    const record = parseEntry(decoder.decode(dict.subarray(start, start + b64(length))), nounTag);
    if (!record) continue;
    const key = `${record.headword}\t${record.grammar.join(',')}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, record);
    else seen.senses = [...new Set([...seen.senses, ...record.senses])];
  }
  return [...merged.values()];
}
