// The parameter controls (each with its one-line meaning from the scenario schema, sent by the server)
// and the error list.

function formatValue(slider, value) {
  if (slider.kind === "boolean") return value ? "on" : "off";
  const v = Number(value);
  if (slider.unit === "£") return v >= 1e6 ? `£${(v / 1e6).toLocaleString("en-GB", { maximumFractionDigits: 1 })}m` : `£${v.toLocaleString("en-GB")}`;
  const decimals = Math.max(0, Math.min(4, Math.ceil(-Math.log10(slider.step) - 1e-9)));
  return v.toFixed(decimals) + (slider.unit && slider.unit !== "introductions" ? ` ${slider.unit}` : "");
}

/** One control per slider; <paramref name="changed"/>(key, value) when the user lets go of one. */
export function renderSliders(container, sliders, changed) {
  container.replaceChildren(...sliders.map((s, i) => {
    const id = `param-${i}`;
    const box = document.createElement("div");
    box.className = "slider";
    box.dataset.key = s.key;
    const label = document.createElement("label");
    label.htmlFor = id;
    const name = document.createElement("span");
    name.textContent = s.label;
    const output = document.createElement("output");
    output.htmlFor = id;
    output.textContent = formatValue(s, s.value);
    label.append(name, output);

    const input = document.createElement("input");
    input.id = id;
    input.dataset.key = s.key;
    input.dataset.testid = `param-${s.key}`;
    if (s.kind === "boolean") {
      input.type = "checkbox";
      input.checked = Boolean(s.value);
      input.addEventListener("change", () => { output.textContent = formatValue(s, input.checked); changed(s.key, input.checked); });
    } else {
      input.type = "range";
      input.min = s.min;
      input.max = s.max;
      input.step = s.step;
      input.value = s.value;
      input.addEventListener("input", () => { output.textContent = formatValue(s, input.value); });
      input.addEventListener("change", () => changed(s.key, Number(input.value)));
    }
    const doc = document.createElement("p");
    doc.className = "doc";
    doc.id = `${id}-doc`;
    doc.textContent = `${s.key}: ${s.doc}${s.range ? ` Allowed: ${s.range}.` : ""}`;
    input.setAttribute("aria-describedby", doc.id);
    box.append(label, input, doc);
    return box;
  }));
}

/** Marks the controls whose parameter an error names. */
export function markInvalid(container, errors) {
  const fields = new Set(errors.map((e) => e.field).filter(Boolean));
  for (const box of container.querySelectorAll(".slider")) {
    const bad = fields.has(box.dataset.key);
    box.classList.toggle("invalid", bad);
    box.querySelector("input").setAttribute("aria-invalid", String(bad));
  }
}

export function showErrors(box, errors) {
  const title = document.createElement("strong");
  title.textContent = errors.length === 1 ? "This could not be run:" : `These ${errors.length} problems stop the run:`;
  const list = document.createElement("ul");
  for (const e of errors) {
    const li = document.createElement("li");
    li.textContent = e.text;
    list.append(li);
  }
  box.replaceChildren(title, list);
  box.hidden = false;
}

export function clearErrors(box) {
  box.replaceChildren();
  box.hidden = true;
}
