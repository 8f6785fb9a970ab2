// Read by the quiz (an option is a place of the answer's kind) and by the analysis (a capitalised word they list is a
// name, not a compound of nouns: `Nordland` is no land in the north once the lists name it).
import { CAPITAL_DATA, CITY_DATA, COUNTRY_DATA, REGION_DATA } from './placesData';

/**
 * Continents and the parts of the world news names as one (`Lateinamerika`): a closed list, kept here; a name of two
 * kinds is a continent first (`Australien`, `Amerika`).
 */
export const CONTINENTS: ReadonlySet<string> = new Set(['Europa', 'Asien', 'Afrika', 'Amerika', 'Australien', 'Nordamerika', 'Südamerika', 'Lateinamerika', 'Ozeanien', 'Antarktis']);

/** A listed place's kind, and what the data tells of it: a capital's country, a city's people where GeoNames counts them. */
export interface PlaceFacts {
  kind: 'continent' | 'country' | 'capital' | 'city' | 'region';
  country?: string;
  population?: number;
}

/**
 * The generated lists (`placesData.ts`, built by scripts/buildPlaces.ts from open data, German names first), one kind
 * per name: `Nordstadt;12` a city of 12,000, `Nordhafen;310;Nordland` the capital of Nordland.
 */
const entries = (data: string): string[][] => data.trim().split(/[|\n]/u).map((e) => e.split(';')).filter(([name]) => !CONTINENTS.has(name!));
const names = (out: Set<string>, ...data: string[]): Set<string> => {
  for (const d of data) for (const name of d.trim().replace(/;[^|\n]*/gu, '').split(/[|\n]/u)) if (!CONTINENTS.has(name)) out.add(name);
  return out;
};

/**
 * Countries, and every listed place (continents, countries, regions, cities with the capitals among them), by name, so
 * options are places of the answer's kind (`in Kiel` beside `in Bergen`, not `in Polen`) and a listed place is a name,
 * not a compound: a country before its capital (`Luxemburg`), a city before its state (`Berlin`). A place none of
 * them lists is typed by the text's own words (`die Stadt Kiel`) or not at all. Built at the first name asked about,
 * not when a host loads the language: the app's page loads it too and never asks (issue 19: splitting 8,000 names
 * cost every host 12–20 ms at start).
 */
let lists: { countries: ReadonlySet<string>; all: ReadonlySet<string> } | undefined;
const placeLists = (): NonNullable<typeof lists> => {
  if (!lists) {
    const countries = names(new Set(), COUNTRY_DATA);
    lists = { countries, all: names(new Set([...CONTINENTS, ...countries]), REGION_DATA, CAPITAL_DATA, CITY_DATA) };
  }
  return lists;
};
export const isCountry = (name: string): boolean => placeLists().countries.has(name);
export const isListedPlace = (name: string): boolean => placeLists().all.has(name);

let facts: Map<string, PlaceFacts> | undefined;
/** What the lists know of a place (`Wien`: the capital of Österreich, 1.7 million people), or undefined. */
export function placeFacts(name: string): PlaceFacts | undefined {
  // Built at the first place asked about, not at every host's start (the analysis needs only the names).
  if (!facts) {
    facts = new Map([...CONTINENTS].map((n) => [n, { kind: 'continent' }]));
    for (const [data, kind] of [[COUNTRY_DATA, 'country'], [CAPITAL_DATA, 'capital'], [CITY_DATA, 'city'], [REGION_DATA, 'region']] as const) {
      for (const [place, people, country] of entries(data)) {
        const f: PlaceFacts = { kind };
        if (people) f.population = Number(people) * 1000;
        if (country) f.country = country;
        facts.set(place!, f);
      }
    }
  }
  return facts.get(name);
}

/** A compass point before a place (`Südnordland`, `Nordwestnordland`): the rest, capitalised, is the place it is part of. */
export function compassBase(name: string): string | null {
  const part = /^(?:Nord|Süd|Ost|West|Zentral|Mittel)(?:ost|west)?(\p{Ll})(\p{Ll}{2,})$/u.exec(name);
  return part && part[1]!.toUpperCase() + part[2]!;
}
