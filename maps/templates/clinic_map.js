/* Clinic markers, clusters and popups for the patient map page, for a mouse, a keyboard or a finger.
 *
 * The clinic details live once, in the HTML list (so the page works with no JavaScript); `payload.clinics` only
 * holds what the map and the finder need, one array per field, in list order: entry k of the list is clinic k.
 * The map is drawn from that index first and the list joins it once the clusters are on screen, so a long list
 * never delays the map. Scraped text reaches the DOM through textContent or cloned list nodes; the one innerHTML
 * is the packed list below, which is the page's own server-escaped HTML, byte for byte what an inlined list
 * would have been.
 *
 * Keyboard: Enter or Space on a group of clinics zooms into it (or spreads it out at the closest zoom) and moves
 * focus to the first clinic or group inside; on a clinic it opens its popup and moves focus into it; Escape
 * closes the popup and returns focus to whatever opened it. Markers outside the visible map leave the Tab order.
 */

/* A large list travels gzipped in the page (maps/page.py); unpack it into the list section. */
function loadClinicList() {
  "use strict";
  if (!document.getElementById("clinic-list-packed")) return Promise.resolve();
  const body = document.getElementById("clinic-list-body");
  // Once the browser has painted the clusters: unpacking a long list holds the main thread a while on a phone.
  const painted = new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return painted.then(() => unpackElement("clinic-list-packed")).then((bytes) => {
    body.innerHTML = new TextDecoder().decode(bytes);
    body.removeAttribute("aria-busy");
    // A link to a state (map.html#state-...) could not find its target while the list was packed.
    const target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && body.contains(target) && target.tagName !== "LI") target.scrollIntoView();
  }, (error) => {
    const link = Object.assign(document.createElement("a"),
      { href: body.dataset.listPage, textContent: "the list page" });
    body.replaceChildren(document.createElement("p"));
    body.firstChild.append("This browser cannot unpack the list of clinics here: see ", link, ".");
    throw error;
  });
}

function initClinicMap(map, payload) {
  "use strict";
  const { clinics: data, options } = payload;
  const doc = document;
  const byId = (id) => doc.getElementById(id);
  const names = data.name;
  const count = names.length;
  const anchors = new Map(data.anchor.map((anchor, k) => [anchor, k]));
  const { number, dollars } = clinicWords;
  let entries = null;                     // the list's <li> elements, once the list has joined the map
  let shown = new Uint8Array(count).fill(1);   // what the filters keep (the finder decides)
  const statusBox = byId("map-status");
  const say = (text) => { statusBox.textContent = text; };
  const panel = byId("map-panel");
  const fullButton = byId("map-full-screen");
  const container = map.getContainer();
  /* The cluster layer adds markers in chunks and cannot stop a chunked add: the markers on the map catch up with
   * the filters between adds (on a slow phone with thousands of clinics, a filter change can come during one). */
  const state = { loading: 0, stale: true };   // stale: the markers on the map are not those the filters keep
  const clustered = () => state.loading === 0 && !state.stale;
  const waiting = [];                     // what waits for the markers the filters keep to be on the map
  const whenClustered = (then) => (clustered() ? then() : waiting.push(then));
  let markListed;
  const listReady = new Promise((resolve) => { markListed = resolve; });

  const icons = options.bands.map((band) => L.divIcon({
    className: "pin pin-" + band.code, iconSize: [18, 18], iconAnchor: [9, 9], popupAnchor: [0, -8],
  }));
  /* A group's icon, named for screen readers by how many clinics it holds and what they charge. */
  const ClusterIcon = L.DivIcon.extend({
    createIcon(oldIcon) {
      const div = L.DivIcon.prototype.createIcon.call(this, oldIcon);
      div.setAttribute("aria-label", this.options.label);
      return div;
    },
  });
  const cluster = L.markerClusterGroup({
    chunkedLoading: true,                 // keeps a phone responsive while 10,000 markers are clustered
    chunkProgress: (done, total) => { state.loading = total - done; if (done === total) queueMicrotask(catchUp); },
    showCoverageOnHover: false,
    iconCreateFunction: clusterIcon,
  });

  const markers = names.map((name, k) => (data.lat[k] === null ? null : L.marker([data.lat[k], data.lon[k]], {
    icon: icons[data.band[k]], title: name, alt: name, keyboard: true, clinic: k,
  })));
  const placed = markers.filter(Boolean);
  if (placed.length) {
    map.fitBounds(L.latLngBounds(placed.map((m) => m.getLatLng())), { maxZoom: 12, padding: [20, 20],
      animate: false });
  }

  /* Leaflet ignores a new view asked for while a zoom animation runs: ask again once the map has stopped. */
  function fitTo(bounds, options) {
    map.fitBounds(bounds, options);
    map.once("moveend", () => { if (!map.getBounds().contains(bounds)) map.fitBounds(bounds, options); });
  }
  map.addLayer(cluster);
  catchUp();
  const firstClusters = new Promise(whenClustered);
  let listPage = null;                    // set when the list cannot join: details are on the list page
  firstClusters.then(loadClinicList).then(attachList).catch((error) => {
    listPage = byId("clinic-list-body").dataset.listPage;
    say("The list of clinics could not be shown here; it is on the list page.");
    console.error(error);
  }).finally(markListed);
  firstClusters.then(openFromHash);
  window.addEventListener("hashchange", openFromHash);

  function clusterIcon(group) {
    const size = group.getChildCount();
    let low = Infinity;
    let high = -Infinity;
    let unknown = 0;
    for (const marker of group.getAllChildMarkers()) {
      const k = marker.options.clinic;
      if (data.fee[k] === null) { unknown += 1; continue; }
      low = Math.min(low, data.fee[k]);
      high = Math.max(high, data.feeMax[k] === null ? data.fee[k] : data.feeMax[k]);
    }
    let fees = low > high ? "no published fees" : low === high ? "fee " + dollars(low)
      : "fees " + dollars(low) + " to " + dollars(high);
    if (unknown && low <= high) fees += ", " + number(unknown) + " without a published fee";
    const span = doc.createElement("span");
    span.textContent = number(size);
    const diameter = size < 10 ? 30 : size < 100 ? 36 : size < 1000 ? 42 : 48;
    return new ClusterIcon({ html: span, className: "cluster", iconSize: [diameter, diameter],
      label: number(size) + " clinics, " + fees });
  }

  /* One popup for every clinic, sized to the map so that it fits a phone and clears the zoom buttons. */
  const popup = L.popup({ closeOnEscapeKey: true });
  let popupClinic = -1;
  let popupOpener = null;

  /* Popups open below the controls along the map's top edge (zoom buttons, and the full-screen button where a
   * phone layout puts it over the map), as wide as the map allows. */
  function fitPopupToMap() {
    const size = map.getSize();
    const box = container.getBoundingClientRect();
    let top = 8;
    for (const control of [...container.querySelectorAll(".leaflet-top .leaflet-control"), fullButton]) {
      const r = control.getBoundingClientRect();
      if (r.height && r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right) {
        top = Math.max(top, r.bottom - box.top + 8);
      }
    }
    const chrome = 46;                    // the popup's margins and border around its content
    const tip = 24;                       // the popup's tip, down to the marker
    Object.assign(popup.options, {
      maxWidth: Math.max(120, Math.min(320, size.x - 16 - chrome)),
      minWidth: Math.min(200, Math.max(120, size.x - 16 - chrome)),
      maxHeight: Math.max(120, size.y - top - 8 - tip - 26),
      autoPanPaddingTopLeft: L.point(8, top),
      autoPanPaddingBottomRight: L.point(8, 8),
    });
  }

  function openPopup(k, opener) {
    if (map.hasLayer(popup)) map.closePopup(popup);
    fitPopupToMap();
    popupClinic = k;
    popupOpener = opener || null;
    popup.setLatLng(markers[k].getLatLng()).setContent(popupFor(k)).openOn(map);
  }

  const popupBox = () => (popup.getElement() ? popup.getElement().querySelector(".popup") : null);
  map.on("popupopen", (event) => {
    if (event.popup === popup && popupBox()) popupBox().focus({ preventScroll: true });
  });
  map.on("popupclose", (event) => {
    if (event.popup !== popup) return;
    const k = popupClinic;
    const element = popup.getElement();
    const active = doc.activeElement;
    popupClinic = -1;
    // Only when focus was in the popup (or went with it): a click elsewhere keeps its own focus.
    if (active && active !== doc.body && !(element && element.contains(active))) return;
    let target = popupOpener;
    if (!target || !target.isConnected || target.closest("[hidden]")) {
      const parent = markers[k] && cluster.getVisibleParent(markers[k]);
      target = (parent && parent.getElement()) || container;
    }
    target.focus();
  });

  function popupFor(k) {
    const box = doc.createElement("div");
    box.className = "popup";
    box.tabIndex = -1;
    box.setAttribute("role", "group");
    box.setAttribute("aria-label", names[k]);
    const entry = entries ? entries[k] : null;
    if (entry) {
      box.appendChild(entryDetails(entry));
      const back = doc.createElement("a");
      back.href = "#" + entry.id;
      back.textContent = "See this clinic in the list";
      back.addEventListener("click", (event) => { event.preventDefault(); focusEntry(k); });
      const line = doc.createElement("p");
      line.appendChild(back);
      box.appendChild(line);
    } else {                              // the list has not joined yet (a slow phone, a long list)
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
    }
    box.appendChild(clinicActions({ anchor: data.anchor[k], name: names[k], entry, lat: data.lat[k],
      lon: data.lon[k] }, say));
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

  /* Mouse, finger, and Enter or Space from the keyboard (below) all arrive here as clicks. */
  let keyboardTarget = null;
  cluster.on("click", (event) => {
    const k = event.layer.options.clinic;
    if (k !== undefined) openPopup(k, event.layer.getElement());
  });
  cluster.on("clusterclick", (event) => {
    if (keyboardTarget && keyboardTarget === event.layer.getElement()) focusInside(event.layer);
    keyboardTarget = null;
  });
  container.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && map.hasLayer(popup)) { map.closePopup(popup); return; }
    if (event.key !== "Enter" && event.key !== " ") return;
    const icon = event.target;
    if (!icon.classList || !icon.classList.contains("leaflet-marker-icon")) return;
    event.preventDefault();               // no page scroll on Space, no second activation on Enter
    keyboardTarget = icon;
    icon.click();
  });

  /* After a group opens from the keyboard, focus goes to the first clinic or smaller group it became. */
  function focusInside(group) {
    const children = group.getAllChildMarkers();
    let timer = 0;
    const settle = () => {
      cluster.off("animationend spiderfied", settle);
      clearTimeout(timer);
      requestAnimationFrame(() => {
        syncTabOrder();
        const icons = Array.from(new Set(children.map((m) => cluster.getVisibleParent(m))))
          .map((layer) => layer && layer.getElement()).filter((icon) => icon && icon.tabIndex === 0)
          .map((icon) => [icon, icon.getBoundingClientRect()])
          .sort((a, b) => a[1].top - b[1].top || a[1].left - b[1].left);
        (icons.length ? icons[0][0] : container).focus();
      });
    };
    cluster.on("animationend spiderfied", settle);
    timer = setTimeout(settle, 1500);     // in case neither event comes
  }

  /* Markers outside the visible map leave the Tab order (the cluster layer keeps some off screen). */
  let syncing = 0;
  function syncTabOrder() {
    syncing = 0;
    const box = container.getBoundingClientRect();
    for (const icon of map.getPane("markerPane").children) {
      const r = icon.getBoundingClientRect();
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      const tab = x >= box.left && x <= box.right && y >= box.top && y <= box.bottom ? 0 : -1;
      if (icon.tabIndex !== tab) icon.tabIndex = tab;
    }
  }
  const scheduleSync = () => { if (!syncing) syncing = requestAnimationFrame(syncTabOrder); };
  map.on("moveend zoomend resize", scheduleSync);
  cluster.on("animationend spiderfied unspiderfied", scheduleSync);
  // Leaflet sets tabindex="0" whenever it (re)draws an icon, sometimes on an icon already in the page.
  new MutationObserver(scheduleSync).observe(map.getPane("markerPane"),
    { childList: true, subtree: true, attributeFilter: ["tabindex"] });
  // The cluster layer's animations end after its "animationend": icons glide on for a moment.
  map.getPane("markerPane").addEventListener("transitionend", scheduleSync);

  function revealMap() {
    const top = panel.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) panel.scrollIntoView({ block: "start" });
  }

  let showing = 0;                        // the latest request: a quick second one replaces the first
  function showOnMap(k, opener) {
    const marker = markers[k];
    if (!marker) { focusEntry(k); return; }
    const ticket = ++showing;
    whenClustered(() => {                 // until then, a clinic the filters keep may not be on the map yet
      if (ticket !== showing) return;
      if (!cluster.hasLayer(marker)) {
        say(names[k] + " is hidden by the filters. Choose \u201cShow all\u201d to see it.");
        return;
      }
      revealMap();
      if (popupClinic === k && map.hasLayer(popup)) { popupBox().focus({ preventScroll: true }); return; }
      cluster.zoomToShowLayer(marker, () => {
        if (ticket !== showing) return;
        showing += 1;
        openPopup(k, opener);
      });
    });
  }

  /* map.html#<clinic id> opens that clinic on the map. */
  function openFromHash() {
    const k = anchors.get(decodeURIComponent(location.hash.slice(1)));
    if (k !== undefined) showOnMap(k, null);
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
      button.setAttribute("aria-label", "Show on map: " + names[k]);
      button.addEventListener("click", () => showOnMap(k, button));
      entry.appendChild(button);
    });
    filterList();
    if (popupClinic >= 0) {               // a popup opened early now finds the details
      const hadFocus = popupBox() && popupBox().contains(doc.activeElement);
      popup.setContent(popupFor(popupClinic));
      if (hadFocus) popupBox().focus({ preventScroll: true });
    }
  }

  function filterList() {
    if (!entries) return;
    for (let k = 0; k < count; k += 1) entries[k].hidden = !shown[k];
    for (const section of sections) section.hidden = !section.querySelector(".clinics > li:not([hidden])");
  }

  /* Filters hide markers inside clusters too: the cluster group is rebuilt from the clinics that pass. */
  function applyShown(next) {
    shown = next;
    filterList();
    map.closePopup();
    state.stale = true;
    catchUp();
  }

  /* Runs between chunked adds: now, or as a microtask after the last chunk, once the layer has drawn the groups. */
  function catchUp() {
    if (state.loading > 0) return;
    if (!state.stale) { waiting.splice(0).forEach((then) => then()); return; }
    state.stale = false;
    const visible = placed.filter((marker) => shown[marker.options.clinic]);
    cluster.clearLayers();
    state.loading = visible.length;
    cluster.addLayers(visible);
  }

  /* Full screen: the Fullscreen API where there is one, a fixed-position panel elsewhere (iPhone Safari). */
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

  const finder = initFinder({ data, options, map, say, applyShown, showOnMap, focusEntry, listReady, fitTo,
    entry: (k) => (entries ? entries[k] : null) });

  byId("map-tools").hidden = false;
  fullButton.hidden = false;
  return {
    map, cluster, markers, showOnMap, finder,
    markerCount: () => cluster.getLayers().length,
    clustered,
    settled: () => clustered() && entries !== null,
  };
}
