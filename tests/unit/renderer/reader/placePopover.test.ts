import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../../src/renderer/glossary/placePopover';

const viewport = { width: 1000, height: 800 };
const overlaps = (word: { top: number; height: number }, p: { top: number }, h: number) => p.top < word.top + word.height && p.top + h > word.top;

describe('placePopover', () => {
  it('goes below a word near the top', () => {
    const word = { left: 100, top: 100, width: 60, height: 20 };
    const p = placePopover(word, { width: 400, height: 300 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBe(128);
  });

  it('goes above a word near the bottom, without covering it', () => {
    const word = { left: 100, top: 700, width: 60, height: 20 };
    const p = placePopover(word, { width: 400, height: 300 }, viewport);
    expect(p.side).toBe('above');
    expect(overlaps(word, p, Math.min(300, p.maxHeight))).toBe(false);
    expect(p.top).toBeGreaterThanOrEqual(8);
  });

  it('stays inside the window at the right edge', () => {
    const p = placePopover({ left: 950, top: 100, width: 40, height: 20 }, { width: 400, height: 200 }, viewport);
    expect(p.left + 400).toBeLessThanOrEqual(992);
  });

  it('shrinks to the room there is when neither side fits', () => {
    const word = { left: 100, top: 380, width: 60, height: 20 };
    const p = placePopover(word, { width: 400, height: 900 }, viewport);
    expect(p.top + Math.min(900, p.maxHeight)).toBeLessThanOrEqual(792);
    expect(overlaps(word, p, Math.min(900, p.maxHeight))).toBe(false);
  });
});
