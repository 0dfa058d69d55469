// The map's projection and label placement are pure: the core region always fits its box, north is
// up, east is right, and placed labels never overlap each other or the obstacles.
import { describe, expect, it } from 'vitest';
import { fitProjection, placeLabels, REGION } from '../../src/view/projection';

describe('fitProjection', () => {
  it.each([[600, 400], [390, 200], [460, 1000]])('keeps the whole region inside a %i×%i box', (width, height) => {
    const p = fitProjection({ x: 0, y: 0, width, height });
    for (const lon of [REGION.lonMin, REGION.lonMax]) {
      for (const lat of [REGION.latMin, REGION.latMax]) {
        const { x, y } = p(lon, lat);
        expect(x).toBeGreaterThanOrEqual(-1e-6);
        expect(x).toBeLessThanOrEqual(width + 1e-6);
        expect(y).toBeGreaterThanOrEqual(-1e-6);
        expect(y).toBeLessThanOrEqual(height + 1e-6);
      }
    }
    expect(p.bounds.lonMin).toBeLessThanOrEqual(REGION.lonMin);
    expect(p.bounds.latMax).toBeGreaterThanOrEqual(REGION.latMax);
  });

  it('puts north up and east right', () => {
    const p = fitProjection({ x: 0, y: 0, width: 600, height: 400 });
    expect(p(104, 14.5).y).toBeLessThan(p(104, 13).y);
    expect(p(105, 14).x).toBeGreaterThan(p(103, 14).x);
  });
});

describe('placeLabels', () => {
  it('places labels without overlaps and drops what cannot fit', () => {
    const items = [
      { id: 'a', x: 100, y: 100, width: 60, height: 14 },
      { id: 'b', x: 104, y: 102, width: 60, height: 14 },
      { id: 'c', x: 108, y: 98, width: 60, height: 14 },
    ];
    const obstacle = { x: 110, y: 80, width: 40, height: 12 };
    const spots = placeLabels(items, { x: 0, y: 0, width: 300, height: 200 }, [obstacle]);
    const boxes = [...spots].map(([id, s]) => ({ ...s, width: 60, height: 14, id }));
    const overlap = (a: typeof obstacle, b: typeof obstacle) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const b of boxes) {
      expect(overlap(b, obstacle)).toBe(false);
      for (const o of boxes) if (o.id !== b.id) expect(overlap(b, o)).toBe(false);
    }
  });
});
