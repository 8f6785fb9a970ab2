/**
 * German words for lining up reports of one event (issue 16, `facts/12-align`). Each list is what a report
 * writer may use for one thing; they were written from general German usage, not tuned on any evaluation text.
 */
import type { StoryRules } from '../facts/language';

export const germanStoryRules: StoryRules = {
  countedSynonyms: [
    ['Beschäftigte', 'Beschäftigten', 'Mitarbeiter', 'Mitarbeitern', 'Mitarbeiterin', 'Mitarbeiterinnen', 'Angestellte', 'Angestellten', 'Arbeitnehmer', 'Arbeitnehmern', 'Belegschaft'],
    ['Stelle', 'Stellen', 'Arbeitsplatz', 'Arbeitsplätze', 'Arbeitsplätzen', 'Job', 'Jobs'],
    ['Passagier', 'Passagiere', 'Passagieren', 'Fahrgast', 'Fahrgäste', 'Fahrgästen', 'Reisende', 'Reisenden', 'Insassen'],
    ['Unternehmen', 'Firma', 'Firmen', 'Betrieb', 'Betriebe', 'Betrieben', 'Konzerne', 'Konzernen'],
    ['Feuerwehrleute', 'Feuerwehrleuten', 'Feuerwehrmann', 'Feuerwehrmänner', 'Feuerwehrmännern', 'Einsatzkraft', 'Einsatzkräfte', 'Einsatzkräften', 'Rettungskraft', 'Rettungskräfte', 'Rettungskräften', 'Helfer', 'Helfern', 'Retter', 'Rettern'],
    ['Person', 'Personen', 'Mensch', 'Menschen', 'Verletzte', 'Verletzten', 'Tote', 'Toten', 'Opfer', 'Todesopfer'],
    ['Soldat', 'Soldaten', 'Truppen', 'Militärs'],
    ['Munition', 'Rüstungsgüter', 'Rüstungsgütern', 'Waffen', 'Granaten'],
    ['Abkommen', 'Vereinbarung', 'Vereinbarungen', 'Vertrag', 'Verträge', 'Verträgen'],
  ],
  numberRoles: [
    { label: 'verletzt', cues: ['verletz*', 'verwundet*', 'verwundete*'] },
    { label: 'getötet', cues: ['tot', 'tote', 'toten', 'getötet', 'starb*', 'gestorben', 'todesopfer', 'ums'] },
    { label: 'im Einsatz', cues: ['einsatz', 'aufgebot', 'grossaufgebot', 'großaufgebot', 'rückte*', 'rückten', 'bekämpf*', 'koordinier*'] },
    { label: 'Schaden', cues: ['schaden*', 'sachschaden*', 'schadens*'] },
    { label: 'Gewinn', cues: ['gewinn*'] },
    { label: 'Umsatz', cues: ['umsatz*'] },
    { label: 'Handel', cues: ['handel*', 'warenaustausch*', 'handelsvolumen*'] },
    { label: 'Kosten', cues: ['kosten', 'kostet*'] },
  ],
  sinceWord: { label: 'seit', word: 'seit' },
  dateEvents: [
    { label: 'Ankunft', cues: ['eingetroffen', 'eintreffen', 'ankunft', 'angekommen', 'ankommen', 'kam', 'kamen', 'landete*', 'gelandet'] },
    { label: 'Unterzeichnung', cues: ['unterzeichn*', 'unterschreib*', 'unterschrieben', 'unterschrift*'] },
    { label: 'Ausbruch', cues: ['ausgebrochen', 'brach'] },
    { label: 'Ende', cues: ['eingestellt', 'einstellen', 'auslaufen', 'enden', 'endet', 'schluss', 'schließt', 'geschlossen'] },
    { label: 'Sperrung', cues: ['gesperrt', 'sperrung', 'sperrt'] },
    { label: 'Abreise', cues: ['abreise', 'reist', 'weiterreise'] },
    { label: 'Wahl', cues: ['wahl', 'gewählt', 'wählen'] },
  ],
  commonWords: new Set(['jahr', 'jahre', 'tag', 'tage', 'woche', 'monat', 'zeit', 'sagen', 'geben', 'sein', 'haben', 'werden', 'kommen', 'gehen', 'machen', 'stehen', 'lassen', 'sollen', 'wollen', 'können', 'müssen', 'prozent', 'euro', 'mal', 'ende', 'angabe', 'frage', 'bericht', 'teil', 'seite', 'ziel', 'land', 'stadt', 'welt', 'mensch', 'leute', 'million', 'milliarde', 'uhr', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag']),
};
