// The map asset is the real border (built from Natural Earth by scripts/build-map.ts), and every
// shipped level's sites land where they belong on it: a Thai site inside Thailand, a Cambodian
// site inside Cambodia, a border site (temple, crossing, pass) within BORDER_TOLERANCE_KM of the
// drawn Thailand–Cambodia line. The browser's projection matches d3-geo's at build time.
import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import { LEVEL_IDS } from '../../src/content/levels';
import { BORDER_MAP, countryAt, distanceToLines, pixelsPerKm, projectLonLat } from '../../src/view/map-asset';
import { shippedLevel } from '../helpers/level';

/** How far a `side: 'border'` site may sit from the drawn line: the 1:10m data's accuracy. */
const BORDER_TOLERANCE_KM = 3;

describe('border map asset', () => {
  it('holds Thailand, Cambodia, Laos and Vietnam and a Thailand–Cambodia border line', () => {
    expect(BORDER_MAP.countries.map((c) => c.id).sort()).toEqual(['kh', 'la', 'th', 'vn']);
    const length = BORDER_MAP.border.flat().length / 2;
    expect(length).toBeGreaterThan(100);
    expect(BORDER_MAP.note).toMatch(/do not imply endorsement/);
  });

  it('projects like d3-geo did at build time', () => {
    const d3 = geoMercator().scale(BORDER_MAP.projection.scale).translate(BORDER_MAP.projection.translate as [number, number]);
    for (const [lon, lat] of [[102.5, 12.5], [104.68, 14.393], [105.9, 15.2]] as const) {
      const [x, y] = d3([lon, lat])!;
      const p = projectLonLat(BORDER_MAP, lon, lat);
      expect(p.x).toBeCloseTo(x, 3);
      expect(p.y).toBeCloseTo(y, 3);
    }
  });

  it('puts Bangkok-side and Phnom Penh-side test points in the right countries', () => {
    const at = (lon: number, lat: number) => { const p = projectLonLat(BORDER_MAP, lon, lat); return countryAt(BORDER_MAP, p.x, p.y); };
    expect(at(103.0, 15.0)).toBe('th'); // Buriram province
    expect(at(104.0, 13.0)).toBe('kh'); // Siem Reap province
    expect(at(106.2, 15.5)).toBe('la');
  });
});

describe.each(LEVEL_IDS)('sites of %s', (id) => {
  it(`lie in the right country, or within ${BORDER_TOLERANCE_KM} km of the border`, async () => {
    const level = await shippedLevel(id);
    const misplaced: string[] = [];
    for (const site of level.sites) {
      const { x, y } = projectLonLat(BORDER_MAP, site.lon, site.lat);
      if (site.side === 'border') {
        const km = distanceToLines(BORDER_MAP.border, x, y) / pixelsPerKm(BORDER_MAP, site.lat);
        if (km > BORDER_TOLERANCE_KM) misplaced.push(`${site.id}: ${km.toFixed(1)} km from the border line`);
      } else {
        const inside = countryAt(BORDER_MAP, x, y);
        if (inside !== site.side) misplaced.push(`${site.id}: in ${inside ?? 'no country'}, expected ${site.side}`);
      }
    }
    expect(misplaced).toEqual([]);
  });
});
