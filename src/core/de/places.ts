// Read by the quiz (an option is a place of the answer's kind) and by the analysis (a capitalised word they list is a
// name, not a compound of nouns: `Nordland` is no land in the north once the lists name it).
/**
 * Continents, countries, regions and cities by name, so options are places of the answer's kind (`in Kiel` beside
 * `in Bergen`, not `in Polen`): the world's countries, the capital of each (none spelt like its country: Luxemburg
 * stays a country), the large cities of the German-speaking countries and others news is often filed from, the states
 * of Germany and Austria and regions news names as regions. A place none of them lists is typed by the text's own words
 * (`die Stadt Kiel`) or not at all.
 */
export const CONTINENTS: ReadonlySet<string> = new Set(['Europa', 'Asien', 'Afrika', 'Amerika', 'Australien', 'Nordamerika', 'Südamerika', 'Lateinamerika', 'Ozeanien', 'Antarktis']);
export const COUNTRIES: ReadonlySet<string> = new Set([
  'Albanien', 'Andorra', 'Belgien', 'Bosnien-Herzegowina', 'Bulgarien', 'Dänemark', 'Deutschland', 'Estland', 'Finnland', 'Frankreich',
  'Griechenland', 'Irland', 'Island', 'Italien', 'Kosovo', 'Kroatien', 'Lettland', 'Liechtenstein', 'Litauen', 'Luxemburg', 'Malta',
  'Moldau', 'Moldawien', 'Monaco', 'Montenegro', 'Niederlande', 'Nordmazedonien', 'Mazedonien', 'Norwegen', 'Österreich', 'Polen',
  'Portugal', 'Rumänien', 'Russland', 'San Marino', 'Schweden', 'Schweiz', 'Serbien', 'Slowakei', 'Slowenien', 'Spanien', 'Tschechien',
  'Türkei', 'Ukraine', 'Ungarn', 'Vatikan', 'Belarus', 'Weißrussland', 'Großbritannien', 'England', 'Schottland', 'Wales', 'Nordirland',
  'Zypern', 'Afghanistan', 'Armenien', 'Aserbaidschan', 'Bahrain', 'Bangladesch', 'Bhutan', 'Brunei', 'China', 'Georgien', 'Indien',
  'Indonesien', 'Irak', 'Iran', 'Israel', 'Japan', 'Jemen', 'Jordanien', 'Kambodscha', 'Kasachstan', 'Katar', 'Kirgistan', 'Kuwait',
  'Laos', 'Libanon', 'Malaysia', 'Malediven', 'Mongolei', 'Myanmar', 'Nepal', 'Nordkorea', 'Oman', 'Pakistan', 'Palästina',
  'Philippinen', 'Saudi-Arabien', 'Singapur', 'Sri Lanka', 'Südkorea', 'Korea', 'Syrien', 'Tadschikistan', 'Taiwan', 'Thailand',
  'Osttimor', 'Turkmenistan', 'Usbekistan', 'Vietnam', 'Vereinigte Arabische Emirate', 'Vereinigten Arabischen Emirate', 'Ägypten',
  'Algerien', 'Angola', 'Äthiopien', 'Benin', 'Botsuana', 'Burkina Faso', 'Burundi', 'Dschibuti', 'Elfenbeinküste', 'Eritrea', 'Gabun',
  'Gambia', 'Ghana', 'Guinea', 'Kamerun', 'Kenia', 'Kongo', 'Lesotho', 'Liberia', 'Libyen', 'Madagaskar', 'Malawi', 'Mali', 'Marokko',
  'Mauretanien', 'Mauritius', 'Mosambik', 'Namibia', 'Niger', 'Nigeria', 'Ruanda', 'Sambia', 'Senegal', 'Seychellen', 'Sierra Leone',
  'Simbabwe', 'Somalia', 'Südafrika', 'Sudan', 'Südsudan', 'Tansania', 'Togo', 'Tschad', 'Tunesien', 'Uganda', 'Zentralafrikanische Republik',
  'Argentinien', 'Bahamas', 'Bolivien', 'Brasilien', 'Chile', 'Costa Rica', 'Dominikanische Republik', 'Ecuador', 'El Salvador',
  'Guatemala', 'Haiti', 'Honduras', 'Jamaika', 'Kanada', 'Kolumbien', 'Kuba', 'Mexiko', 'Nicaragua', 'Panama', 'Paraguay', 'Peru',
  'Uruguay', 'USA', 'Vereinigte Staaten', 'Vereinigten Staaten', 'Venezuela', 'Neuseeland', 'Fidschi', 'Papua-Neuguinea',
]);
export const REGIONS: ReadonlySet<string> = new Set([
  'Baden-Württemberg', 'Bayern', 'Hessen', 'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz',
  'Saarland', 'Sachsen', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen', 'Burgenland', 'Kärnten', 'Niederösterreich',
  'Oberösterreich', 'Steiermark', 'Tirol', 'Vorarlberg', 'Südtirol', 'Gazastreifen', 'Westjordanland', 'Krim', 'Katalonien',
  'Kurdistan', 'Tibet', 'Tschetschenien', 'Kaschmir', 'Darfur', 'Sibirien', 'Donbass', 'Kalifornien', 'Texas', 'Florida',
]);
export const CITIES: ReadonlySet<string> = new Set([
  'Berlin', 'Wien', 'Moskau', 'Peking', 'Washington', 'Paris', 'London', 'Rom', 'Madrid', 'Brüssel', 'Kiew', 'Tokio', 'Seoul',
  'Hamburg', 'München', 'Köln', 'Frankfurt', 'Zürich', 'Genf', 'Bern', 'Linz', 'Graz', 'Salzburg', 'Innsbruck', 'Gaza',
  'Amsterdam', 'Athen', 'Belgrad', 'Bratislava', 'Budapest', 'Bukarest', 'Dublin', 'Helsinki', 'Kopenhagen', 'Lissabon', 'Ljubljana',
  'Minsk', 'Oslo', 'Prag', 'Riga', 'Sarajevo', 'Skopje', 'Sofia', 'Stockholm', 'Tallinn', 'Tirana', 'Vilnius', 'Warschau', 'Zagreb',
  'Ankara', 'Istanbul', 'Jerusalem', 'Tel Aviv', 'Beirut', 'Damaskus', 'Bagdad', 'Teheran', 'Kabul', 'Islamabad',
  'Neu-Delhi', 'Delhi', 'Mumbai', 'Bangkok', 'Hanoi', 'Manila', 'Jakarta', 'Shanghai', 'Hongkong', 'Pjöngjang', 'Taipeh', 'Kairo',
  'Tripolis', 'Tunis', 'Algier', 'Rabat', 'Nairobi', 'Lagos', 'Johannesburg', 'Kapstadt', 'Riad', 'Doha', 'Dubai', 'Abu Dhabi',
  'Sanaa', 'Ottawa', 'Toronto', 'New York', 'Chicago', 'Los Angeles', 'San Francisco', 'Boston', 'Miami', 'Havanna', 'Caracas',
  'Bogotá', 'Lima', 'Santiago', 'Buenos Aires', 'Brasília', 'Rio de Janeiro', 'São Paulo', 'Mexiko-Stadt', 'Sydney', 'Canberra',
  'Stuttgart', 'Düsseldorf', 'Dortmund', 'Leipzig', 'Dresden', 'Hannover', 'Nürnberg', 'Bremen', 'Kiel', 'Lübeck',
  'Rostock', 'Bonn', 'Mainz', 'Wiesbaden', 'Freiburg', 'Heidelberg', 'Karlsruhe', 'Mannheim', 'Augsburg', 'Regensburg', 'Erfurt',
  'Magdeburg', 'Potsdam', 'Schwerin', 'Saarbrücken', 'Klagenfurt', 'Villach', 'Wels', 'Steyr', 'St. Pölten', 'Bregenz', 'Dornbirn',
  'Eisenstadt', 'Wiener Neustadt', 'Basel', 'Lausanne', 'Luzern', 'St. Gallen', 'Lugano', 'Mailand', 'Neapel', 'Venedig', 'Florenz',
  'Turin', 'Barcelona', 'Valencia', 'Sevilla', 'Marseille', 'Lyon', 'Straßburg', 'Manchester', 'Liverpool', 'Glasgow', 'Edinburgh',
  'Antwerpen', 'Rotterdam', 'Den Haag', 'Krakau', 'Danzig', 'Breslau', 'Sankt Petersburg', 'St. Petersburg', 'Odessa',
  // The other countries' capitals.
  'Andorra la Vella', 'Reykjavík', 'Pristina', 'Vaduz', 'Valletta', 'Chișinău', 'Podgorica', 'Cardiff', 'Belfast', 'Nikosia',
  'Jerewan', 'Baku', 'Manama', 'Dhaka', 'Thimphu', 'Bandar Seri Begawan', 'Tiflis', 'Amman', 'Phnom Penh', 'Astana', 'Bischkek',
  'Vientiane', 'Kuala Lumpur', 'Malé', 'Ulan Bator', 'Naypyidaw', 'Kathmandu', 'Maskat', 'Colombo', 'Duschanbe', 'Dili',
  'Aschgabat', 'Taschkent', 'Luanda', 'Addis Abeba', 'Porto-Novo', 'Gaborone', 'Ouagadougou', 'Gitega', 'Yamoussoukro', 'Asmara',
  'Libreville', 'Banjul', 'Accra', 'Conakry', 'Jaunde', 'Kinshasa', 'Brazzaville', 'Maseru', 'Monrovia', 'Antananarivo',
  'Lilongwe', 'Bamako', 'Nouakchott', 'Port Louis', 'Maputo', 'Windhuk', 'Niamey', 'Abuja', 'Kigali', 'Lusaka', 'Dakar',
  'Freetown', 'Harare', 'Mogadischu', 'Pretoria', 'Khartum', 'Juba', 'Dodoma', 'Lomé', "N'Djamena", 'Kampala', 'Bangui', 'Nassau',
  'Sucre', 'La Paz', 'San José', 'Santo Domingo', 'Quito', 'San Salvador', 'Port-au-Prince', 'Tegucigalpa', 'Kingston', 'Managua',
  'Asunción', 'Montevideo', 'Wellington', 'Suva', 'Port Moresby',
]);

/** A compass point before a place (`Südnordland`, `Nordwestnordland`): the rest, capitalised, is the place it is part of. */
export function compassBase(name: string): string | null {
  const part = /^(?:Nord|Süd|Ost|West|Zentral|Mittel)(?:ost|west)?(\p{Ll})(\p{Ll}{2,})$/u.exec(name);
  return part && part[1]!.toUpperCase() + part[2]!;
}
