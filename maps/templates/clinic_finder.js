/* The finder: one list of clinics that follows what the patient asked for, a place ("80202", "Denver, CO",
 * "Denver", their own location) within a chosen distance, or part of a clinic's name, among the clinics the
 * filters keep (condition, route, fee group, maximum fee), sorted by distance, lowest fee or name, and paged.
 * `ctx` comes from initClinicMap (clinic_map.js); places come from clinicPlaces (clinic_places.js).
 */
function initFinder(ctx) {
  "use strict";
  const { data, options, map, say } = ctx;
  const doc = document;
  const byId = (id) => doc.getElementById(id);
  const names = data.name;
  const count = names.length;
  const form = byId("finder");
  const box = byId("finder-text");
  const radiusBox = byId("finder-radius");
  const sortBox = byId("finder-sort");
  const filterForm = byId("map-filters");
  const panel = byId("results");
  const heading = byId("results-heading");
  const note = byId("results-note");
  const choices = byId("results-choices");
  const list = byId("results-list");
  const more = byId("results-more");
  const announce = (text) => { byId("results-announce").textContent = text; };

  const { number, dollars, clinics, miles } = clinicWords;
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
  let folded = null;                      // names and towns folded for matching, on the first name search
  const foldedNames = () => (folded = folded || names.map((name, k) => [fold(name), fold(data.city[k])]));

  const shown = new Uint8Array(count).fill(1);   // what the filters keep, for the map, the lists and searches
  const keyOf = (f) => JSON.stringify([...f.bands, f.route, f.condition, f.maxFee]);
  let filters = readFilters();
  let filterKey = keyOf(filters);
  let query = { text: "", place: null, others: [] };
  let results = [];                       // clinic numbers, in the order shown
  let distances = null;                   // miles from the place searched, by clinic number
  let within = true;                      // false: nothing was within reach, `results` are the nearest few
  let listed = 0;                         // how many of `results` the list shows
  let searchArea = null;                  // the place searched and its circle, on the map
  let located = null;                     // the patient's own location, while the search box stays empty
  let namesOnly = "";                     // the text the patient chose to read as a clinic name, not a place
  let sortChosen = false;
  let sequence = 0;
  let typing = 0;                         // the pause after a keystroke before the search runs
  let running = 0;
  const api = { renders: 0, busy: () => running > 0 || typing !== 0 };

  function readFilters() {
    const fields = filterForm.elements;
    const maxFee = fields.maxFee.value.trim() === "" ? NaN : Number(fields.maxFee.value);
    return {
      bands: new Set(Array.from(filterForm.querySelectorAll("input[name=band]:checked"), (b) => +b.value)),
      route: fields.route.value === "" ? -1 : +fields.route.value,
      condition: fields.condition.value === "" ? -1 : +fields.condition.value,
      maxFee: Number.isFinite(maxFee) && maxFee >= 0 ? maxFee : null,
    };
  }

  const unfiltered = () => filters.bands.size === options.bands.length && filters.route < 0
    && filters.condition < 0 && filters.maxFee === null;

  /* Reads the filter form; when it changed, re-draws the map and the list of clinics by state. */
  function applyFilters() {
    const next = readFilters();
    const key = keyOf(next);
    if (key === filterKey) return false;
    filters = next;
    filterKey = key;
    for (let k = 0; k < count; k += 1) {
      shown[k] = filters.bands.has(data.band[k])
        && (filters.route < 0 || (data.routes[k] & (1 << filters.route)) !== 0)
        && (filters.condition < 0 || (data.conditions[k] & (1 << filters.condition)) !== 0)
        && (filters.maxFee === null || (data.fee[k] !== null && data.fee[k] <= filters.maxFee)) ? 1 : 0;
    }
    ctx.applyShown(shown);
    return true;
  }

  function filterWords() {
    const words = [];
    const chosen = (select) => select.selectedOptions[0].textContent;
    if (filters.maxFee !== null) words.push("fee up to " + dollars(filters.maxFee));
    if (filters.condition >= 0) words.push("treating " + chosen(filterForm.elements.condition));
    if (filters.route >= 0) words.push("offering " + chosen(filterForm.elements.route));
    if (filters.bands.size < options.bands.length) {
      const bands = options.bands.filter((band, i) => filters.bands.has(i))
        .map((band) => band.label.replace(/^Fee /, "").toLowerCase());
      words.push(bands.length ? "fee " + bands.join(" or ") : "no fee group chosen");
    }
    return words;
  }

  /* What the text in the search box names: a place, a problem to tell the patient, or a clinic's name. */
  async function readQuery(text) {
    if (located && !text) return { text: "", place: located, others: [] };
    if (!text || text === namesOnly) return { text, place: null, others: [] };
    let places = null;
    try {
      places = await clinicPlaces.load();
    } catch (error) {
      console.error(error);
      if (/^\d/.test(text)) {
        return { text, problem: "This browser cannot search by ZIP code here: search by town or clinic name, "
          + "or find your state in the list of clinics." };
      }
    }
    const found = places && places.find(text);
    if (found && found.place) return { text, place: found.place, others: found.others };
    if (found && found.partialZip) return { text, problem: "Type all five digits of the ZIP code.", partial: true };
    if (found && found.unknownZip) {
      return { text, problem: "No place found for \u201c" + text + "\u201d: check the ZIP code, or type your "
        + "town's name." };
    }
    return { text, place: null, others: [] };
  }

  function compute() {
    const radius = +radiusBox.value;
    results = [];
    distances = null;
    within = true;
    if (query.problem) return;
    if (query.place) {
      const { lat, lon } = query.place;
      const beyond = [];
      distances = new Float64Array(count).fill(Infinity);
      for (let k = 0; k < count; k += 1) {
        if (!shown[k] || data.lat[k] === null) continue;
        distances[k] = milesBetween(lat, lon, data.lat[k], data.lon[k]);
        (distances[k] <= radius ? results : beyond).push(k);
      }
      if (!results.length) {              // say so, and offer the nearest few however far they are
        within = false;
        results = beyond.sort(byDistance).slice(0, options.nearest);
      }
    } else if (query.text) {
      const wanted = fold(query.text);
      const texts = foldedNames();
      for (let k = 0; k < count; k += 1) {
        if (shown[k] && (texts[k][0].includes(wanted) || texts[k][1].includes(wanted))) results.push(k);
      }
    } else {
      for (let k = 0; k < count; k += 1) if (shown[k]) results.push(k);
    }
    sortResults();
  }

  const byName = (a, b) => collator.compare(names[a], names[b]) || a - b;
  const byDistance = (a, b) => distances[a] - distances[b] || byName(a, b);
  // Unknown fees last; Infinity - Infinity is NaN, which falls through to the next key.
  const byFee = (a, b) => ((data.fee[a] ?? Infinity) - (data.fee[b] ?? Infinity)) || (distances ? byDistance(a, b)
    : byName(a, b));

  function sortResults() {
    const order = { distance: byDistance, fee: byFee, name: byName }[sortBox.value] || byFee;
    results.sort(order === byDistance && !distances ? byFee : order);
  }

  function headingText() {
    if (query.problem) return "No place found";
    const radius = +radiusBox.value;
    let subject;
    if (query.place) {
      subject = (within ? clinics(results.length) : "No clinic") + " within " + radius + " miles of "
        + query.place.label;
    } else if (query.text) {
      subject = clinics(results.length) + " matching \u201c" + query.text + "\u201d";
    } else {                              // no search: the filters alone (else the list is hidden)
      subject = clinics(results.length);
    }
    const words = filterWords();
    return subject + (words.length ? ", " + words.join(", ") : "");
  }

  function noteText() {
    if (query.problem) return query.problem;
    const order = { distance: "nearest first", fee: "lowest fee first", name: "by name" }[sortBox.value];
    if (!results.length) {
      return query.text && !query.place
        ? "Try a ZIP code, a town with its state (Denver, CO) or part of a clinic\u2019s name."
        : "No clinic matches the filters: choose \u201cShow all\u201d to see every clinic.";
    }
    let text;
    if (!within) {
      text = "The " + (results.length === 1 ? "nearest clinic is" : results.length + " nearest clinics are")
        + " listed, " + order + "; the closest is " + miles(distances[closest()]) + " away.";
    } else if (listed < results.length) {
      text = "Showing 1\u2013" + number(listed) + " of " + number(results.length) + ", " + order + ".";
    } else {
      text = (results.length === 1 ? "Showing the one clinic" : "Showing all " + number(results.length)) + ", "
        + order + ".";
    }
    if (query.place) {
      const from = { zip: "the centre of ZIP code area " + query.place.label.slice(0, 5),
        town: "the centre of " + query.place.label, location: "your location" }[query.place.kind];
      text += " Distances are from " + from + ".";
    }
    return text;
  }

  const closest = () => results.reduce((best, k) => (distances[k] < distances[best] ? k : best), results[0]);

  function item(k) {
    const entry = ctx.entry(k);
    const row = doc.createElement("li");
    const name = doc.createElement("h3");
    name.textContent = names[k];
    name.tabIndex = -1;
    const facts = doc.createElement("p");
    facts.className = "facts";
    const parts = [];
    if (distances && distances[k] !== Infinity) parts.push(miles(distances[k]));
    if (data.city[k]) parts.push(data.city[k]);
    const fee = doc.createElement("span");
    fee.className = "fee " + options.bands[data.band[k]].code;
    fee.textContent = clinicWords.fee(data.fee[k], data.feeMax[k]);
    facts.append(parts.map((part) => part + " \u00b7 ").join(""), fee);
    row.append(name, facts);
    const phone = entry && entry.querySelector('a[href^="tel:"]');
    if (phone) {
      const line = doc.createElement("p");
      line.append("Phone ", phone.cloneNode(true));
      row.append(line);
    }
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "show-on-map";
    const onMap = data.lat[k] !== null;
    button.textContent = onMap ? "Show on map" : "Show in the list";
    button.setAttribute("aria-label", button.textContent + ": " + names[k]);
    button.addEventListener("click", () => (onMap ? ctx.showOnMap(k, button) : ctx.focusEntry(k)));
    row.append(button);
    return row;
  }

  function offer(label, act) {
    const button = doc.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", act);
    return button;
  }

  function drawChoices() {
    const offers = [];
    for (const other of (query.others || []).slice(0, 8)) {
      offers.push(offer(other.label, () => { box.value = other.label; run({ focus: true }); }));
    }
    if (query.place && query.text) {
      const wanted = fold(query.text);
      const named = foldedNames().filter((texts, k) => shown[k] && texts[0].includes(wanted)).length;
      if (named) {
        offers.push(offer("Show the " + clinics(named).replace(/^1 clinic$/, "clinic") + " named \u201c"
          + query.text + "\u201d instead", () => { namesOnly = query.text; run({ focus: true }); }));
      }
    }
    choices.replaceChildren(...offers);
    choices.hidden = !offers.length;
  }

  /* Shows the next page of results (or the first, when `fresh`); returns the first row added. */
  function draw(fresh) {
    if (fresh) {
      list.replaceChildren();
      listed = 0;
    }
    const start = listed;
    listed = Math.min(results.length, listed + options.pageSize);
    list.append(...results.slice(start, listed).map(item));
    panel.hidden = false;
    heading.textContent = headingText();
    note.textContent = noteText();
    const left = results.length - listed;
    more.hidden = left <= 0;
    more.textContent = "Show " + number(Math.min(options.pageSize, left)) + " more";
    if (fresh) drawChoices();
    api.renders += 1;
    return list.children[start] || null;
  }

  function showSearchArea() {
    if (searchArea) searchArea.remove();
    searchArea = null;
    if (!query.place) return;
    const centre = L.latLng(query.place.lat, query.place.lon);
    const layers = [L.circleMarker(centre, { radius: 7, className: "searched-place", interactive: false })];
    if (within) {
      layers.push(L.circle(centre, { radius: +radiusBox.value * 1609.344, className: "search-radius", fill: false,
        interactive: false }));
    }
    searchArea = L.layerGroup(layers).addTo(map);
    const points = results.map((k) => [data.lat[k], data.lon[k]]);
    points.push(centre);
    ctx.fitTo(L.latLngBounds(points), { maxZoom: 13, padding: [24, 24] });
  }

  /* Reads the search box and the filters, then lists what they ask for. */
  async function run(how) {
    clearTimeout(typing);
    typing = 0;
    running += 1;
    try {
      await search(how);
    } finally {
      running -= 1;
    }
  }

  async function search(how) {
    const ticket = ++sequence;
    const next = await readQuery(box.value.trim());
    if (ticket !== sequence) return;      // a newer search started while the places were unpacking
    if (next.partial && !how.focus) { say(next.problem); return; }   // still typing a ZIP code
    query = next;
    if (!query.problem && !query.place && !query.text && unfiltered()) {
      panel.hidden = true;
      showSearchArea();
      announce("");
      return;
    }
    sortBox.options[0].disabled = !query.place;
    if (!sortChosen || (sortBox.value === "distance" && !query.place)) sortBox.value = query.place ? "distance" : "fee";
    compute();
    await ctx.listReady;                  // phone numbers come from the list of clinics
    if (ticket !== sequence) return;
    draw(true);
    showSearchArea();
    say("");
    announce(heading.textContent + ".");
    if (how.focus) heading.focus();
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run({ focus: true });
  });
  box.addEventListener("input", () => {
    located = null;
    namesOnly = "";
    clearTimeout(typing);
    if (/^\d{5}$/.test(box.value.trim())) run({});   // a whole ZIP code: nothing more to wait for
    else typing = setTimeout(() => run({}), 300);
  });
  radiusBox.addEventListener("change", () => { if (query.place) run({}); });
  sortBox.addEventListener("change", () => {
    sortChosen = true;
    if (panel.hidden) return;
    sortResults();
    draw(true);
    announce(note.textContent);
  });
  more.addEventListener("click", () => {
    const first = draw(false);
    if (first) first.querySelector("h3").focus();
  });

  let filtering = 0;
  const refilter = () => { if (applyFilters()) run({}); };
  filterForm.addEventListener("change", refilter);
  filterForm.elements.maxFee.addEventListener("input", () => {
    clearTimeout(filtering);
    filtering = setTimeout(refilter, 400);
  });
  filterForm.addEventListener("reset", () => setTimeout(refilter));   // after the form has reset
  filterForm.addEventListener("submit", (event) => {
    event.preventDefault();
    if (applyFilters() || !panel.hidden) run({ focus: true });
  });

  byId("finder-location").addEventListener("click", () => {
    if (!navigator.geolocation) { say("This browser cannot share your location."); return; }
    say("Finding your location\u2026");
    navigator.geolocation.getCurrentPosition((position) => {
      located = { lat: position.coords.latitude, lon: position.coords.longitude, label: "your location",
        kind: "location" };
      box.value = "";
      run({ focus: true });
    }, (error) => {
      say(error.code === error.PERMISSION_DENIED ? "Location sharing was refused."
        : "Your location could not be found.");
    }, { timeout: 15000, maximumAge: 600000 });
  });

  return api;
}
