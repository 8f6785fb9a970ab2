/** Geometry of the progress chart: attempts over time as points on a 0–100 % scale (pure, tested). */
export interface ChartPoint {
  at: number;
  pct: number;
}

export interface PlacedPoint extends ChartPoint {
  x: number;
  y: number;
}

export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Points spaced evenly by attempt (not by time, so a busy day does not pile up), y by score. */
export function placePoints(points: ChartPoint[], box: ChartBox): PlacedPoint[] {
  const w = box.width - box.left - box.right;
  const h = box.height - box.top - box.bottom;
  const n = points.length;
  return points.map((p, i) => ({ ...p, x: box.left + (n === 1 ? w / 2 : (w * i) / (n - 1)), y: box.top + h * (1 - Math.min(100, Math.max(0, p.pct)) / 100) }));
}

/** A trailing average over the last `window` attempts, the line that shows the trend. */
export function movingAverage(values: number[], window = 3): number[] {
  return values.map((_, i) => {
    const slice = values.slice(Math.max(0, i - window + 1), i + 1);
    return Math.round(slice.reduce((a, b) => a + b, 0) / slice.length);
  });
}

export const pathOf = (pts: { x: number; y: number }[]): string => pts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
