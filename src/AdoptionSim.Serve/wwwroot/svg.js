// SVG building blocks and the two chart kinds of the page (lines, stacked areas). Every chart is drawn
// from scratch into a fixed viewBox, with presentation attributes only (no CSS), so that the SVG a
// teacher downloads looks exactly like the one on screen.

export const SVG_NS = "http://www.w3.org/2000/svg";
export const FONT = "DejaVu Sans, Helvetica, Arial, Liberation Sans, sans-serif";
export const TEXT = "#1a1a1a";
export const GRID = "#e3e3e3";
export const AXIS = "#444444";

export function el(name, attrs, parent) {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
  if (parent) parent.appendChild(e);
  return e;
}

export function text(parent, content, attrs) {
  const t = el("text", Object.assign({ fill: TEXT }, attrs), parent);
  t.textContent = content;
  return t;
}

/** Empties an SVG and sets its size; returns the root group to draw in. */
export function reset(svg, width, height, title) {
  while (svg.firstChild) svg.removeChild(svg.firstChild);
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("font-family", FONT);
  el("title", {}, svg).textContent = title;
  el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }, svg);
  return svg;
}

export function linear(d0, d1, r0, r1) {
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/** Round axis bounds and ticks covering [min, max]. */
export function niceScale(min, max, count = 5) {
  if (!(max > min)) max = min + (min === 0 ? 1 : Math.abs(min) * 0.1);
  const raw = (max - min) / count;
  const magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.abs(v) < step / 1e6 ? 0 : v);
  return { min: lo, max: hi, ticks, step };
}

/** Decimals that show every tick of this step exactly (2.5 needs one, 0.05 two). */
function decimalsOf(step) {
  let d = 0;
  while (d < 6 && Math.abs(step * 10 ** d - Math.round(step * 10 ** d)) > 1e-6) d++;
  return d;
}

export function formatTick(v, format, step) {
  if (format === "percent") return `${(v * 100).toFixed(decimalsOf(step * 100))}%`;
  if (Math.abs(v) >= 1000 && decimalsOf(step) === 0) return Math.round(v).toLocaleString("en-GB");
  return v.toFixed(decimalsOf(step));
}

function pathOf(points, sx, sy) {
  let d = "";
  for (const [x, y] of points) {
    if (y === null || y === undefined || !Number.isFinite(y)) continue;
    d += `${d ? " L" : "M"}${sx(x).toFixed(2)} ${sy(y).toFixed(2)}`;
  }
  return d;
}

/** A legend row of colour swatches across the top of a chart. */
function legend(svg, items, x, y, width) {
  let cx = x;
  let cy = y;
  for (const item of items) {
    const w = 34 + item.name.length * 9.5;
    if (cx + w > x + width && cx > x) { cx = x; cy += 24; }
    if (item.area) el("rect", { x: cx, y: cy - 11, width: 22, height: 14, fill: item.color }, svg);
    else el("line", { x1: cx, y1: cy - 4, x2: cx + 22, y2: cy - 4, stroke: item.color, "stroke-width": 4, "stroke-dasharray": item.dash || null }, svg);
    text(svg, item.name, { x: cx + 28, y: cy + 1, "font-size": 16 });
    cx += w;
  }
  return cy + 14;
}

function axes(svg, plot, sx, sy, xs, ys, x, y) {
  const g = el("g", { "font-size": 15 }, svg);
  for (const v of ys.ticks) {
    const py = sy(v);
    el("line", { x1: plot.left, y1: py, x2: plot.right, y2: py, stroke: GRID }, g);
    text(g, formatTick(v, y.format, ys.step), { x: plot.left - 6, y: py + 5, "text-anchor": "end" });
  }
  for (const v of xs.ticks) {
    const px = sx(v);
    el("line", { x1: px, y1: plot.bottom, x2: px, y2: plot.bottom + 5, stroke: AXIS }, g);
    text(g, formatTick(v, x.format, xs.step), { x: px, y: plot.bottom + 22, "text-anchor": "middle" });
  }
  el("line", { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: AXIS }, g);
  el("line", { x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, stroke: AXIS }, g);
  text(g, x.label, { x: (plot.left + plot.right) / 2, y: plot.bottom + 44, "text-anchor": "middle", "font-size": 16 });
  text(g, y.label, { x: 16, y: (plot.top + plot.bottom) / 2, "text-anchor": "middle", "font-size": 16,
    transform: `rotate(-90 16 ${(plot.top + plot.bottom) / 2})` });
}

function frame(svg, spec, items) {
  const width = 640, height = 400;
  reset(svg, width, height, spec.title);
  const top = legend(svg, items, 70, 22, width - 80);
  return { width, height, plot: { left: 70, right: width - 16, top: top + 8, bottom: height - 56 } };
}

/**
 * Lines over time. spec: {title, x: {label, max}, y: {label, format, max?}, series: [{name, color, points: [[x, y]], dash?, width?}]}.
 * Without y.max the axis grows to cover the data drawn so far.
 */
export function lineChart(svg, spec) {
  const { plot } = frame(svg, spec, spec.series.map((s) => ({ name: s.name, color: s.color, dash: s.dash })));
  let top = spec.y.max;
  if (top === undefined) {
    top = 0;
    for (const s of spec.series) for (const [, v] of s.points) if (Number.isFinite(v) && v > top) top = v;
    if (top === 0) top = spec.y.format === "percent" ? 0.01 : 1;
  }
  const xs = niceScale(0, spec.x.max, 6);
  const ys = niceScale(0, top, 5);
  const sx = linear(0, xs.max, plot.left, plot.right);
  const sy = linear(0, ys.max, plot.bottom, plot.top);
  axes(svg, plot, sx, sy, xs, ys, spec.x, spec.y);
  for (const s of spec.series) {
    el("path", { d: pathOf(s.points, sx, sy), fill: "none", stroke: s.color, "stroke-width": s.width || 3.5,
      "stroke-dasharray": s.dash || null, "stroke-linejoin": "round", "stroke-linecap": "round" }, svg);
    const last = s.marker ? s.points[s.points.length - 1] : null;
    if (last && Number.isFinite(last[1])) el("circle", { cx: sx(last[0]), cy: sy(last[1]), r: 5.5, fill: s.color }, svg);
  }
}

/** Stacked areas over time. spec: {title, x: {label, max}, y: {label}, xs: [x], series: [{name, color, values: [v]}]}. */
export function stackedArea(svg, spec) {
  const { plot } = frame(svg, spec, spec.series.map((s) => ({ name: s.name, color: s.color, area: true })));
  const n = spec.xs.length;
  const totals = new Array(n).fill(0);
  for (const s of spec.series) for (let i = 0; i < n; i++) totals[i] += s.values[i];
  const xs = niceScale(0, spec.x.max, 6);
  const ys = niceScale(0, Math.max(1, ...totals), 5);
  const sx = linear(0, xs.max, plot.left, plot.right);
  const sy = linear(0, ys.max, plot.bottom, plot.top);
  axes(svg, plot, sx, sy, xs, ys, spec.x, spec.y);
  const base = new Array(n).fill(0);
  for (const s of spec.series) {
    if (n === 0) break;
    let d = "";
    for (let i = 0; i < n; i++) d += `${i ? " L" : "M"}${sx(spec.xs[i]).toFixed(2)} ${sy(base[i] + s.values[i]).toFixed(2)}`;
    for (let i = n - 1; i >= 0; i--) d += ` L${sx(spec.xs[i]).toFixed(2)} ${sy(base[i]).toFixed(2)}`;
    el("path", { d: `${d} Z`, fill: s.color, stroke: "#ffffff", "stroke-width": 0.5 }, svg);
    for (let i = 0; i < n; i++) base[i] += s.values[i];
  }
}

/** The same viridis as the static figures: the stops sent by the server, interpolated linearly in RGB. */
export function viridis(stops, t) {
  t = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const pos = t * (stops.length - 1);
  const i = Math.min(Math.floor(pos), stops.length - 2);
  const f = pos - i;
  const a = rgb(stops[i]), b = rgb(stops[i + 1]);
  const mix = (k) => Math.round(a[k] + (b[k] - a[k]) * f).toString(16).padStart(2, "0");
  return `#${mix(0)}${mix(1)}${mix(2)}`.toUpperCase();
}

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

/** The SVG as a standalone file (namespace, size), for download. */
export function serialize(svg) {
  const copy = svg.cloneNode(true);
  const [, , w, h] = (svg.getAttribute("viewBox") || "0 0 640 400").split(" ");
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("width", w);
  copy.setAttribute("height", h);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
