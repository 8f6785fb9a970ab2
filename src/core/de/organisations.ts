/**
 * Organisations German news names most: parties, institutions, agencies, media, large companies, clubs and sports
 * bodies, as they are written in running text (issue 15). The entity tagger weighs a listed name as evidence, so a
 * name that is also a common word (`Die Linke`, `Bayern`) is typed by its context, never by the list alone.
 */
export const KNOWN_ORGANISATIONS = [
  // parties and parliaments
  'CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'Grünen', 'Bündnis 90/Die Grünen', 'Linkspartei', 'Die Linke', 'NPD', 'BSW',
  'ÖVP', 'SPÖ', 'FPÖ', 'NEOS', 'SVP', 'FDP.Die Liberalen', 'SP', 'Tories', 'Labour',
  'Bundestag', 'Bundesrat', 'Landtag', 'Nationalrat', 'Ständerat', 'Europaparlament', 'Europäisches Parlament',
  'Europäischen Parlaments', 'Duma', 'Knesset',
  // states' bodies and international institutions
  'Bundesregierung', 'Bundeswehr', 'Bundesverfassungsgericht', 'Bundesgerichtshof', 'BGH', 'Bundesbank',
  'Bundeskartellamt', 'Bundesnachrichtendienst', 'BND', 'Verfassungsschutz', 'Bundespolizei', 'Bundesagentur für Arbeit',
  'EU', 'Europäische Union', 'Europäischen Union', 'EU-Kommission', 'Europäische Kommission', 'Europäischen Kommission',
  'EZB', 'Europäische Zentralbank', 'Europäischen Zentralbank', 'UN', 'UNO', 'Vereinte Nationen', 'Vereinten Nationen',
  'NATO', 'Nato', 'OSZE', 'OECD', 'WHO', 'WTO', 'IWF', 'Weltbank', 'UNICEF', 'UNESCO', 'UNHCR', 'IAEA', 'Interpol',
  'Europol', 'Frontex', 'FBI', 'CIA', 'NSA', 'KGB', 'FSB', 'Pentagon', 'Kreml', 'Mossad', 'Hamas', 'Hisbollah',
  'Taliban', 'Al-Kaida', 'IS', 'G7', 'G20', 'ASEAN', 'OPEC', 'Afrikanische Union', 'Rotes Kreuz', 'Roten Kreuz',
  'Roten Kreuzes', 'DRK', 'Greenpeace', 'Amnesty International', 'Caritas', 'Diakonie', 'ADAC', 'DGB', 'IG Metall',
  // media and news agencies
  'ARD', 'ZDF', 'ORF', 'SRF', 'RTL', 'Sat.1', 'ProSieben', 'Deutschlandfunk', 'Deutsche Welle', 'NDR', 'WDR',
  'BR', 'SWR', 'MDR', 'HR', 'RBB', 'dpa', 'AFP', 'Reuters', 'AP', 'APA', 'KNA', 'epd', 'SDA', 'Bloomberg', 'CNN', 'BBC',
  'Spiegel', 'FAZ', 'Frankfurter Allgemeine', 'Süddeutsche Zeitung', 'Süddeutschen Zeitung',
  'taz', 'Handelsblatt', 'Tagesspiegel', 'Kurier', 'NZZ',
  'Neue Zürcher Zeitung', 'New York Times', 'Washington Post', 'Guardian', 'Le Monde', 'Al Jazeera', 'Tass', 'Xinhua',
  // companies
  'Adidas', 'Allianz', 'BASF', 'Bayer', 'BMW', 'Continental', 'Daimler', 'Mercedes-Benz', 'Deutsche Bank',
  'Commerzbank', 'Deutsche Telekom', 'Telekom', 'Deutsche Post', 'DHL', 'Deutsche Bahn', 'Lufthansa', 'Siemens',
  'SAP', 'Volkswagen', 'VW', 'Porsche', 'Audi', 'Opel', 'Bosch', 'Henkel', 'Merck', 'RWE', 'Eon', 'E.ON', 'EnBW',
  'Vattenfall', 'Infineon', 'ThyssenKrupp', 'Thyssenkrupp', 'Bertelsmann', 'Aldi', 'Lidl', 'Rewe', 'Edeka',
  'Airbus', 'Boeing', 'Apple', 'Google', 'Alphabet', 'Microsoft', 'Amazon', 'Facebook', 'Meta', 'Twitter', 'Tesla',
  'IBM', 'Intel', 'Nvidia', 'Samsung', 'Sony', 'Toyota', 'Nokia', 'Ericsson', 'Nestlé', 'Novartis', 'Roche', 'UBS',
  'Credit Suisse', 'Gazprom', 'Rosneft', 'Shell', 'BP', 'Exxon', 'Uber', 'Netflix', 'Spotify', 'Yahoo', 'eBay',
  'Huawei', 'Alibaba', 'TikTok', 'OpenAI', 'Renault', 'Fiat', 'Ford', 'General Motors', 'GM', 'Chrysler', 'Nike',
  'Ikea', 'H&M', 'Zalando', 'Deutsche Börse', 'Fraunhofer', 'Max-Planck-Gesellschaft', 'Helmholtz',
  // sports
  'FIFA', 'UEFA', 'IOC', 'DFB', 'DFL', 'DOSB', 'NBA', 'NFL', 'NHL', 'Bundesliga', 'Bayern München', 'FC Bayern',
  'Borussia Dortmund', 'BVB', 'Schalke', 'Werder Bremen', 'Hertha BSC', 'Bayer Leverkusen', 'RB Leipzig',
  'Eintracht Frankfurt', 'VfB Stuttgart', 'Hamburger SV', 'HSV', 'Real Madrid', 'FC Barcelona',
  'Juventus', 'Chelsea', 'Arsenal', 'Manchester United', 'Manchester City', 'Ajax', 'Rapid Wien',
  'Austria Wien', 'Red Bull Salzburg', 'Ferrari', 'McLaren', 'Red Bull',
];
