/**
 * The article an outlet's name takes as a subject (`Welche Zahl nennt die taz …?`, `… der Spiegel …`), for
 * cross-outlet questions (issue 16). Agencies and web addresses are named bare (`Reuters`, `tagesschau.de`),
 * as German news writing does; an outlet not listed here is named bare as well.
 */
const OUTLET_ARTICLES: Record<string, 'der' | 'die' | 'das'> = {
  taz: 'die', dpa: 'die', epd: 'der', KNA: 'die', APA: 'die', SID: 'der', sda: 'die', NZZ: 'die', FAZ: 'die',
  'Süddeutsche Zeitung': 'die', 'Frankfurter Allgemeine': 'die', 'Frankfurter Rundschau': 'die', Welt: 'die',
  Spiegel: 'der', SPIEGEL: 'der', Stern: 'der', Focus: 'der', Tagesspiegel: 'der', Standard: 'der', Kurier: 'der',
  Bild: 'die', BILD: 'die', 'ZEIT ONLINE': 'die', Zeit: 'die', ZEIT: 'die', Handelsblatt: 'das', ZDF: 'das', ORF: 'der',
  SRF: 'das', WDR: 'der', NDR: 'der', BR: 'der', MDR: 'der', SWR: 'der', 'Deutsche Welle': 'die',
};

/** Titles are clipped to this many words in a prompt; the rest is in the evidence. */
const TITLE_WORDS = 6;

export function outletAsSubject(outlet: string): string {
  // `DER STANDARD`, `Der Spiegel`: the name already has its article
  if (/^(der|die|das)\s/i.test(outlet)) return outlet;
  const article = OUTLET_ARTICLES[outlet];
  return article ? `${article} ${outlet}` : outlet;
}

export function reportTitled(title: string): string {
  const words = title.trim().split(/\s+/);
  return `der Bericht „${words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).join(' ')} …` : words.join(' ')}“`;
}
