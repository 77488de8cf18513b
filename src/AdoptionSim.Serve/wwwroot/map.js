// The city map: the UK coastline (Natural Earth, shipped with the project) under one circle per city,
// area ∝ firms (the scale fixed at tick 0, so growth shows), colour on the viridis scale.
import { el, text, reset, viridis, niceScale, formatTick, linear } from "./svg.js";

const WIDTH = 640, HEIGHT = 440;
const MAP = { left: 12, top: 12, right: 420, bottom: HEIGHT - 12 };
const MAX_RADIUS = 24;

/** Projection and coastline path for one run's cities (computed once per run). */
export function mapFrame(cities, coastline, useCoastline) {
  const rings = useCoastline && coastline ? coastline.polygons : [];
  const lats = cities.map((c) => c.lat).concat(rings.flatMap((r) => r.map((p) => p[1])));
  const meanLat = useCoastline ? 54.5 : lats.reduce((a, b) => a + b, 0) / Math.max(1, lats.length);
  const cos = Math.cos((meanLat * Math.PI) / 180);
  const xs = cities.map((c) => c.lon * cos).concat(rings.flatMap((r) => r.map((p) => p[0] * cos)));
  const ys = lats;
  let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  if (maxX - minX < 1e-6) { minX -= 1; maxX += 1; }
  if (maxY - minY < 1e-6) { minY -= 1; maxY += 1; }
  const pad = MAX_RADIUS + 4;
  const scale = Math.min((MAP.right - MAP.left - 2 * pad) / (maxX - minX), (MAP.bottom - MAP.top - 2 * pad) / (maxY - minY));
  const ox = MAP.left + pad + (MAP.right - MAP.left - 2 * pad - (maxX - minX) * scale) / 2;
  const oy = MAP.top + pad + (MAP.bottom - MAP.top - 2 * pad - (maxY - minY) * scale) / 2;
  const project = (lon, lat) => [ox + (lon * cos - minX) * scale, oy + (maxY - lat) * scale];
  const path = rings.map((ring) => ring.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return `${i ? "L" : "M"}${x.toFixed(1)} ${y.toFixed(1)}`;
  }).join(" ") + " Z").join(" ");
  const maxFirms = Math.max(1, ...cities.map((c) => c.firms));
  return { project, path, maxFirms, points: cities.map((c) => project(c.lon, c.lat)) };
}

/**
 * Draws the map. view: {title, cities, frame, firms: [n], values: [v], domain: [lo, hi], format, colourLabel,
 * palette, labelled: Set of city names}.
 */
export function drawMap(svg, view) {
  reset(svg, WIDTH, HEIGHT, view.title);
  const stops = view.palette.viridis;
  if (view.frame.path.trim()) el("path", { d: view.frame.path, fill: "#f0f0f0", stroke: "#a0a0a0", "stroke-width": 0.8, "stroke-linejoin": "round" }, svg);
  const [lo, hi] = view.domain;
  const order = view.cities.map((_, i) => i).sort((a, b) => view.firms[b] - view.firms[a] || a - b);
  const g = el("g", { stroke: "#333333", "stroke-width": 0.7, "fill-opacity": 0.92 }, svg);
  for (const i of order) {
    const [x, y] = view.frame.points[i];
    const r = Math.max(2, MAX_RADIUS * Math.sqrt(Math.max(0, view.firms[i]) / view.frame.maxFirms));
    const v = view.values[i];
    const fill = Number.isFinite(v) ? viridis(stops, (v - lo) / (hi - lo || 1)) : "#bdbdbd";
    const c = el("circle", { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(2), fill, "data-city": view.cities[i].name }, g);
    el("title", {}, c).textContent = `${view.cities[i].name}: ${view.firms[i].toLocaleString("en-GB")} firms, ${view.colourLabel} ${formatValue(v, view.format)}`;
  }
  for (const i of order.filter((j) => view.labelled.has(view.cities[j].name))) {
    const [x, y] = view.frame.points[i];
    const r = MAX_RADIUS * Math.sqrt(Math.max(0, view.firms[i]) / view.frame.maxFirms);
    const label = { x: x + r + 5, y: y + 6, "font-size": 17, "font-weight": "bold" };
    text(svg, view.cities[i].name, Object.assign({ fill: "none", stroke: "#ffffff", "stroke-width": 5, "stroke-linejoin": "round" }, label));
    text(svg, view.cities[i].name, label);
  }
  colourBar(svg, stops, lo, hi, view);
  sizeKey(svg, view.frame.maxFirms);
}

function formatValue(v, format) {
  if (!Number.isFinite(v)) return "no data";
  return format === "percent" ? `${(v * 100).toFixed(1)}%` : v.toFixed(3);
}

function colourBar(svg, stops, lo, hi, view) {
  const x = 450, top = 40, height = 190, width = 24;
  text(svg, view.colourLabel, { x, y: 24, "font-size": 17, "font-weight": "bold" });
  const defs = el("defs", {}, svg);
  const gradient = el("linearGradient", { id: `viridis-${svg.id}`, x1: 0, y1: 1, x2: 0, y2: 0 }, defs);
  stops.forEach((s, i) => el("stop", { offset: i / (stops.length - 1), "stop-color": s }, gradient));
  el("rect", { x, y: top, width, height, fill: `url(#viridis-${svg.id})`, stroke: "#444444" }, svg);
  const scale = niceScale(lo, hi, 4);
  const sy = linear(lo, hi || lo + 1, top + height, top);
  for (const v of scale.ticks.filter((t) => t >= lo - 1e-12 && t <= hi + 1e-12)) {
    el("line", { x1: x + width, y1: sy(v), x2: x + width + 6, y2: sy(v), stroke: "#444444" }, svg);
    text(svg, formatTick(v, view.format, scale.step), { x: x + width + 10, y: sy(v) + 5, "font-size": 15 });
  }
}

function sizeKey(svg, maxFirms) {
  const x = 450, base = 420;
  text(svg, "Firms", { x, y: base - 2 * MAX_RADIUS - 16, "font-size": 17, "font-weight": "bold" });
  const values = niceScale(0, maxFirms, 2).ticks.filter((v) => v > 0 && v <= maxFirms);
  const shown = [values[values.length - 1] || maxFirms, Math.round((values[values.length - 1] || maxFirms) / 4)];
  for (const v of shown) {
    const r = MAX_RADIUS * Math.sqrt(v / maxFirms);
    el("circle", { cx: x + MAX_RADIUS, cy: base - r, r, fill: "none", stroke: "#444444" }, svg);
    el("line", { x1: x + MAX_RADIUS, y1: base - 2 * r, x2: x + 2 * MAX_RADIUS + 12, y2: base - 2 * r, stroke: "#999999", "stroke-dasharray": "2 2" }, svg);
    text(svg, v.toLocaleString("en-GB"), { x: x + 2 * MAX_RADIUS + 16, y: base - 2 * r + 5, "font-size": 15 });
  }
}
