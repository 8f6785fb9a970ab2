/**
 * Titles and roles that stand before or beside a name (`Außenminister X`, `der Berater des
 * Präsidenten, X`), organisation and place cues. Data for `src/core/facts/entities.ts`.
 */

/** Role nouns; compounds ending in one count too (`Verteidigungsminister`, `Rathaus-Chefin`). */
export const ROLE_HEADS = [
  'Minister', 'Ministerin', 'Präsident', 'Präsidentin', 'Kanzler', 'Kanzlerin', 'Chef', 'Chefin', 'Sprecher',
  'Sprecherin', 'Berater', 'Beraterin', 'Regierungschef', 'Regierungschefin', 'Staatschef', 'Staatschefin',
  'Vorsitzende', 'Vorsitzender', 'Direktor', 'Direktorin', 'Leiter', 'Leiterin', 'Analyst', 'Analystin',
  'Experte', 'Expertin', 'Botschafter', 'Botschafterin', 'Generalsekretär', 'Generalsekretärin', 'General',
  'Gouverneur', 'Gouverneurin', 'Bürgermeister', 'Bürgermeisterin', 'Abgeordnete', 'Abgeordneter', 'Senator',
  'Senatorin', 'Richter', 'Richterin', 'Anwalt', 'Anwältin', 'Staatsanwalt', 'Staatsanwältin', 'Professor',
  'Professorin', 'Trainer', 'Trainerin', 'Kommissar', 'Kommissarin', 'Premier', 'Premierminister',
  'Premierministerin', 'König', 'Königin', 'Papst', 'Diktator', 'Diktatorin', 'Machthaber', 'Machthaberin',
  'Oberbefehlshaber', 'Oberbefehlshaberin', 'Kommandeur', 'Kommandeurin',
  'Journalist', 'Journalistin', 'Korrespondent', 'Korrespondentin', 'Forscher', 'Forscherin', 'Wissenschaftler',
  'Wissenschaftlerin', 'Vize', 'Vizepräsident', 'Vizepräsidentin', 'Staatssekretär', 'Staatssekretärin',
  'Geschäftsführer', 'Geschäftsführerin', 'Vorstand', 'Gründer', 'Gründerin', 'Autor', 'Autorin', 'Kandidat',
  'Kandidatin', 'Parteichef', 'Parteichefin', 'Oppositionsführer', 'Oppositionsführerin', 'Funktionär',
  'Funktionärin', 'Beauftragte', 'Beauftragter', 'Diplomat', 'Diplomatin', 'Politiker', 'Politikerin',
  'Ökonom', 'Ökonomin', 'Historiker', 'Historikerin', 'Ermittler', 'Ermittlerin', 'Bischof', 'Bischöfin',
  'Manager', 'Managerin', 'Schauspieler', 'Schauspielerin', 'Sänger', 'Sängerin', 'Spieler', 'Spielerin', 'Stürmer',
  'Stürmerin', 'Torwart', 'Torhüter', 'Torhüterin', 'Sohn', 'Tochter', 'Vater', 'Mutter', 'Bruder', 'Schwester',
  'Ehefrau', 'Ehemann', 'Witwe',
  'Landrat', 'Landrätin', 'Arzt', 'Ärztin', 'Rektor', 'Rektorin', 'Pfarrer', 'Pfarrerin',
];

/**
 * Role words offered as wrong options beside those of their rank or field, which the text's names seldom stand beside
 * (so not in `ROLE_HEADS`): a mayor's local offices, a sportsman's other functions.
 */
export const ROLE_OPTIONS = ['Stadtrat', 'Stadträtin', 'Gemeinderat', 'Gemeinderätin', 'Sportdirektor', 'Sportdirektorin', 'Schiedsrichter', 'Schiedsrichterin'];

/** Academic titles between a role and a name (`Chefärztin Dr. Anna Weber`): no part of the name. */
export const NAME_TITLES = ['Dr.', 'Dr', 'Prof.', 'Prof'];

/**
 * Role compounds are recognised by these endings (lower case, as in `Verteidigungsminister`). `-rätin` always names a
 * woman (`Stadträtin`, `Landesrätin`); `-rat` is as often the council itself (`Stadtrat`, `Bundesrat`), so it is none.
 */
export const ROLE_SUFFIXES = [
  'minister', 'ministerin', 'präsident', 'präsidentin', 'kanzler', 'kanzlerin', 'chef', 'chefin', 'sprecher',
  'sprecherin', 'berater', 'beraterin', 'direktor', 'direktorin', 'leiter', 'leiterin', 'experte', 'expertin',
  'sekretär', 'sekretärin', 'vorsitzende', 'vorsitzender', 'analyst', 'analystin', 'botschafter', 'botschafterin',
  'führer', 'führerin', 'korrespondent', 'korrespondentin', 'forscher', 'forscherin', 'anwalt', 'anwältin',
  'trainer', 'trainerin', 'manager', 'managerin', 'kommissar', 'kommissarin', 'richter', 'richterin',
  'ökonom', 'ökonomin', 'loge', 'login', 'wissenschaftler', 'wissenschaftlerin', 'politiker', 'politikerin',
  'rechtler', 'rechtlerin', 'historiker', 'historikerin', 'vertreter', 'vertreterin', 'beauftragte', 'beauftragter',
  'arzt', 'ärztin', 'bürgermeister', 'bürgermeisterin', 'rätin',
];

/** Words that name organisations or end their names (`Kreml`, `Bundesregierung`, `… AG`). */
export const ORGANISATION_HINTS = [
  'Regierung', 'Ministerium', 'Kreml', 'Weißes Haus', 'Parlament', 'Partei', 'Polizei', 'Armee', 'Militär',
  'Agentur', 'Nachrichtenagentur', 'Gericht', 'Bundesregierung', 'Konzern', 'Unternehmen', 'Verband', 'Verein',
  'Institut', 'Behörde', 'Kommission', 'Rat', 'Bank', 'AG', 'GmbH', 'Stiftung', 'Gewerkschaft', 'Zeitung',
  'Sender', 'Universität', 'Uni', 'Programm', 'Organisation', 'Staatsanwaltschaft', 'Bundestag', 'Senat', 'Firma',
  'Klinik', 'Klinikum', 'Krankenhaus', 'Hochschule', 'Verlag',
];
/**
 * Endings of the nouns news puts before a company's name to say what it makes or does (`der Autobauer Nordmobil`, `der
 * Chiphersteller X`, `die Supermarktkette X`); alone they name no organisation. No ending that also names a person's
 * trade (`-händler`, `-entwickler`: `der Kunsthändler Max Weber`) or people (`-riese` ends `Friese`).
 */
export const ORGANISATION_DESCRIPTORS = [
  'autobauer', 'flugzeugbauer', 'maschinenbauer', 'hersteller', 'anbieter', 'versicherer', 'versorger', 'zulieferer',
  'discounter', 'reederei', 'fluggesellschaft', 'airline', 'kette', 'dienstleister',
];
export const ORGANISATION_SUFFIXES = ['ministerium', 'regierung', 'behörde', 'gericht', 'agentur', 'verband', 'partei', 'polizei', 'konzern', 'kommission', 'institut', 'bank', 'zeitung', 'sender'];

/**
 * Words that end or open an organisation's name, for the entity tagger (issue 15): legal forms, bodies, clubs and
 * their English counterparts, which German news keeps (`California Institute of Technology`, `SC Paderborn`,
 * `Dave Matthews Band`). Evidence the model weighs, also for the capitalised words before them.
 */
export const ORGANISATION_HEADS = [
  'GmbH', 'AG', 'KG', 'OHG', 'SE', 'e.V.', 'eG', 'e.G.', 'Inc.', 'Inc', 'Ltd.', 'Ltd', 'Corp.', 'LLC', 'plc', 'NV', 'S.A.',
  'Holding', 'Gruppe', 'Group', 'Konzern', 'Verlag', 'Verband', 'Verein', 'Partei', 'Fraktion', 'Ministerium',
  'Staatsministerium', 'Bundesministerium', 'Amt', 'Bundesamt', 'Landesamt', 'Behörde', 'Gericht', 'Gerichtshof',
  'Universität', 'Hochschule', 'Akademie', 'Institut', 'Gesellschaft', 'Genossenschaft', 'Stiftung', 'Bank',
  'Sparkasse', 'Kommission', 'Agentur', 'Rat', 'Bund', 'Union', 'Liga', 'Club', 'Klub', 'FC', 'SC', 'SV', 'TSV',
  'VfB', 'VfL', 'SSV', 'TuS', 'SG', 'SpVgg', 'BSC', 'Orchester', 'Chor', 'Band', 'Theater', 'Museum', 'Zeitung',
  'Rundfunk', 'Fernsehen', 'Kirche', 'Gemeinde', 'Werke', 'Werk', 'Council', 'Institute', 'University', 'College',
  'School', 'Association', 'Federation', 'Corporation', 'Company', 'Airlines', 'Airways', 'Records', 'Theatre',
  'Laboratory', 'Force', 'Bureau', 'Agency', 'Service', 'Foundation', 'Society', 'Party', 'Times', 'News', 'Press',
];

/** Countries and regions, in the forms they take in running text. */
export const PLACES = [
  'Deutschland', 'Österreich', 'Schweiz', 'Frankreich', 'Italien', 'Spanien', 'Portugal', 'Polen', 'Tschechien',
  'Ungarn', 'Rumänien', 'Bulgarien', 'Griechenland', 'Türkei', 'Russland', 'Ukraine', 'Belarus', 'Weißrussland',
  'China', 'Japan', 'Indien', 'Pakistan', 'Iran', 'Irak', 'Syrien', 'Israel', 'Libanon', 'Ägypten', 'Nordkorea',
  'Südkorea', 'Korea', 'USA', 'Vereinigten Staaten', 'Kanada', 'Mexiko', 'Brasilien', 'Argentinien', 'Großbritannien',
  'England', 'Irland', 'Niederlande', 'Belgien', 'Luxemburg', 'Dänemark', 'Schweden', 'Norwegen', 'Finnland',
  'Afghanistan', 'Saudi-Arabien', 'Katar', 'Jemen', 'Afrika', 'Europa', 'Asien', 'Amerika', 'Australien',
  'Berlin', 'Wien', 'Moskau', 'Peking', 'Washington', 'Paris', 'London', 'Rom', 'Madrid', 'Brüssel', 'Kiew',
  'Tokio', 'Seoul', 'Hamburg', 'München', 'Köln', 'Frankfurt', 'Zürich', 'Genf', 'Bern', 'Linz', 'Graz',
  'Salzburg', 'Innsbruck', 'Vietnam', 'Thailand', 'Indonesien', 'Serbien', 'Kroatien', 'Slowenien', 'Kosovo',
  'Gaza', 'Gazastreifen', 'Westjordanland', 'Kuba', 'Venezuela', 'Kolumbien', 'Chile', 'Peru', 'Nigeria',
  'Kenia', 'Äthiopien', 'Südafrika', 'Marokko', 'Algerien', 'Tunesien', 'Libyen', 'Sudan', 'Mali', 'Taiwan',
];
/** Prepositions that introduce a place (`in X`, `nach X`, `aus X`). */
export const PLACE_PREPOSITIONS = ['in', 'nach', 'aus', 'bei', 'im'];

/**
 * Words right before a name that make it a place: `in` and `nach` (GermEval 2014 dev: 200 places after them, 5 persons
 * and 2 organisations; `im`, `aus`, `bei` and `zu` also lead to organisations and persons, `im Bundestag`, `bei Siemens`)
 * and nouns for a kind of place, by their lemma (`der Stadt Wetzlar`, `die Gemeinde Pflückuff`, `des Fürstentums
 * Schwarzburg-Rudolstadt`: 36 names after such a noun there, all places).
 */
export const NAME_PLACE_CUES = [
  'in', 'nach',
  'Stadt', 'Hauptstadt', 'Kreisstadt', 'Großstadt', 'Kleinstadt', 'Metropole', 'Gemeinde', 'Ortsgemeinde', 'Dorf', 'Ort',
  'Ortsteil', 'Ortschaft', 'Stadtteil', 'Stadtbezirk', 'Bezirk', 'Landkreis', 'Kanton', 'Provinz', 'Bundesland',
  'Bundesstaat', 'Republik', 'Königreich', 'Fürstentum', 'Herzogtum', 'Grafschaft', 'Emirat', 'Insel', 'Halbinsel',
  'Berg', 'Fluss', 'Hafen', 'Flughafen', 'Bahnhof', 'Station', 'Kloster',
];

/**
 * Nouns for a kind of organisation that make the name right after them one, by their lemma or as a compound's head
 * (`die Firma Century Media`, `der Rockband Fold Zandura`, `beim Chemiekonzern Holtmann`; GermEval 2014 dev: of 40
 * capitalised words right after one, 34 open an organisation, none a person or place). Not `Verlag`, `Stiftung`, `Haus`,
 * `Werk`: what follows them there is a person or a place too.
 */
export const NAME_ORGANISATION_CUES = [
  'Firma', 'Unternehmen', 'Konzern', 'Verein', 'Klub', 'Club', 'Fluggesellschaft', 'Ölgesellschaft', 'Reederei',
  'Versicherung', 'Bank', 'Bankhaus', 'Hersteller', 'Betreiber', 'Band', 'Ensemble', 'Gewerkschaft', 'Verband',
  'Vereinigung', 'Agentur', 'Sender', 'Nachrichtensender', 'Zeitung', 'Erstligist', 'Zweitligist', 'Team', 'Marke',
];

/**
 * Nouns for a kind of work or product that make the name right after them a title, no person's or body's name (`der Film
 * Roman Holiday`, `Filme wie …`, `das Album „Nordwind“`, `das Betriebssystem …`), by their lemma or as a compound's head
 * (`Spielfilm`). GermEval 2014 dev: of 13 capitalised words right after `Film`, `Album`, `Song`, `Lied`, `Serie`, `Buch` or
 * `Dokumentation`, 12 open a title (OTH) and none a person, body or place. Not `Spiel` (a match against a team), `Titel` (a
 * sportsman's title), `Werk` (a works), `Zeitschrift` or `Magazin` (a body to GermEval: `des Magazins „The Face“`).
 */
export const NAME_TITLE_CUES = [
  'Film', 'Roman', 'Album', 'Song', 'Lied', 'Single', 'Serie', 'Buch', 'Dokumentation', 'Oper', 'Musical', 'Gedicht',
  'Software', 'Betriebssystem', 'Browser', 'Protokoll',
];

/**
 * Capitalised words of credits, captions and links that are never part of a name. Whole credit lines are
 * page furniture (`articleMeta.ts`) and no fact is asked about them, whatever language they are in.
 */
export const NON_NAME_WORDS = ['Copyright', 'Foto', 'Fotos', 'Bild', 'Bilder', 'Symbolbild', 'Grafik', 'Video', 'Quelle', 'Mehr', 'Lesen', 'Weiterlesen'];
