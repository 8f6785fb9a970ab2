import { describe, expect, it } from 'vitest';
import { movingAverage, pathOf, placePoints } from '../../../../src/renderer/progress/chart';

const box = { width: 120, height: 120, left: 10, right: 10, top: 10, bottom: 10 };

describe('placePoints', () => {
  it('spreads attempts evenly and maps 0–100 % to the bottom–top of the plot', () => {
    const pts = placePoints(
      [
        { at: 1, pct: 0 },
        { at: 2, pct: 50 },
        { at: 3, pct: 100 },
      ],
      box,
    );
    expect(pts.map((p) => [p.x, p.y])).toEqual([
      [10, 110],
      [60, 60],
      [110, 10],
    ]);
  });

  it('centres a single attempt and clamps out-of-range scores', () => {
    expect(placePoints([{ at: 1, pct: 140 }], box)[0]).toMatchObject({ x: 60, y: 10 });
  });
});

describe('movingAverage', () => {
  it('averages the last three', () => {
    expect(movingAverage([30, 60, 90, 0])).toEqual([30, 45, 60, 50]);
  });
});

describe('pathOf', () => {
  it('draws a polyline', () => {
    expect(pathOf([{ x: 1, y: 2 }, { x: 3, y: 4 }])).toBe('M1.0 2.0 L3.0 4.0');
  });
});
