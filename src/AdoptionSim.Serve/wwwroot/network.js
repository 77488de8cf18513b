// The network view of one small city: firms as dots laid out by a force layout (ties pull, all firms push
// apart), ties as lines (brokered ties dashed, in another colour), firms lit when they have adopted the
// idea being followed, ringed in the tick they adopt it. A fully mixed population has no ties: its firms
// sit on a grid.
import { el, text, reset } from "./svg.js";

const WIDTH = 640, HEIGHT = 440;
const AREA = { left: 16, top: 16, right: WIDTH - 16, bottom: HEIGHT - 70 };

/** A position from the firm number alone (no randomness), so the same run always looks the same. */
function seedPosition(id) {
  const h1 = Math.sin(id * 12.9898) * 43758.5453, h2 = Math.sin(id * 78.233) * 12543.853;
  return [AREA.left + (h1 - Math.floor(h1)) * (AREA.right - AREA.left), AREA.top + (h2 - Math.floor(h2)) * (AREA.bottom - AREA.top)];
}

export class NetworkView {
  constructor(svg, palette) {
    this.svg = svg;
    this.colours = palette.network;
    this.ids = [];
    this.ties = [];
    this.positions = new Map();
    this.heat = 0;
    this.fullMixing = false;
  }

  /** A new run: forget the layout. */
  start(info) {
    this.fullMixing = info.fullMixing;
    this.info = info;
    this.ids = [];
    this.ties = [];
    this.positions = new Map();
  }

  /** New firms or ties: place newcomers next to a tied firm, then let the layout settle. */
  setGraph(ids, ties) {
    if (ids) this.ids = ids;
    if (ties) this.ties = ties;
    if (this.fullMixing) {
      const columns = Math.ceil(Math.sqrt(this.ids.length * (AREA.right - AREA.left) / (AREA.bottom - AREA.top)));
      const rows = Math.ceil(this.ids.length / Math.max(1, columns));
      const dx = (AREA.right - AREA.left) / Math.max(1, columns), dy = (AREA.bottom - AREA.top) / Math.max(1, rows);
      this.ids.forEach((id, i) => this.positions.set(id, [AREA.left + dx * (i % columns + 0.5), AREA.top + dy * (Math.floor(i / columns) + 0.5)]));
      return;
    }
    const neighbours = this.ids.map(() => []);
    for (const [a, b] of this.ties) { neighbours[a].push(b); neighbours[b].push(a); }
    const fresh = this.positions.size === 0;
    this.ids.forEach((id, i) => {
      if (this.positions.has(id)) return;
      const placed = neighbours[i].map((j) => this.positions.get(this.ids[j])).find((p) => p);
      const [x, y] = seedPosition(id);
      this.positions.set(id, placed ? [placed[0] + (x % 20) - 10, placed[1] + (y % 20) - 10] : [x, y]);
    });
    this.heat = fresh ? 1 : Math.max(this.heat, 0.25);
    if (fresh) for (let i = 0; i < 120; i++) this.relax();
  }

  /** One step of a Fruchterman–Reingold layout; cools down as it goes. Returns whether anything moved. */
  relax() {
    if (this.fullMixing || this.heat < 0.02 || this.ids.length === 0) return false;
    const n = this.ids.length;
    const pos = this.ids.map((id) => this.positions.get(id));
    const k = 0.55 * Math.sqrt(((AREA.right - AREA.left) * (AREA.bottom - AREA.top)) / n);
    const disp = pos.map(() => [0, 0]);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i][0] - pos[j][0], dy = pos[i][1] - pos[j][1];
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * ((i % 3) - 1) + 0.05; dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        disp[i][0] += dx * f; disp[i][1] += dy * f;
        disp[j][0] -= dx * f; disp[j][1] -= dy * f;
      }
    }
    for (const [a, b] of this.ties) {
      const dx = pos[a][0] - pos[b][0], dy = pos[a][1] - pos[b][1];
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k;
      disp[a][0] -= dx * f; disp[a][1] -= dy * f;
      disp[b][0] += dx * f; disp[b][1] += dy * f;
    }
    const cx = (AREA.left + AREA.right) / 2, cy = (AREA.top + AREA.bottom) / 2;
    const limit = 30 * this.heat;
    for (let i = 0; i < n; i++) {
      // Gravity towards the middle keeps firms without ties from drifting to the edges.
      disp[i][0] += (cx - pos[i][0]) * 0.4;
      disp[i][1] += (cy - pos[i][1]) * 0.6;
      const d = Math.sqrt(disp[i][0] ** 2 + disp[i][1] ** 2) || 1;
      const step = Math.min(d, limit);
      const x = Math.min(AREA.right, Math.max(AREA.left, pos[i][0] + (disp[i][0] / d) * step));
      const y = Math.min(AREA.bottom, Math.max(AREA.top, pos[i][1] + (disp[i][1] / d) * step));
      this.positions.set(this.ids[i], [x, y]);
    }
    this.heat *= 0.96;
    return true;
  }

  /** Draws the view. frame: {focus, lit, newly, other} (indices into the ids). */
  draw(frame, title) {
    const svg = reset(this.svg, WIDTH, HEIGHT, title);
    const pos = this.ids.map((id) => this.positions.get(id));
    const ties = el("g", { "stroke-linecap": "round" }, svg);
    for (const [a, b, kind] of this.ties) {
      const brokered = kind === 1;
      el("line", {
        x1: pos[a][0].toFixed(1), y1: pos[a][1].toFixed(1), x2: pos[b][0].toFixed(1), y2: pos[b][1].toFixed(1),
        stroke: brokered ? this.colours.brokered : this.colours.tie, "stroke-width": brokered ? 2.5 : 1,
        "stroke-dasharray": brokered ? "6 4" : kind === 2 ? "2 3" : null, "stroke-opacity": brokered ? 1 : 0.6,
        "data-kind": brokered ? "brokered" : "tie",
      }, ties);
    }
    const lit = new Set(frame.lit), other = new Set(frame.other), newly = new Set(frame.newly);
    const r = this.ids.length > 250 ? 4.5 : 6;
    const nodes = el("g", {}, svg);
    this.ids.forEach((id, i) => {
      const state = lit.has(i) ? "lit" : other.has(i) ? "other" : "none";
      el("circle", {
        cx: pos[i][0].toFixed(1), cy: pos[i][1].toFixed(1), r: newly.has(i) ? r + 2 : r,
        fill: this.colours[state], stroke: newly.has(i) ? "#000000" : "#ffffff", "stroke-width": newly.has(i) ? 2.5 : 0.8, "data-state": state,
      }, nodes);
    });
    this.legend(svg, frame, lit.size);
  }

  legend(svg, frame, litCount) {
    const y = HEIGHT - 44;
    const items = [["lit", frame.focus >= 0 ? `adopted idea #${frame.focus}` : "adopted the idea followed"], ["other", "adopted other ideas"], ["none", "not yet"]];
    let x = 16;
    for (const [state, label] of items) {
      el("circle", { cx: x + 7, cy: y - 5, r: 7, fill: this.colours[state], stroke: "#666666", "stroke-width": 0.5 }, svg);
      text(svg, label, { x: x + 20, y, "font-size": 16 });
      x += 34 + label.length * 9;
    }
    const info = this.info;
    const what = info.fullMixing ? `${this.ids.length} of ${info.total.toLocaleString("en-GB")} firms (fully mixed: no ties)`
      : `${this.ids.length.toLocaleString("en-GB")} firms${info.total > info.shown ? ` (a connected sample of ${info.total.toLocaleString("en-GB")})` : ""}`;
    text(svg, `${info.city}: ${what}; ${litCount} have the idea`, { x: 16, y: y + 26, "font-size": 16 });
    if (!info.fullMixing) {
      el("line", { x1: WIDTH - 150, y1: y + 21, x2: WIDTH - 120, y2: y + 21, stroke: this.colours.brokered, "stroke-width": 2.5, "stroke-dasharray": "6 4" }, svg);
      text(svg, "brokered tie", { x: WIDTH - 114, y: y + 26, "font-size": 16 });
    }
  }
}
