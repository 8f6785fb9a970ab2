/**
 * How German news texts announce their metadata. Data for `parseArticleMeta`:
 * the parser itself knows nothing about German.
 */
import type { NewsConventions } from '../facts/language';

export const germanNewsConventions: NewsConventions = {
  // ` date 2024-06` (export marker) and `Stand: 18.06.2024 21:44 Uhr` (public broadcasters).
  datePatterns: [
    /(?:^|\s)date\s+(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/,
    /Stand:\s*(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?:,?\s*\d{1,2}:\d{2}\s*Uhr)?/,
  ],
  // Lines that carry metadata rather than the headline: credits, bylines, copyright.
  metaLinePatterns: [/^\s*Quelle:/i, /^\s*-?\s*von\s+\p{Lu}/u, /^\s*\(c\)|©|Copyright/i, /^\s*Das Wichtigste in Kürze\s*$/i],
  // Where a text names its outlet: a dateline `Seoul (Reuters) -`, `BERLIN taz |`, a source credit.
  outletPatterns: [
    /\((?<outlet>Reuters|dpa|AFP|AP|KNA|epd|dts|SID|APA|sda)\)\s*[-–]/,
    /\b(?:Copyright|©)\s*(?:Thomson\s+)?(?<outlet>Reuters)\b/,
    /^\s*Quelle:\s*(?<outlet>Reuters|dpa|AFP|AP|KNA|epd|APA)\b/m,
    /^\p{Lu}[\p{Lu}/ -]+\s(?<outlet>taz)\s*\|/mu,
    /\b(?<outlet>tagesschau\.de|t-online|SPIEGEL|ZEIT ONLINE|FAZ\.NET|Süddeutsche Zeitung|DER STANDARD|NZZ|n-tv\.de|ZDFheute)\b/,
  ],
  // Markers to remove from a headline line (`… eingetroffen Stand: 18.06.2024 21:44 Uhr`).
  titleNoise: [/^\s*\p{Lu}[\p{L}/ -]*\s\([^)]{2,12}\)\s*[-–]\s*/u, /\s*Stand:\s*\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s*\d{1,2}:\d{2}\s*Uhr)?/g],
  leadingMarker: /^date\s+\d{4}-\d{2}(?:-\d{2})?\s*/,
  wordsPerMinute: 150,
};
