// Licence check (issue 9), run by `npm test`; offline: reads package-lock.json and node_modules only.
//  1. Every production dependency (the tree under package.json `dependencies`, as installed) has a licence
//     compatible with GPL-3.0-or-later, the app's own licence.
//  2. The library list the About screen shows (src/renderer/about/libraries.json) names every direct
//     production dependency with the licence its package declares, so the screen cannot drift.
//  3. The bundled dictionary data (resources/dict/manifest.json) declares licences we can ship.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** SPDX ids a GPL-3.0-or-later program may include (permissive, weak copyleft, GPL-compatible copyleft). */
export const allowedLicenses = new Set([
  'MIT', 'MIT-0', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', '0BSD', 'Apache-2.0', 'MPL-2.0', 'Unlicense', 'CC0-1.0',
  'BlueOak-1.0.0', 'Python-2.0', 'Zlib', 'WTFPL', 'CC-BY-4.0',
  'LGPL-2.1-or-later', 'LGPL-3.0-or-later', 'LGPL-3.0-only', 'LGPL-2.1+', 'LGPL-3.0+', 'LGPL-3.0',
  'GPL-2.0-or-later', 'GPL-2.0+', 'GPL-3.0-or-later', 'GPL-3.0+', 'GPL-3.0-only', 'GPL-3.0',
]);
/** Licences of bundled data (not code): GPL-2+ data may go under GPL-3; CC BY-SA 4.0 is one-way compatible
 *  with GPLv3, and CC BY-SA 3.0 lets adaptations (our reformatted files) use 4.0 (its section 4b). */
export const allowedDataLicenses = new Set(['GPL-2+', 'GPL-3+', 'GPL-2.0-or-later', 'GPL-3.0-or-later', 'CC-BY-SA-4.0', 'CC-BY-SA-3.0', 'CC-BY-4.0', 'CC0-1.0']);

/** Evaluates an SPDX expression: `A OR B` needs one allowed side, `A AND B` both; `X WITH exception` counts as X. */
export function isAllowed(expression, allowed = allowedLicenses) {
  const tokens = String(expression).replace(/[()]/g, (p) => ` ${p} `).trim().split(/\s+/);
  let i = 0;
  const primary = () => {
    const token = tokens[i++];
    if (token === '(') {
      const value = orExpr();
      i++; // ')'
      return value;
    }
    if (tokens[i] === 'WITH') i += 2;
    return allowed.has(token);
  };
  const andExpr = () => {
    let value = primary();
    while (tokens[i] === 'AND') {
      i++;
      value = primary() && value;
    }
    return value;
  };
  const orExpr = () => {
    let value = andExpr();
    while (tokens[i] === 'OR') {
      i++;
      value = andExpr() || value;
    }
    return value;
  };
  return orExpr() && i === tokens.length;
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const licenseOf = (meta) =>
  typeof meta?.license === 'string' ? meta.license : (meta?.license?.type ?? (Array.isArray(meta?.licenses) ? meta.licenses.map((l) => l.type ?? l).join(' OR ') : undefined));

/** The installed production tree, resolved the way Node does: nearest node_modules first, then outwards. */
export function productionPackages(root = '.') {
  const lock = readJson(path.join(root, 'package-lock.json'));
  const entries = lock.packages ?? {};
  const resolve = (from, name) => {
    let dir = from;
    for (;;) {
      const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
      if (entries[candidate]) return candidate;
      if (!dir) return null;
      const cut = dir.lastIndexOf('/node_modules/');
      dir = cut >= 0 ? dir.slice(0, cut) : '';
    }
  };
  const found = new Map();
  const missing = [];
  const visit = (from, deps, optional) => {
    for (const name of Object.keys(deps ?? {})) {
      const at = resolve(from, name);
      if (!at) {
        if (!optional) missing.push(`${name} (needed by ${from || 'package.json'})`);
        continue;
      }
      if (found.has(at)) continue;
      const entry = entries[at];
      const installed = existsSync(path.join(root, at, 'package.json')) ? readJson(path.join(root, at, 'package.json')) : null;
      found.set(at, { name, version: entry.version, license: licenseOf(installed) ?? licenseOf(entry) });
      const meta = installed ?? entry;
      const requiredPeers = Object.fromEntries(
        Object.entries(meta.peerDependencies ?? {}).filter(([peer]) => !meta.peerDependenciesMeta?.[peer]?.optional),
      );
      visit(at, meta.dependencies, false);
      visit(at, meta.optionalDependencies, true);
      visit(at, requiredPeers, false);
    }
  };
  visit('', readJson(path.join(root, 'package.json')).dependencies, false);
  return { packages: [...found.values()], missing };
}

function main() {
  const problems = [];
  const { packages, missing } = productionPackages();
  for (const m of missing) problems.push(`not installed: ${m}`);
  const byLicense = new Map();
  for (const p of packages) {
    if (!p.license) problems.push(`${p.name}@${p.version}: no licence field`);
    else if (!isAllowed(p.license)) problems.push(`${p.name}@${p.version}: ${p.license} is not on the GPL-3.0-or-later allow-list`);
    byLicense.set(p.license, (byLicense.get(p.license) ?? 0) + 1);
  }

  const libraries = readJson('src/renderer/about/libraries.json');
  const direct = Object.keys(readJson('package.json').dependencies ?? {});
  for (const name of direct) if (!libraries.some((l) => l.name === name)) problems.push(`About screen: libraries.json lacks the dependency ${name}`);
  for (const lib of libraries) {
    const file = path.join('node_modules', lib.name, 'package.json');
    const declared = existsSync(file) ? licenseOf(readJson(file)) : undefined;
    if (declared !== lib.license) problems.push(`About screen: libraries.json says ${lib.name} is ${lib.license}, its package says ${declared ?? 'nothing (not installed)'}`);
    else if (!isAllowed(declared)) problems.push(`About screen: ${lib.name} (${declared}) is not on the allow-list`);
  }

  let dataCount = 0;
  if (existsSync('resources/dict/manifest.json')) {
    for (const entry of readJson('resources/dict/manifest.json').languages ?? []) {
      dataCount++;
      if (!allowedDataLicenses.has(entry.license)) problems.push(`resources/dict: ${entry.package} is ${entry.license}, not on the data allow-list`);
      if (entry.licenseFile && !existsSync(path.join('resources/dict', entry.licenseFile))) problems.push(`resources/dict: ${entry.licenseFile} is missing`);
    }
  }

  const summary = [...byLicense].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ×${n}`).join(', ');
  console.log(`licences: ${packages.length} production packages (${summary}); ${libraries.length} listed on the About screen; ${dataCount} bundled dictionaries`);
  if (problems.length) {
    for (const p of problems) console.log(`✖ ${p}`);
    process.exit(1);
  }
  console.log('licences: all compatible with GPL-3.0-or-later');
}

if (import.meta.url === `file://${process.argv[1]}`) main();
