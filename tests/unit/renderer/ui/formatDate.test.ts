import { describe, expect, it } from 'vitest';
import { formatArticleDate } from '../../../../src/renderer/ui/formatDate';

describe('formatArticleDate', () => {
  it('writes each date in its own language and form, whichever was formatted before', () => {
    const rows: [date: string, language: string, shown: string][] = [
      ['2024-06-18', 'en', 'June 18, 2024'],
      ['2024-06-18', 'de', '18. Juni 2024'],
      ['2024-06', 'en', 'June 2024'],
      ['2024-06', 'de', 'Juni 2024'],
      ['2023-01-02', 'en', 'January 2, 2023'],
      ['2023-01', 'de', 'Januar 2023'],
    ];
    // Twice over, so the second round is drawn with the formatters the first one made.
    for (const round of [1, 2]) for (const [date, language, shown] of rows) expect(formatArticleDate(date, language), `${date} ${language} (round ${round})`).toBe(shown);
  });

  it('shows a date it cannot read as it is', () => {
    expect(formatArticleDate('2024', 'en')).toBe('2024');
    expect(formatArticleDate('9999999-01-01', 'en')).toBe('9999999-01-01');
  });
});
