// Draws every panel for the tick on screen, from the frames received so far.
import { lineChart, stackedArea, reset, text } from "./svg.js";
import { drawMap, mapFrame } from "./map.js";

const CHANNELS = ["external", "peer", "brokered", "procurement"];

/** What a run needs once (projection, labelled cities); call when a run starts. */
export function prepare(run, coastline) {
  const biggest = run.cities.reduce((best, c, i) => (c.firms > run.cities[best].firms ? i : best), 0);
  return {
    frame: mapFrame(run.cities, coastline, run.ukMap),
    labelled: new Set([run.cities[biggest].name, run.network.city]),
    years: run.ticks * run.tickYears,
  };
}

function message(svg, words) {
  reset(svg, 640, 400, words);
  text(svg, words, { x: 320, y: 200, "text-anchor": "middle", "font-size": 20 });
}

function years(run, tick) {
  return tick * run.tickYears;
}

/** "Tick 12 of 60 · 3.0 years". */
export function tickText(run, tick) {
  const y = years(run, tick);
  const decimals = run.tickYears < 0.25 ? 1 : 2;
  return `Tick ${tick} of ${run.ticks} · ${y.toFixed(decimals)} years`;
}

export function renderAll(ui, state) {
  const { run, frames, cursor, prepared, palette } = state;
  const shown = frames.slice(0, cursor + 1);
  const now = shown[shown.length - 1];
  if (!now) return;
  const xLabel = "Time (years)";

  // Map: colour scale from 0 (share) or the lowest value so far (productivity) to the highest so far, so colours brighten as the run goes.
  const byShare = ui.mapColour.value === "share";
  const values = byShare ? now.share : now.productivity;
  let lo = byShare ? 0 : Infinity, hi = -Infinity;
  for (const f of shown) for (const v of (byShare ? f.share : f.productivity)) if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  if (!(hi > lo)) hi = lo + (byShare ? 0.01 : 1);
  drawMap(ui.map, {
    title: `${run.title}: cities at tick ${now.tick}`, cities: run.cities, frame: prepared.frame, firms: now.firms, values, domain: [lo, hi],
    format: byShare ? "percent" : "number", colourLabel: byShare ? "Adoption share" : "Productivity", palette, labelled: prepared.labelled,
  });

  // Adoption: the share of ideas adopted (the adopter share in the Bass case) with Bass's closed form, or adopters too otherwise.
  const series = [];
  if (run.bass) series.push({ name: "Bass formula", color: palette.closedForm, dash: "8 6", width: 2.5, points: run.bass.share.map((v, t) => [years(run, t), v]) });
  series.push({ name: run.bass ? "Firms that adopted" : "Ideas adopted (mean share)", color: palette.simulated, marker: true, points: shown.map((f) => [years(run, f.tick), f.adoptionShare]) });
  if (!run.bass) series.push({ name: "Firms with any idea", color: palette.adopters, marker: true, points: shown.map((f) => [years(run, f.tick), f.adopterShare]) });
  lineChart(ui.adoption, { title: `${run.title}: adoption`, x: { label: xLabel, max: prepared.years }, y: { label: "Share of firms", format: "percent", max: run.bass ? 1 : undefined }, series });

  // Gap: three inequality measures of the chosen variable across cities (none with one city).
  const gapOf = ui.gapVariable.value === "share" ? (f) => f.shareGap : (f) => f.productivityGap;
  const measures = [["Gini", "gini", palette.categorical[0]], ["Coefficient of variation", "cv", palette.categorical[1]], ["Theil", "theil", palette.categorical[2]]];
  if (run.cities.length < 2) message(ui.gap, "One city: there is no gap between cities to measure.");
  else lineChart(ui.gap, {
    title: `${run.title}: gap between cities in ${ui.gapVariable.value === "share" ? "adoption share" : "productivity"}`,
    x: { label: xLabel, max: prepared.years }, y: { label: "Inequality", format: "number" },
    series: measures.map(([name, key, color]) => ({ name, color, marker: true, points: shown.map((f) => [years(run, f.tick), gapOf(f)[key]]) })),
  });

  // Channels: adoptions per tick by how they came about.
  stackedArea(ui.channels, {
    title: `${run.title}: adoptions by channel`, x: { label: xLabel, max: prepared.years }, y: { label: "Adoptions per tick" },
    xs: shown.map((f) => years(run, f.tick)),
    series: CHANNELS.map((name, i) => ({ name, color: palette.channels[i], values: shown.map((f) => f.channels[i]) })),
  });

  syncGraph(state, shown);
  state.network.draw(now.network, `${run.title}: firms of ${run.network.city} at tick ${now.tick}`);
}

/** The network view's firms and ties as of the tick on screen (frames carry them only when they change). */
export function syncGraph(state, shown) {
  let ids = -1, ties = -1;
  for (let i = shown.length - 1; i >= 0 && (ids < 0 || ties < 0); i--) {
    if (ids < 0 && shown[i].network.ids) ids = i;
    if (ties < 0 && shown[i].network.ties) ties = i;
  }
  const key = `${ids}/${ties}`;
  if (key === state.graphKey || ids < 0 || ties < 0) return;
  state.graphKey = key;
  state.network.setGraph(shown[ids].network.ids, shown[ties].network.ties);
}
