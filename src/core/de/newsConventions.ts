/**
 * How German news texts announce their metadata. Data for `parseArticleMeta`:
 * the parser itself knows nothing about German.
 */
import type { NewsConventions } from '../facts/language';

export const germanNewsConventions: NewsConventions = {
  // ` date 2024-06` (export marker) and `Stand: 03.11.2023 09:15 Uhr` (public broadcasters).
  datePatterns: [
    /(?:^|\s)date\s+(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/,
    /Stand:\s*(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,?\s*\d{1,2}:\d{2}\s*Uhr)?/,
  ],
  // Short lines that credit, sign or stamp a text: a source or credit label, a copyright notice, a byline
  // (`- von Anna Berg`), a stamp standing alone (`Stand: 03.02.2023`). On the 100 development news texts
  // (eval/news, one paragraph each) every boilerplate feature, these cues and the neutral ones in
  // articleMeta.ts, removes 0 of 100 paragraphs: a line of running text is never taken for furniture.
  boilerplateCues: [
    /^(?:Quelle|Quellen|Foto|Fotos|Bild|Bilder|Grafik|Video|Text|Mitarbeit|Übersetzung|Copyright)\b/i,
    /^-?\s?[Vv]on\s\p{Lu}[^.!?]*$/u,
    /^Stand:\s?\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s?\d{1,2}:\d{2}\s?Uhr)?$/,
  ],
  // Where a text names its outlet: a dateline `Bremen (dpa) -`, `HAMBURG xyz |`, a source credit.
  outletPatterns: [
    /\((?<outlet>Reuters|dpa|AFP|AP|KNA|epd|dts|SID|APA|sda)\)\s*[-–]/,
    // An agency in a copyright notice, a few words after the mark (`© 2021 Agentur dpa`).
    /(?:Copyright|©)[^\n]{0,30}?\b(?<outlet>Reuters|dpa|AFP|AP|KNA|epd|APA)\b/,
    // Line-start patterns take `[ \t]`, never `\s`: `^\s*` under /m would rescan every run of newlines.
    /^[ \t]*Quelle:[ \t]*(?<outlet>Reuters|dpa|AFP|AP|KNA|epd|APA)\b/m,
    // A dateline in capitals with the outlet before a bar: `HAMBURG xyz | Es regnet.`
    /^\p{Lu}[\p{Lu}/-]*(?:[ \t][\p{Lu}/-]+)*[ \t](?<outlet>\p{L}[\p{L}.-]{1,20})[ \t]?\|/mu,
    /\b(?<outlet>tagesschau\.de|t-online|SPIEGEL|ZEIT ONLINE|FAZ\.NET|Süddeutsche Zeitung|DER STANDARD|NZZ|n-tv\.de|ZDFheute)\b/,
  ],
  // Markers to remove from a headline line (`… eingetroffen Stand: 03.11.2023 09:15 Uhr`).
  // `(?<!\s)`: a match starts only where a whitespace run starts; without it `\s*` rescans a long run from each position (quadratic).
  titleNoise: [/^\s*\p{Lu}[\p{L}/ -]*\s\([^)]{2,12}\)\s*[-–]\s*/u, /(?<!\s)\s*Stand:\s*\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s*\d{1,2}:\d{2}\s*Uhr)?/g],
  leadingMarker: /^date\s+\d{4}-\d{2}(?:-\d{2})?\s*/,
  wordsPerMinute: 150,
};
