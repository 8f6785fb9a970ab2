import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedDataLicenses, isAllowed, productionPackages } from '../../../scripts/checkLicenses.mjs';

describe('isAllowed', () => {
  it.each([
    ['MIT', true],
    ['GPL-3.0-or-later', true],
    ['LGPL-2.1-or-later', true],
    ['(MPL-2.0 OR Apache-2.0)', true],
    ['MIT AND ISC', true],
    ['GPL-2.0-only OR MIT', true],
    ['Apache-2.0 WITH LLVM-exception', true],
    // GPL-2.0-only cannot be combined with GPL-3 code; the others are not free or not compatible.
    ['GPL-2.0-only', false],
    ['GPL-2.0', false],
    ['MIT AND GPL-2.0-only', false],
    ['AGPL-3.0-only', false],
    ['CC-BY-NC-4.0', false],
    ['SSPL-1.0', false],
    ['UNLICENSED', false],
    ['SEE LICENSE IN LICENSE.txt', false],
    ['', false],
  ])('%s → %s', (expression, allowed) => {
    expect(isAllowed(expression)).toBe(allowed);
  });

  it('lets data under CC BY-SA and GPL-2+ ship, but not non-commercial data', () => {
    expect(isAllowed('CC-BY-SA-4.0', allowedDataLicenses)).toBe(true);
    expect(isAllowed('GPL-2+', allowedDataLicenses)).toBe(true);
    expect(isAllowed('CC-BY-NC-SA-4.0', allowedDataLicenses)).toBe(false);
  });
});

describe('productionPackages', () => {
  /** A project with one dependency `a` that needs `b` (nested, another version) and a dev dependency `d`. */
  function project(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'licences-'));
    const pkg = (dir: string, meta: object) => {
      mkdirSync(path.join(root, dir), { recursive: true });
      writeFileSync(path.join(root, dir, 'package.json'), JSON.stringify(meta));
    };
    pkg('.', { name: 'app', dependencies: { a: '1' }, devDependencies: { d: '1' } });
    pkg('node_modules/a', { name: 'a', version: '1.0.0', license: 'MIT', dependencies: { b: '2' } });
    pkg('node_modules/a/node_modules/b', { name: 'b', version: '2.0.0', license: 'GPL-2.0-only' });
    pkg('node_modules/b', { name: 'b', version: '1.0.0', license: 'ISC' });
    pkg('node_modules/d', { name: 'd', version: '1.0.0', license: 'UNLICENSED' });
    const lock = {
      packages: {
        '': { name: 'app' },
        'node_modules/a': { version: '1.0.0', dependencies: { b: '2' } },
        'node_modules/a/node_modules/b': { version: '2.0.0' },
        'node_modules/b': { version: '1.0.0' },
        'node_modules/d': { version: '1.0.0', dev: true },
      },
    };
    writeFileSync(path.join(root, 'package-lock.json'), JSON.stringify(lock));
    return root;
  }

  it('walks the installed production tree the way Node resolves it, without dev dependencies', () => {
    const { packages, missing } = productionPackages(project());
    expect(missing).toEqual([]);
    expect(packages.map((p) => `${p.name}@${p.version} ${p.license}`).sort()).toEqual(['a@1.0.0 MIT', 'b@2.0.0 GPL-2.0-only']);
    expect(packages.filter((p) => !isAllowed(p.license ?? '')).map((p) => p.name)).toEqual(['b']);
  });

  it("finds every package of this project's production tree with an allowed licence", () => {
    const { packages, missing } = productionPackages('.');
    expect(missing).toEqual([]);
    expect(packages.length).toBeGreaterThan(10);
    expect(packages.filter((p) => !isAllowed(p.license ?? '')).map((p) => `${p.name}: ${p.license}`)).toEqual([]);
  });
});
