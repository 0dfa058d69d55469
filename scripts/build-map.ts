// Builds the border map asset from Natural Earth data (the world-atlas package): clips Thailand,
// Cambodia, Laos and Vietnam to the border region, projects them with d3-geo's Mercator into pixel
// polygons, and extracts the Thailand–Cambodia boundary as its own line. The browser only reads the
// resulting JSON (assets/map/border-region.json); no map library ships to players.
// Run: npm run build:map. Deterministic: the same package version gives the same bytes.

import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoClipRectangle, geoMercator, geoStream, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The clipped region, lon/lat: wider than the region the game must show, to fill wide screens. */
const EXTENT = { lonMin: 100.6, lonMax: 107.4, latMin: 10.2, latMax: 17.2 } as const;
/** Width of the asset's pixel space; the height follows from the projection. */
const WIDTH = 1000;
/** Natural Earth ids (ISO 3166-1 numeric) of the countries drawn, and their short keys. */
const COUNTRIES = { '764': 'th', '116': 'kh', '418': 'la', '704': 'vn' } as const;
/** Points closer than this (pixels) to the previous kept point are dropped. */
const MIN_STEP = 0.7;

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8')) as Topology;
const countries = topo.objects['countries'] as GeometryCollection<{ name: string }>;

const projection = geoMercator().fitWidth(WIDTH, {
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[EXTENT.lonMin, EXTENT.latMin], [EXTENT.lonMin, EXTENT.latMax], [EXTENT.lonMax, EXTENT.latMax], [EXTENT.lonMax, EXTENT.latMin], [EXTENT.lonMin, EXTENT.latMin]]] },
});
const [x0, y0] = projection([EXTENT.lonMin, EXTENT.latMax])!;
const [x1, y1] = projection([EXTENT.lonMax, EXTENT.latMin])!;
const HEIGHT = Math.round(y1 - y0);
projection.translate([projection.translate()[0] - x0, projection.translate()[1] - y0]);
projection.postclip(geoClipRectangle(0, 0, WIDTH, HEIGHT));
void x1;

const round = (n: number) => Math.round(n * 10) / 10;

/** Streams a geometry through the projection, collecting rings or lines as flat [x, y, …] arrays. */
function collect(object: Parameters<typeof geoStream>[0]): number[][] {
  const out: number[][] = [];
  let current: number[] | null = null;
  let lx = Infinity;
  let ly = Infinity;
  const sink: GeoStream = {
    point(x, y) {
      if (!current) return;
      if (Math.hypot(x - lx, y - ly) < MIN_STEP) return;
      current.push(round(x), round(y));
      lx = x; ly = y;
    },
    lineStart() { current = []; lx = Infinity; ly = Infinity; },
    lineEnd() { if (current && current.length >= 4) out.push(current); current = null; },
    polygonStart() {},
    polygonEnd() {},
    sphere() {},
  };
  geoStream(object, projection.stream(sink));
  return out;
}

const shapes = countries.geometries
  .filter((g) => String(g.id) in COUNTRIES)
  .map((g) => ({
    id: COUNTRIES[String(g.id) as keyof typeof COUNTRIES],
    name: (g.properties as { name?: string } | undefined)?.name ?? String(g.id),
    rings: collect(feature(topo, g)),
  }))
  .filter((c) => c.rings.length > 0)
  .sort((a, b) => a.id.localeCompare(b.id));

const isTh = (g: { id?: string | number }) => String(g.id) === '764';
const isKh = (g: { id?: string | number }) => String(g.id) === '116';
const border = collect(mesh(topo, countries, (a, b) => (isTh(a) && isKh(b)) || (isKh(a) && isTh(b))));

const [scale, [tx, ty]] = [projection.scale(), projection.translate()];
const asset = {
  source: 'Natural Earth 1:10m admin-0 countries (public domain), via world-atlas 2.0.2',
  note: 'Borders shown are approximate and do not imply endorsement.',
  width: WIDTH,
  height: HEIGHT,
  extent: EXTENT,
  projection: { kind: 'mercator', scale: Number(scale.toFixed(4)), translate: [Number(tx.toFixed(3)), Number(ty.toFixed(3))] },
  countries: shapes,
  border,
};

const outFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'map', 'border-region.json');
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(asset)}\n`);
const points = shapes.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length / 2, 0), 0);
console.log(`assets/map/border-region.json: ${WIDTH}×${HEIGHT}px, ${shapes.map((c) => `${c.id} ${c.rings.length} rings`).join(', ')}, ${points} points, border ${border.length} lines`);
