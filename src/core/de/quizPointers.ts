/**
 * German words of a gap's clause that point to what another sentence names (issue 15; judged unclear in round i:
 * `Normalerweise leben dort ungefähr ___ Menschen`, `Das Land ist jetzt schon mit ___ Soldaten …`, `___ Menschen sollen
 * dabei gestorben sein`). Data for `quiz/build.ts` (`gapText`).
 */
import type { QuizPointers } from '../quiz/language';
import { GENITIVE_ARTICLES } from './quoteCues';

export const germanQuizPointers: QuizPointers = {
  // Not `damit`, `davon`, `dagegen`, `deshalb`: `und damit ___ Prozent über …`, `davon einer schwer`, `Ungarn hat dagegen …`
  // lean on their own sentence or only join it to the one before.
  adverbs: new Set(['dort', 'dorthin', 'dabei', 'dafür', 'dazu', 'dadurch', 'darin', 'darauf', 'daraus', 'daran', 'darunter', 'hierbei', 'hierfür', 'hierzu']),
  since: new Set(['seitdem', 'seither']),
  // Not `es` (`es gibt`) nor `ihr` (also a possessive).
  pronouns: new Set(['er', 'sie', 'ihn', 'ihm', 'ihnen']),
  demonstratives: new Set(['dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'jenes', 'jenem', 'jenen']),
  // `in dieser Woche`, `dieses Mal`: the report's own time, which every reader has.
  timeNouns: new Set([
    'Woche', 'Wochenende', 'Jahr', 'Jahres', 'Monat', 'Monats', 'Tag', 'Tages', 'Mal', 'Zeit', 'Saison', 'Sommer', 'Winter',
    'Frühjahr', 'Frühling', 'Herbst', 'Abend', 'Morgen', 'Nacht', 'Jahrhundert', 'Jahrhunderts', 'Jahrzehnt', 'Stunde', 'Zeitpunkt', 'Moment',
  ]),
  // `Das Land`, `der Konzern` without a name after them (`die Stadt Hamburg` names it): a place's, a body's.
  genericNouns: new Map([
    ...['Land', 'Landes', 'Stadt', 'Staat', 'Staates', 'Region', 'Insel', 'Gemeinde', 'Hauptstadt'].map((w) => [w, 'place'] as const),
    ...['Konzern', 'Konzerns', 'Unternehmen', 'Unternehmens', 'Firma', 'Partei', 'Verein', 'Vereins', 'Klub', 'Mannschaft', 'Team'].map((w) => [w, 'organisation'] as const),
  ]),
  definiteArticles: new Set(['der', 'die', 'das', 'des', 'dem', 'den']),
  // `die ersten Autos`, `die beiden Männer`, `die übrigen Gäste`, `die genannten Firmen`, `die betroffenen Familien`.
  setAdjective: /^(?:erst|letzt|beid|übrig|ander|restlich|genannt|betroffen|besagt|jeweilig|selb)e[nmrs]?$/u,
  // `der 28-Jährige`, `die 35-jährige`, `des 70-Jährigen`.
  personDescription: /^\d+-[Jj]ährige[nmrs]?$/u,
  // Issue 15, round hh: `Mit welchem Ergebnis gewann der Aufsteiger …?` judged unclear (whose result?).
  standing: /^(?:(?:Auf|Ab)steiger|Titelverteidiger|Gastgeber|Außenseiter|Tabellenführer|Spitzenreiter|Herausforderer|Titelträger|Vizemeister)(?:in|innen|s|n)?$|^Favorit(?:in|innen|en)?$|^Neuling(?:s|e|en)?$|^Schlusslicht(?:s|er)?$/u,
  genitiveArticles: GENITIVE_ARTICLES,
  subjectArticles: new Set(['der', 'die', 'das']),
  // `In Schulen auf dem Land sind es ___ Prozent` (of what?); not `es gibt`, `es ist …, dass`, where `es` opens the clause.
  placeholder: { pronoun: 'es', afterCopula: new Set(['ist', 'war', 'sind', 'waren', 'sei', 'seien', 'wäre', 'wären']) },
};
