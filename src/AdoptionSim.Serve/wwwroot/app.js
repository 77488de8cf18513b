// The page: picks a scenario, starts runs on the server, streams their ticks over a WebSocket and plays
// them at the chosen speed. The server computes only a little ahead of the tick on screen ("until"), so a
// paused run costs nothing. The address bar always holds a link to the run on screen.
import { serialize } from "./svg.js";
import { NetworkView } from "./network.js";
import { prepare, renderAll, tickText } from "./render.js";
import { renderSliders, markInvalid, showErrors, clearErrors } from "./controls.js";

const $ = (id) => document.getElementById(id);
const ui = {
  scenario: $("scenario"), seed: $("seed"), play: $("play"), step: $("step"), reset: $("reset"), speed: $("speed"), tick: $("tick"),
  notice: $("notice"), description: $("scenario-description"), sliders: $("sliders"), errors: $("errors"), command: $("command"),
  shareLink: $("share-link"), copyLink: $("copy-link"), downloadParquet: $("download-parquet"), downloadStatus: $("download-status"),
  yaml: $("yaml"), runYaml: $("run-yaml"), paste: $("paste"),
  map: $("map"), adoption: $("adoption"), network: $("network"), gap: $("gap"), channels: $("channels"),
  mapColour: $("map-colour"), gapVariable: $("gap-variable"), networkCity: $("network-city"),
};

const state = {
  catalogue: null, palette: null, coastline: null, request: null, run: null, frames: [], cursor: -1, playing: false,
  socket: null, prepared: null, network: null, graphKey: "", seekTo: 0, carry: 0, last: 0, generation: 0,
  stats: { shown: 0, since: 0, until: 0, firstTick: 0, lastTick: 0, renderMs: 0 },
  pending: {}, sliderTimer: 0,
};

// For tests and the curious: the achieved display rate and the frames shown.
// "ticksPerSecond": ticks advanced per second of play; "framesPerSecond": ticks drawn per second (they differ when frames are skipped).
window.adoptionsim = {
  stats: () => {
    const seconds = (state.stats.until - state.stats.since) / 1000;
    return { ...state.stats, ticksPerSecond: seconds > 0 ? (state.stats.lastTick - state.stats.firstTick) / seconds : 0,
      framesPerSecond: seconds > 0 ? (state.stats.shown - 1) / seconds : 0, renderMsPerFrame: state.stats.shown ? state.stats.renderMs / state.stats.shown : 0 };
  },
  tick: () => (state.cursor >= 0 ? state.frames[state.cursor].tick : -1),
  frames: () => state.frames.slice(0, state.cursor + 1),
};

async function boot() {
  const [catalogue, coastline] = await Promise.all([fetch("/api/scenarios").then((r) => r.json()), fetch("/api/coastline").then((r) => r.json())]);
  state.catalogue = catalogue;
  state.palette = catalogue.palette;
  state.coastline = coastline;
  state.network = new NetworkView(ui.network, state.palette);
  for (const s of catalogue.scenarios) ui.scenario.append(new Option(s.title, s.id));
  ui.scenario.append(new Option("Pasted scenario", "pasted"));

  const query = new URLSearchParams(location.search);
  const id = catalogue.scenarios.some((s) => s.id === query.get("scenario")) ? query.get("scenario") : "bass";
  const entry = catalogue.scenarios.find((s) => s.id === id);
  const params = {};
  for (const [k, v] of query) if (entry.sliders.some((s) => s.key === k)) params[k] = v;
  ui.scenario.value = id;
  const speeds = [...ui.speed.options].map((o) => o.value);
  ui.speed.value = speeds.includes(query.get("speed")) ? query.get("speed") : defaultSpeed(entry.ticks);
  await start({ scenario: id, seed: query.get("seed") || String(entry.seed), params, networkCity: query.get("city") || null }, query.get("autoplay") === "1");
  bindControls();
  requestAnimationFrame(animate);
}

/** About ten seconds for a whole run, at one of the offered speeds. */
function defaultSpeed(ticks) {
  const wanted = ticks / 10;
  return [1, 2, 5, 10, 20].reduce((best, s) => (Math.abs(s - wanted) < Math.abs(best - wanted) ? s : best), 1);
}

/** Starts a run (new or again): asks the server, then opens its live stream. Keeps the old run on screen if the new one is refused. */
async function start(request, play, seekTo = 0) {
  const generation = ++state.generation;
  const response = await fetch("/api/runs", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
  const body = await response.json().catch(() => ({ errors: [{ text: `the server answered ${response.status}` }] }));
  if (generation !== state.generation) {
    // Overtaken by a newer request before its stream opened: give the server its slot back.
    if (response.ok) fetch(`/api/runs/${body.id}`, { method: "DELETE" });
    return;
  }
  if (!response.ok) {
    showErrors(ui.errors, body.errors || []);
    markInvalid(ui.sliders, body.errors || []);
    ui.seed.setAttribute("aria-invalid", String((body.errors || []).some((e) => e.field === "seed")));
    setPlaying(false);
    return;
  }
  clearErrors(ui.errors);
  markInvalid(ui.sliders, []);
  ui.seed.setAttribute("aria-invalid", "false");
  if (state.socket) state.socket.close();
  state.request = request;
  state.run = body;
  state.frames = [];
  state.cursor = -1;
  state.graphKey = "";
  state.seekTo = seekTo;
  state.prepared = prepare(body, state.coastline);
  state.network.start(body.network);
  showRun(body);
  openStream(body.id, generation);
  setPlaying(play);
}

function openStream(id, generation) {
  const socket = new WebSocket(`ws://${location.host}/api/runs/${id}/live`);
  state.socket = socket;
  socket.onopen = () => askAhead();
  socket.onmessage = (event) => {
    if (generation !== state.generation) return;
    const message = JSON.parse(event.data);
    if (message.type === "tick") {
      state.frames.push(message);
      if (state.cursor < 0) show(0);
      else if (state.cursor < state.seekTo) show(Math.min(state.seekTo, state.frames.length - 1));
    } else if (message.type === "error") {
      showErrors(ui.errors, [{ text: message.message }]);
      setPlaying(false);
    }
  };
}

/** Tells the server how far to compute: a couple of seconds of play ahead of the screen, or one tick when paused. */
function askAhead() {
  if (!state.socket || state.socket.readyState !== WebSocket.OPEN || !state.run) return;
  const ahead = state.playing ? Math.max(10, 2 * Number(ui.speed.value)) : 1;
  const cursorTick = state.cursor >= 0 ? state.frames[state.cursor].tick : 0;
  state.socket.send(JSON.stringify({ until: Math.min(state.run.ticks, Math.max(cursorTick, state.seekTo) + ahead) }));
}

function show(index) {
  if (index === state.cursor || index < 0 || index >= state.frames.length) return;
  state.cursor = index;
  const now = performance.now();
  if (state.stats.shown === 0) { state.stats.since = now; state.stats.firstTick = state.frames[index].tick; }
  state.stats.shown++;
  state.stats.until = now;
  state.stats.lastTick = state.frames[index].tick;
  ui.tick.textContent = tickText(state.run, state.frames[index].tick);
  ui.tick.dataset.tick = state.frames[index].tick;
  const t0 = performance.now();
  renderAll(ui, state);
  state.stats.renderMs += performance.now() - t0;
  askAhead();
  if (state.frames[index].tick >= state.run.ticks) setPlaying(false);
}

function animate(now) {
  if (state.playing && state.run) {
    state.carry += ((now - state.last) / 1000) * Number(ui.speed.value);
    const steps = Math.floor(state.carry);
    if (steps > 0) {
      state.carry -= steps;
      show(Math.min(state.cursor + steps, state.frames.length - 1));
    }
  }
  state.last = now;
  if (state.network && state.network.relax() && state.cursor >= 0) {
    state.network.relax();
    state.network.draw(state.frames[state.cursor].network, ui.network.querySelector("title")?.textContent || "");
  }
  requestAnimationFrame(animate);
}

function setPlaying(play) {
  const atEnd = state.run && state.cursor >= 0 && state.frames[state.cursor].tick >= state.run.ticks;
  state.playing = Boolean(play) && !atEnd;
  state.carry = 0;
  ui.play.setAttribute("aria-pressed", String(state.playing));
  ui.play.textContent = state.playing ? "❚❚ Pause" : "▶ Play";
  if (state.playing) state.stats = { shown: 0, since: 0, until: 0, firstTick: 0, lastTick: 0, renderMs: 0 };
  askAhead();
  updateLink();
}

/** Everything about a run that is not drawn per tick: notice, sliders, command, network choices, link. */
function showRun(run) {
  ui.seed.value = String(run.seed);
  ui.description.textContent = run.description;
  ui.notice.replaceChildren(...(run.notice.length ? run.notice : ["A scenario of your own: watch the adoption curve, the gap and the channels."]).map((t) => {
    const li = document.createElement("li");
    li.textContent = t;
    return li;
  }));
  renderSliders(ui.sliders, run.sliders, (key, value) => {
    // Arrow keys on a slider fire a change per press: start again once the user pauses.
    state.pending = { ...state.pending, [key]: value };
    clearTimeout(state.sliderTimer);
    state.sliderTimer = setTimeout(() => {
      const params = { ...state.request.params, ...state.pending };
      state.pending = {};
      restart({ params });
    }, 250);
  });
  ui.command.textContent = run.command;
  ui.networkCity.replaceChildren(...run.network.choices.map((c) => new Option(`${c.name} (${c.firms.toLocaleString("en-GB")})`, c.name)));
  ui.networkCity.value = run.network.city;
  updateLink();
}

/** The same run with some of the request changed, from tick 0 (or back to the tick on screen, for a view change). */
function restart(changes, keepTick = false) {
  const tick = keepTick && state.cursor >= 0 ? state.frames[state.cursor].tick : 0;
  return start({ ...state.request, ...changes }, state.playing, tick);
}

function shareUrl(autoplay) {
  const q = new URLSearchParams();
  if (state.request.scenario) q.set("scenario", state.request.scenario);
  q.set("seed", ui.seed.value);
  for (const [k, v] of Object.entries(state.request.params || {})) q.set(k, String(v));
  if (state.request.networkCity) q.set("city", state.request.networkCity);
  q.set("speed", ui.speed.value);
  if (autoplay) q.set("autoplay", "1");
  return `${location.origin}/?${q}`;
}

function updateLink() {
  if (!state.request) return;
  ui.shareLink.value = state.request.yaml ? "(a pasted scenario has no link: share its YAML)" : shareUrl(true);
  if (!state.request.yaml) history.replaceState(null, "", shareUrl(false));
}

function stepOnce() {
  setPlaying(false);
  if (state.cursor + 1 < state.frames.length) show(state.cursor + 1);
  else state.seekTo = (state.cursor >= 0 ? state.frames[state.cursor].tick : 0) + 1;
  askAhead();
}

function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

async function downloadParquet() {
  ui.downloadStatus.textContent = "Running the scenario and writing its Parquet files…";
  ui.downloadParquet.disabled = true;
  try {
    const response = await fetch("/api/runs/parquet", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(state.request) });
    if (!response.ok) {
      showErrors(ui.errors, (await response.json().catch(() => ({}))).errors || [{ text: `the server answered ${response.status}` }]);
      ui.downloadStatus.textContent = "";
      return;
    }
    const name = /filename="?([^";]+)"?/.exec(response.headers.get("Content-Disposition") || "")?.[1] || "run.zip";
    download(name, await response.blob());
    ui.downloadStatus.textContent = `Saved ${name}.`;
  } finally {
    ui.downloadParquet.disabled = false;
  }
}

function bindControls() {
  ui.play.addEventListener("click", () => setPlaying(!state.playing));
  ui.step.addEventListener("click", stepOnce);
  ui.reset.addEventListener("click", () => start(state.request, false));
  ui.speed.addEventListener("change", () => { askAhead(); updateLink(); });
  ui.seed.addEventListener("change", () => restart({ seed: ui.seed.value.trim() }));
  ui.scenario.addEventListener("change", () => {
    if (ui.scenario.value === "pasted") { ui.paste.open = true; ui.yaml.focus(); return; }
    const entry = state.catalogue.scenarios.find((s) => s.id === ui.scenario.value);
    ui.speed.value = defaultSpeed(entry.ticks);
    start({ scenario: entry.id, seed: String(entry.seed), params: {}, networkCity: null }, false);
  });
  ui.runYaml.addEventListener("click", () => {
    ui.scenario.value = "pasted";
    start({ yaml: ui.yaml.value, seed: null, params: {}, networkCity: null }, false);
  });
  ui.networkCity.addEventListener("change", () => restart({ networkCity: ui.networkCity.value }, true));
  ui.mapColour.addEventListener("change", () => renderAll(ui, state));
  ui.gapVariable.addEventListener("change", () => renderAll(ui, state));
  ui.copyLink.addEventListener("click", async () => {
    ui.shareLink.select();
    try { await navigator.clipboard.writeText(ui.shareLink.value); ui.downloadStatus.textContent = "Link copied."; }
    catch { ui.downloadStatus.textContent = "Copy the selected link with Ctrl+C."; }
  });
  ui.downloadParquet.addEventListener("click", downloadParquet);
  for (const button of document.querySelectorAll("[data-enlarge]")) {
    button.setAttribute("aria-label", `Show the ${button.closest(".panel").querySelector("h2").textContent} chart across the page`);
    button.addEventListener("click", () => {
      const wide = button.closest(".panel").classList.toggle("wide");
      button.setAttribute("aria-pressed", String(wide));
    });
  }
  for (const button of document.querySelectorAll("[data-download]")) {
    button.setAttribute("aria-label", `Download the ${button.dataset.download} chart as SVG`);
    button.addEventListener("click", () => {
      const tick = state.cursor >= 0 ? state.frames[state.cursor].tick : 0;
      const name = `${state.run.name}-s${state.run.seed}-${button.dataset.download}-tick${tick}.svg`;
      download(name, new Blob([serialize(ui[button.dataset.download])], { type: "image/svg+xml" }));
    });
  }
  document.addEventListener("keydown", (e) => {
    if (e.target.closest("input, textarea, select") || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === " " && !e.target.closest("button")) { e.preventDefault(); setPlaying(!state.playing); }
    else if (e.key === "ArrowRight") { e.preventDefault(); stepOnce(); }
    else if (e.key === "r" || e.key === "R") start(state.request, false);
  });
}

boot().catch((e) => showErrors(ui.errors, [{ text: `the page could not start: ${e.message}` }]));
