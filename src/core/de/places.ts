// Read by the quiz (an option is a place of the answer's kind) and by the analysis (a capitalised word they list is a
// name, not a compound of nouns: `Nordland` is no land in the north once the lists name it).
import { CAPITAL_DATA, CITY_DATA, COUNTRY_DATA, REGION_DATA } from './placesData';

/**
 * Continents and the parts of the world news names as one (`Lateinamerika`): a closed list, kept here; a name of two
 * kinds is a continent first (`Australien`, `Amerika`).
 */
export const CONTINENTS: ReadonlySet<string> = new Set(['Europa', 'Asien', 'Afrika', 'Amerika', 'Australien', 'Nordamerika', 'Südamerika', 'Lateinamerika', 'Ozeanien', 'Antarktis']);

/** A listed place's kind, and what the data tells of it: a capital's or a city's country, a city's people where GeoNames counts them. */
export interface PlaceFacts {
  kind: 'continent' | 'country' | 'capital' | 'city' | 'region';
  country?: string;
  population?: number;
}

/**
 * Every listed place by name with its kind (the generated lists, `placesData.ts`, built by scripts/buildPlaces.ts from
 * open data, German names first, one kind per name: `Nordstadt;12` a city of 12,000, after `@Nordland` one of
 * Nordland, `Nordhafen;310;Nordland` the capital of Nordland), so options are places of the answer's kind (`in Kiel` beside `in Bergen`, not `in Polen`) and
 * a listed place is a name, not a compound. A place none of them lists is typed by the text's own words (`die Stadt
 * Kiel`) or not at all. Built at the first name asked about, not when a host loads the language: the app's page loads
 * it too and never asks (issue 19: splitting 8,000 names cost every host 12–20 ms at start).
 */
let places: Map<string, PlaceFacts> | undefined;
function placeMap(): Map<string, PlaceFacts> {
  if (!places) {
    places = new Map([...CONTINENTS].map((n) => [n, { kind: 'continent' }]));
    for (const [data, kind] of [[COUNTRY_DATA, 'country'], [CAPITAL_DATA, 'capital'], [CITY_DATA, 'city'], [REGION_DATA, 'region']] as const) {
      // `@Nordland` opens the cities of Nordland.
      let within: string | undefined;
      for (const entry of data.trim().split(/[|\n]/u)) {
        if (entry.startsWith('@')) {
          within = entry.slice(1);
          continue;
        }
        const [place, people, country = within] = entry.split(';');
        if (CONTINENTS.has(place!)) continue;
        const f: PlaceFacts = { kind };
        if (people) f.population = Number(people) * 1000;
        if (country) f.country = country;
        places.set(place!, f);
      }
    }
  }
  return places;
}

/** What the lists know of a place (`Wien`: the capital of Österreich, 1.7 million people), or undefined. */
export const placeFacts = (name: string): PlaceFacts | undefined => placeMap().get(name);
export const isCountry = (name: string): boolean => placeFacts(name)?.kind === 'country';
export const isListedPlace = (name: string): boolean => placeMap().has(name);

/** A noun of a place's people without its case or feminine ending and its suffix of origin (`Spaniern` → Span). */
const peopleStem = (noun: string): string => noun.replace(/(?:innen|in|s|n)$/u, '').replace(/(?:ier|aner|ener|er|e)$/u, '');

/**
 * The country a noun calls a person from (`Spanier`, `Spaniern`, `Schwedin`, `Italiener` → Spanien, Schweden, Italien),
 * or null (`Ingenieur`, `Planer`): the noun without its case or feminine ending and its suffix of origin begins a
 * country's name. Four letters at least, so `Maler` (Mali, Malta) is no origin.
 */
export function originCountry(noun: string): string | null {
  const stem = peopleStem(noun);
  if (stem.length < 4) return null;
  for (const [name, f] of placeMap()) if (f.kind === 'country' && name.startsWith(stem)) return name;
  return null;
}

/** The country a place lies in: a country is its own, a capital or city the data's (`Istanbul` → Türkei); else null. */
export function countryOfPlace(name: string): string | null {
  const f = placeFacts(name);
  return f?.kind === 'country' ? name : (f?.country ?? null);
}

/**
 * Does a word name `country` by its adjective or its people (`türkischen`, `Türken`, `syrische`, `Schweizer` for Türkei,
 * Syrien, Schweiz)? Without its ending and its suffix of origin (`-isch`, `-sch`, `-er`), four letters of it at least
 * begin the country's name, or the name begins it.
 */
export function namesCountry(word: string, country: string): boolean {
  const adjective = /^(\p{Ll}{4,}?)i?sch(?:e[mnrs]?)?$/u.exec(word)?.[1];
  const stem = adjective ? adjective.charAt(0).toUpperCase() + adjective.slice(1) : /^\p{Lu}\p{Ll}+$/u.test(word) ? peopleStem(word) : '';
  return stem.length >= 4 && (country.startsWith(stem) || stem.startsWith(country));
}

/** A compass point before a place (`Südnordland`, `Nordwestnordland`): the rest, capitalised, is the place it is part of. */
export function compassBase(name: string): string | null {
  const part = /^(?:Nord|Süd|Ost|West|Zentral|Mittel)(?:ost|west)?(\p{Ll})(\p{Ll}{2,})$/u.exec(name);
  return part && part[1]!.toUpperCase() + part[2]!;
}
