import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { packDictionary, parseDictionary } from '../../../src/core';
import { loadDictionary } from '../../../src/node/dictionaryFile';
import { writeAsset, type DictRecord } from '../../../scripts/dict/asset';

// An invented glossary of several sections, and a second language read only when asked.
const records: DictRecord[] = [];
for (let i = 0; i < 6_000; i++) {
  records.push({ headword: `Wurpsel${i.toString(36)}`, grammar: ['f'], senses: [`invented tool ${i}`, `a longer reading of invented tool ${i}`] });
  if (i % 3 === 0) records.push({ headword: `den Wurpsel${i.toString(36)} drehen`, grammar: [], senses: [`to turn tool ${i}`] });
}
const packed = packDictionary(writeAsset('en', records), (raw) => deflateRawSync(raw, { level: 9 }));
const other = packDictionary(writeAsset('tr', records.slice(0, 50)), (raw) => deflateRawSync(raw, { level: 9 }));

function resources(en: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dict-'));
  mkdirSync(path.join(dir, 'dict'));
  writeFileSync(path.join(dir, 'dict', 'de-en.dict.bin'), en);
  writeFileSync(path.join(dir, 'dict', 'de-tr.dict.bin'), other);
  const entry = (lang: string) => ({ lang, file: `de-${lang}.dict.bin`, package: 'invented', version: '1', license: 'none', licenseFile: 'none' });
  writeFileSync(path.join(dir, 'dict', 'manifest.json'), JSON.stringify({ format: 2, languages: [entry('en'), entry('tr')] }));
  return dir;
}

describe('the glossaries loaded from disk, their keys inflated on zlib\'s threads (issue 19)', () => {
  it('answer as the asset opened directly does', async () => {
    const loaded = await loadDictionary(resources(packed));
    const direct = parseDictionary({ en: packed, tr: other }, { inflate: inflateRawSync });
    for (const probe of ['Wurpsel0', 'wurpsel1a', `Wurpsel${(5_999).toString(36)}`, 'Wurpsel', 'drehen', 'den', 'nichts']) {
      expect(loaded.lookup(probe, 'en')).toEqual(direct.lookup(probe, 'en'));
      expect(loaded.has(probe, 'en')).toBe(direct.has(probe, 'en'));
    }
    expect(loaded.lookup('Wurpsel1', 'tr')).toEqual(direct.lookup('Wurpsel1', 'tr'));
  });

  it('reads an entry section from the file when a lookup first needs it, and says so when the file has changed since', async () => {
    const dir = resources(packed);
    const file = path.join(dir, 'dict', 'de-en.dict.bin');
    const loaded = await loadDictionary(dir);
    const direct = parseDictionary({ en: packed }, { inflate: inflateRawSync });
    expect(loaded.lookup('Wurpsel1', 'en')).toEqual(direct.lookup('Wurpsel1', 'en'));
    // The same bytes written again: a section not read yet is no longer known to be the one the header described.
    writeFileSync(file, readFileSync(file));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    expect(loaded.has(`Wurpsel${(5_990).toString(36)}`, 'en')).toBe(true);
    expect(() => loaded.lookup(`Wurpsel${(5_990).toString(36)}`, 'en')).toThrow('has changed since it was loaded');
    // A section read before the change is at hand as it was.
    expect(loaded.lookup('Wurpsel1', 'en')).toEqual(direct.lookup('Wurpsel1', 'en'));
  });

  it('with a damaged keys section, is refused in core\'s words', async () => {
    const damaged = packed.slice();
    // The keys section follows the header; its middle overwritten.
    const headerEnd = 'lesestoff-dict-pack\n'.length + 4 + new DataView(damaged.buffer).getUint32('lesestoff-dict-pack\n'.length, true);
    damaged.fill(0xff, headerEnd + 20, headerEnd + 400);
    await expect(loadDictionary(resources(damaged))).rejects.toThrow('dictionary en: damaged asset');
  });
});
