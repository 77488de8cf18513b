// Extracts the United Kingdom (Great Britain and Northern Ireland) from Natural Earth's 1:50m countries
// (world-atlas 2.0.2, countries-50m.json), simplifies it and writes the compact outline the maps draw:
//   src/AdoptionSim.IO/Charts/Data/uk-coastline.json
// Run by maintainers only (`npm ci && node generate.mjs`); the build and the tests read the committed file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { feature } from "topojson-client";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const output = path.resolve(here, "../../src/AdoptionSim.IO/Charts/Data/uk-coastline.json");

// Simplification tolerance in degrees of latitude (~1.5 km): finer than a map circle, coarse enough for a small file.
const TOLERANCE = 0.0135;
// Rings smaller than this (square degrees, longitude scaled by cos 54°) are dropped: islets invisible at map scale.
const MIN_AREA = 0.004;
const COS_LAT = Math.cos((54 * Math.PI) / 180);

const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
const countries = feature(topology, topology.objects.countries).features;
const uk = countries.find((f) => f.properties.name === "United Kingdom");
if (!uk) throw new Error("United Kingdom not found in countries-50m.json");

const polygons = uk.geometry.type === "Polygon" ? [uk.geometry.coordinates] : uk.geometry.coordinates;
const rings = polygons
  .map((polygon) => polygon[0]) // outer rings only: the UK outline has no lakes at this scale worth drawing
  .filter((ring) => Math.abs(area(ring)) >= MIN_AREA)
  .map((ring) => dedupe(simplify(ring, TOLERANCE).map(([x, y]) => [round(x), round(y)])))
  .filter((ring) => ring.length >= 4)
  .sort((a, b) => Math.abs(area(b)) - Math.abs(area(a)));

const result = {
  source: "Natural Earth 1:50m Cultural Vectors, Admin 0 – Countries (feature 'United Kingdom'), via the npm package world-atlas@2.0.2 (countries-50m.json)",
  licence: "Natural Earth data: public domain; world-atlas package: ISC",
  generator: "scripts/coastline/generate.mjs",
  simplification: `Douglas–Peucker, tolerance ${TOLERANCE}° (longitude scaled by cos 54°); outer rings only; rings under ${MIN_AREA} square degrees dropped; coordinates rounded to 0.001°`,
  coordinates: "[longitude, latitude] in degrees (WGS84); each polygon is one closed outer ring, first point repeated last",
  polygons: rings,
};
writeFileSync(output, JSON.stringify(result, null, 0).replace(/\],\[\[/g, "],\n[[") + "\n");
console.log(`${rings.length} rings, ${rings.reduce((n, r) => n + r.length, 0)} points -> ${path.relative(process.cwd(), output)}`);

function round(v) {
  return Math.round(v * 1000) / 1000;
}

function dedupe(ring) {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
}

// Shoelace area in scaled degrees (sign = orientation).
function area(ring) {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j][0] * COS_LAT) * ring[i][1] - (ring[i][0] * COS_LAT) * ring[j][1];
  }
  return s / 2;
}

// Douglas–Peucker on a closed ring: split at the point farthest from the first, simplify both halves.
function simplify(ring, tolerance) {
  const open = ring.slice(0, -1);
  if (open.length < 4) return ring;
  let far = 0;
  let farDistance = -1;
  for (let i = 1; i < open.length; i++) {
    const d = Math.hypot((open[i][0] - open[0][0]) * COS_LAT, open[i][1] - open[0][1]);
    if (d > farDistance) { farDistance = d; far = i; }
  }
  const first = douglasPeucker(open.slice(0, far + 1), tolerance);
  const second = douglasPeucker(open.slice(far).concat([open[0]]), tolerance);
  return first.concat(second.slice(1));
}

function douglasPeucker(points, tolerance) {
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    let index = -1;
    let max = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance(points[i], points[a], points[b]);
      if (d > max) { max = d; index = i; }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function segmentDistance(p, a, b) {
  const px = p[0] * COS_LAT, ax = a[0] * COS_LAT, bx = b[0] * COS_LAT;
  const dx = bx - ax, dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), p[1] - (a[1] + t * dy));
}
