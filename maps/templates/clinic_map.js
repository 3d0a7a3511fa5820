/* Clinic markers, popups, search, filters, "near me" and full screen for the patient map page.
 *
 * The clinic details live once, in the HTML list (so the page works with no JavaScript); `payload.clinics` only
 * holds what the map needs, one array per field, in list order: entry k of the list is clinic k. The map is drawn
 * from that index first and the list joins it once the clusters are on screen, so a long list never delays the
 * map. Scraped text reaches the DOM through textContent or cloned list nodes; the one innerHTML is the packed
 * list below, which is the page's own server-escaped HTML, byte for byte what an inlined list would have been.
 */

/* A large list travels gzipped in the page (maps/page.py); unpack it into the list section. */
function loadClinicList() {
  "use strict";
  const packed = document.getElementById("clinic-list-packed");
  if (!packed) return Promise.resolve();
  const body = document.getElementById("clinic-list-body");
  if (typeof DecompressionStream === "undefined") {
    const link = document.createElement("a");
    link.href = body.dataset.listPage;
    link.textContent = "the list page";
    const note = document.createElement("p");
    note.append("This browser cannot unpack the list of clinics here: see ", link, ".");
    body.replaceChildren(note);
    return Promise.reject(new Error("no DecompressionStream: the clinic list stays packed"));
  }
  const bytes = Uint8Array.from(atob(packed.textContent), (ch) => ch.charCodeAt(0));
  const text = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(text).text().then((html) => {
    body.innerHTML = html;
    body.removeAttribute("aria-busy");
    // A link to a clinic or a state (map.html#kc-...) could not find its target while the list was packed.
    const target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && body.contains(target)) target.scrollIntoView();
  });
}

function initClinicMap(map, payload) {
  "use strict";
  const data = payload.clinics;
  const options = payload.options;
  const doc = document;
  const byId = (id) => doc.getElementById(id);
  const names = data.name;
  const count = names.length;
  let entries = null;                     // the list's <li> elements, once the list has joined the map
  const shown = new Array(count).fill(true);   // what the filters keep, for the list as for the map
  const statusBox = byId("map-status");
  const say = (text) => { statusBox.textContent = text; };
  const state = { loading: 0 };
  let markClustered;
  const firstClusters = new Promise((resolve) => { markClustered = resolve; });

  const icons = options.bands.map((band) => L.divIcon({
    className: "pin pin-" + band.code, iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -8],
  }));
  const cluster = L.markerClusterGroup({
    chunkedLoading: true,                 // keeps a phone responsive while 10,000 markers are clustered
    chunkProgress: (done, total) => { state.loading = total - done; if (done === total) markClustered(); },
    showCoverageOnHover: false,
    iconCreateFunction: clusterIcon,
  });

  const markers = names.map((name, k) => {
    if (data.lat[k] === null) return null;
    const marker = L.marker([data.lat[k], data.lon[k]], {
      icon: icons[data.band[k]], title: names[k], alt: names[k], keyboard: true,
    });
    marker.bindPopup(() => popupFor(k), { maxWidth: 300, autoPanPadding: [16, 16] });
    return marker;
  });
  const placed = markers.filter(Boolean);
  if (placed.length) {
    map.fitBounds(L.latLngBounds(placed.map((m) => m.getLatLng())), { maxZoom: 12, padding: [20, 20] });
  }
  state.loading = placed.length;
  cluster.addLayers(placed);
  map.addLayer(cluster);
  if (!placed.length) markClustered();
  let listPage = null;                    // set when the list cannot join: details are on the list page
  firstClusters.then(loadClinicList).then(attachList, (error) => {
    listPage = byId("clinic-list-body").dataset.listPage;
    say("The list of clinics could not be shown here; it is on the list page.");
    console.error(error);
  });

  function clusterIcon(group) {
    const size = group.getChildCount();
    const span = doc.createElement("span");
    span.textContent = size;
    const diameter = size < 10 ? 30 : size < 100 ? 36 : size < 1000 ? 42 : 48;
    return L.divIcon({ html: span, className: "cluster", iconSize: [diameter, diameter] });
  }

  function popupFor(k) {
    const box = doc.createElement("div");
    box.className = "popup";
    box.tabIndex = -1;
    if (!entries) {                       // the list has not joined yet (a slow phone, a long list)
      const heading = doc.createElement("h4");
      heading.textContent = names[k];
      const note = doc.createElement("p");
      note.className = "note";
      if (listPage) {
        const link = doc.createElement("a");
        link.href = onListPage(k);
        link.textContent = "Details on the list page";
        note.appendChild(link);
      } else {
        note.textContent = "Details are loading\u2026";
      }
      box.append(heading, note);
      return box;
    }
    for (const node of entries[k].childNodes) {
      if (!(node.classList && node.classList.contains("js-added"))) box.appendChild(node.cloneNode(true));
    }
    const back = doc.createElement("a");
    back.href = "#" + entries[k].id;
    back.textContent = "See this clinic in the list";
    back.addEventListener("click", (event) => { event.preventDefault(); focusEntry(k); });
    const line = doc.createElement("p");
    line.appendChild(back);
    box.appendChild(line);
    return box;
  }

  const onListPage = (k) => listPage + "#" + encodeURIComponent(data.anchor[k]);

  function focusEntry(k) {
    if (listPage) location.href = onListPage(k);
    if (!entries) return;
    const entry = entries[k];
    entry.tabIndex = -1;
    entry.scrollIntoView({ block: "center" });
    entry.focus({ preventScroll: true });
  }

  function showOnMap(k) {
    const marker = markers[k];
    if (!marker) { focusEntry(k); return; }
    if (!cluster.hasLayer(marker)) {
      say(names[k] + " is hidden by the filters. Choose \u201cShow all\u201d to see it.");
      return;
    }
    byId("map-panel").scrollIntoView({ block: "start" });
    cluster.zoomToShowLayer(marker, () => {
      marker.openPopup();
      const content = marker.getPopup().getElement().querySelector(".popup");
      if (content) content.focus();
    });
  }

  /* The list joins the map: "Show on map" buttons (only where the map works, so the no-JavaScript list has no
   * dead controls) and whatever the filters already hide. */
  let sections = [];
  function attachList() {
    entries = Array.from(doc.querySelectorAll("#clinic-list .clinics > li"));
    if (entries.length !== count) throw new Error("clinic list and map data differ in length");
    sections = Array.from(doc.querySelectorAll(".state-group"));
    entries.forEach((entry, k) => {
      if (!markers[k]) return;
      const button = doc.createElement("button");
      button.type = "button";
      button.className = "js-added show-on-map";
      button.textContent = "Show on map";
      button.setAttribute("aria-label", "Show " + names[k] + " on the map");
      button.addEventListener("click", () => showOnMap(k));
      entry.appendChild(button);
    });
    filterList();
    for (const marker of placed) {
      if (marker.isPopupOpen()) marker.getPopup().update();   // its content function now finds the details
    }
  }

  function filterList() {
    if (!entries) return;
    for (let k = 0; k < count; k += 1) entries[k].hidden = !shown[k];
    for (const section of sections) {
      section.hidden = !section.querySelector(".clinics > li:not([hidden])");
    }
  }

  /* Search by clinic name or city, accent- and case-insensitive. */
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  let folded = null;                      // built on the first search: most visitors never search
  const results = byId("map-results");

  function listResults(indexes, describe) {
    results.replaceChildren(...indexes.map((k) => {
      const item = doc.createElement("li");
      const button = doc.createElement("button");
      button.type = "button";
      button.textContent = describe(k);
      button.addEventListener("click", () => showOnMap(k));
      item.appendChild(button);
      return item;
    }));
  }

  function search(query, showFirst) {
    const wanted = fold(query.trim());
    if (!wanted) { results.replaceChildren(); say(""); return; }
    folded = folded || names.map((name, k) => [fold(name), fold(data.city[k])]);
    const found = [];
    for (let k = 0; k < count; k += 1) {
      if (folded[k][0].includes(wanted) || folded[k][1].includes(wanted)) found.push(k);
    }
    const shown = found.slice(0, options.maxResults);
    listResults(shown, (k) => names[k] + (data.city[k] ? " (" + data.city[k] + ")" : ""));
    say(found.length === 0 ? "No clinic matches \u201c" + query.trim() + "\u201d."
      : found.length + (found.length === 1 ? " clinic matches" : " clinics match")
        + (found.length > shown.length ? "; the first " + shown.length + " are listed." : "."));
    if (showFirst && found.length) showOnMap(found[0]);
  }

  const searchForm = byId("map-search");
  const searchBox = byId("map-search-text");
  let typing = 0;
  searchForm.addEventListener("submit", (event) => { event.preventDefault(); search(searchBox.value, true); });
  searchBox.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => search(searchBox.value, false), 250);
  });

  /* Filters hide markers inside clusters too: the cluster group is rebuilt from the clinics that pass. */
  const filterForm = byId("map-filters");

  function applyFilters() {
    const checked = filterForm.querySelectorAll("input[name=band]:checked");
    const bands = new Set(Array.from(checked, (box) => +box.value));
    const route = filterForm.elements.route.value === "" ? -1 : +filterForm.elements.route.value;
    const visible = [];
    let listed = 0;
    for (let k = 0; k < count; k += 1) {
      shown[k] = bands.has(data.band[k]) && (route < 0 || (data.routes[k] & (1 << route)) !== 0);
      if (shown[k]) { listed += 1; if (markers[k]) visible.push(markers[k]); }
    }
    filterList();
    map.closePopup();
    cluster.clearLayers();
    state.loading = visible.length;
    cluster.addLayers(visible);
    say("Showing " + listed + " of " + count + " clinics (" + visible.length + " on the map).");
  }

  filterForm.addEventListener("change", applyFilters);
  filterForm.addEventListener("reset", () => setTimeout(applyFilters));   // after the form has reset
  filterForm.addEventListener("submit", (event) => { event.preventDefault(); applyFilters(); });

  /* Near me: the browser's geolocation, then the nearest clinics among those the filters show. */
  let youAreHere = null;
  byId("map-near-me").addEventListener("click", () => {
    if (!navigator.geolocation) { say("This browser cannot share your location."); return; }
    say("Finding your location\u2026");
    navigator.geolocation.getCurrentPosition((position) => {
      const here = L.latLng(position.coords.latitude, position.coords.longitude);
      if (youAreHere) youAreHere.remove();
      youAreHere = L.circleMarker(here, { radius: 8, className: "you-are-here" })
        .bindTooltip("Your location").addTo(map);
      map.setView(here, 10);
      const nearest = markers
        .map((marker, k) => (marker && cluster.hasLayer(marker) ? [here.distanceTo(marker.getLatLng()), k] : null))
        .filter(Boolean).sort((a, b) => a[0] - b[0]).slice(0, options.nearest);
      const miles = new Map(nearest.map(([metres, k]) => [k, (metres / 1609.344).toFixed(1)]));
      listResults(nearest.map(([, k]) => k), (k) => names[k] + ", " + miles.get(k) + " miles");
      say(nearest.length ? "The " + nearest.length + " nearest clinics are listed below the search box."
        : "No clinic on the map matches the filters.");
    }, (error) => {
      say(error.code === error.PERMISSION_DENIED ? "Location sharing was refused."
        : "Your location could not be found.");
    }, { timeout: 15000, maximumAge: 600000 });
  });

  /* Full screen: the Fullscreen API where there is one, a fixed-position panel elsewhere (iPhone Safari). */
  const panel = byId("map-panel");
  const fullButton = byId("map-full-screen");
  const setFull = (on) => {
    fullButton.setAttribute("aria-pressed", String(on));
    map.invalidateSize();
  };
  fullButton.addEventListener("click", () => {
    if (doc.fullscreenElement) { doc.exitFullscreen(); return; }
    if (panel.classList.contains("full-screen")) { panel.classList.remove("full-screen"); setFull(false); return; }
    const fallback = () => { panel.classList.add("full-screen"); setFull(true); };
    if (panel.requestFullscreen) panel.requestFullscreen().catch(fallback); else fallback();
  });
  doc.addEventListener("fullscreenchange", () => setFull(doc.fullscreenElement === panel));

  // On a phone the filters start folded, so that the map is near the top of the page.
  if (window.matchMedia("(max-width: 60rem)").matches) byId("map-filter-box").open = false;
  byId("map-tools").hidden = false;
  fullButton.hidden = false;
  return {
    map, cluster, markers, showOnMap, search,
    markerCount: () => cluster.getLayers().length,
    clustered: () => state.loading === 0,
    settled: () => state.loading === 0 && entries !== null,
  };
}
