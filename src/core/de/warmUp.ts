/**
 * A short German text analysed once when an engine is loaded (issue 4): the first real article
 * then runs on compiled code instead of warming up the JIT itself. Written for this purpose;
 * it covers the engine's paths: inflected and compound nouns, separable verbs, participles,
 * names, numbers, hyphenated words and quotes.
 */
export const GERMAN_WARM_UP = `Die Bundesregierung kündigte am Montag neue Gespräche mit den Nachbarländern an.
„Wir werden die Lieferungen nicht stoppen“, sagte der Verteidigungsminister in Berlin.
Die Preise für Strom und Gas sind im vergangenen Jahr deutlich gestiegen, weil die Nachfrage wuchs.
Nach Angaben des Statistischen Bundesamtes lebten 2023 rund 84 Millionen Menschen in Deutschland.
Der Ukraine-Krieg hat die Sicherheitslage in Europa verändert; viele Staaten rüsten wieder auf.
Ob die Verhandlungen erfolgreich sein werden, ist noch unklar, aber beide Seiten zeigten sich zuversichtlich.
Kanzlerin Müller traf sich mit Vertretern der Gewerkschaften, um über höhere Löhne zu sprechen.
Im Herbst fand die größte Messe der Branche statt, zu der mehr als 20.000 Besucher kamen.
Die Wissenschaftlerinnen untersuchten, wie schnell sich die Temperaturen der Meere erhöhen.
Er las das Buch, das ihm seine Freundin geschenkt hatte, an einem einzigen Abend zu Ende.`;
