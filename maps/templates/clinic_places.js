/* Places a patient can search from: the ZIP codes and towns that maps/places.py packs into the page, unpacked on
 * the first search, and what the patient typed read as a place ("80202", "Denver, CO", "Denver Colorado 80202",
 * "Denver"). The reading follows `clinicdir near` (directory/geocode.py), so that the page and the command line
 * agree on where a place is.
 */

/* The bytes of a packed <script> element (base64 of gzip); rejected where the browser cannot unpack them. */
function unpackElement(id) {
  "use strict";
  const packed = document.getElementById(id);
  if (!packed) return Promise.reject(new Error("nothing packed in #" + id));
  if (typeof DecompressionStream === "undefined") {
    return Promise.reject(new Error("no DecompressionStream: #" + id + " stays packed"));
  }
  const text = atob(packed.textContent);
  const bytes = new Uint8Array(text.length);   // a plain loop: Uint8Array.from with a callback is ten times slower
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Response(stream).arrayBuffer().then((buffer) => new Uint8Array(buffer));
}

/* Great-circle distance in miles, on the sphere geopy's great_circle uses. */
function milesBetween(lat1, lon1, lat2, lon2) {
  "use strict";
  const rad = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * rad / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2;
  return 2 * 3958.7613 * Math.asin(Math.min(1, Math.sqrt(a)));
}

const clinicPlaces = (() => {
  "use strict";
  let loading = null;

  /* Accents off, lower case, "." dropped, "-" as a space, "st" as "saint": the gazetteer's own town key. */
  const townKey = (name) => (/^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFD")).replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/\./g, "").replace(/-/g, " ").split(/\s+/).filter(Boolean)
    .map((word) => (word === "st" ? "saint" : word)).join(" ");
  const stateKey = (text) => text.toLowerCase().replace(/\./g, "").split(/\s+/).filter(Boolean).join(" ");

  function decode(bytes) {
    const text = new TextDecoder();
    const headEnd = bytes.indexOf(10);
    const head = JSON.parse(text.decode(bytes.subarray(0, headEnd)));
    const namesEnd = bytes.indexOf(0, headEnd + 1);
    const townNames = text.decode(bytes.subarray(headEnd + 1, namesEnd)).split("\n");
    const count = head.zips;
    let at = namesEnd + 1;
    const column = () => {               // zigzag varints, each a difference from the value before
      const values = new Float64Array(count);
      let value = 0;
      for (let i = 0; i < count; i += 1) {
        let number = 0;
        let scale = 1;
        let byte;
        do {
          byte = bytes[at];
          at += 1;
          number += (byte & 127) * scale;
          scale *= 128;
        } while (byte & 128);
        value += number % 2 ? -(number + 1) / 2 : number / 2;
        values[i] = value;
      }
      return values;
    };
    const codes = column();
    const townOfZip = column();
    const lats = column();
    const lons = column();

    // Only ZIP codes are read at once; towns wait for the first search by town name.
    const zipCode = (i) => String(codes[i]).padStart(5, "0");
    function zipNumber(code) {           // binary search: the codes are in ascending order
      let low = 0;
      let high = count - 1;
      const wanted = Number(code);
      while (low <= high) {
        const middle = (low + high) >> 1;
        if (codes[middle] === wanted) return middle;
        if (codes[middle] < wanted) low = middle + 1; else high = middle - 1;
      }
      return -1;
    }
    const townState = [];
    for (const [state, run] of head.townStates) for (let i = 0; i < run; i += 1) townState.push(state);
    const townLabel = (t) => townNames[t] + ", " + head.states[townState[t]][0];
    const states = new Map();
    head.states.forEach(([code, name], s) => { states.set(code.toLowerCase(), s); states.set(stateKey(name), s); });

    let townsByKey = null;
    function townsNamed(name) {
      if (!townsByKey) {
        // A town's centre is the mean of its ZIP centres, as directory/gazetteer.py makes it.
        const sums = townNames.map(() => [0, 0, 0]);
        for (let i = 0; i < count; i += 1) {
          const sum = sums[townOfZip[i]];
          sum[0] += lats[i];
          sum[1] += lons[i];
          sum[2] += 1;
        }
        townsByKey = new Map();
        townNames.forEach((townName, t) => {
          const key = townKey(townName);
          const town = { lat: sums[t][0] / sums[t][2] / head.scale, lon: sums[t][1] / sums[t][2] / head.scale,
            state: townState[t], label: townLabel(t), kind: "town", zips: sums[t][2] };
          if (townsByKey.has(key)) townsByKey.get(key).push(town); else townsByKey.set(key, [town]);
        });
        // The larger town (more ZIP codes) first where several states share a name.
        for (const list of townsByKey.values()) list.sort((a, b) => b.zips - a.zips || a.label.localeCompare(b.label));
      }
      return townsByKey.get(townKey(name)) || [];
    }

    function zip(code) {
      const i = zipNumber(code);
      if (i < 0) return null;
      const t = townOfZip[i];
      return { lat: lats[i] / head.scale, lon: lons[i] / head.scale, state: townState[t],
        label: zipCode(i) + " (" + townLabel(t) + ")", kind: "zip" };
    }

    /* "Denver, CO", "Denver CO", "Charleston West Virginia": the town and the state's number (null if none). */
    function splitState(text) {
      const parts = text.split(",").map((part) => part.trim()).filter(Boolean);
      if (parts.length >= 2 && states.has(stateKey(parts[parts.length - 1]))) {
        return { town: parts[parts.length - 2], state: states.get(stateKey(parts[parts.length - 1])) };
      }
      const words = (parts[parts.length - 1] || "").split(/\s+/);
      for (const size of [3, 2, 1]) {     // longest first: "Charleston West Virginia" is not in "Virginia"
        const name = stateKey(words.slice(-size).join(" "));
        if (words.length > size && states.has(name)) {
          return { town: words.slice(0, -size).join(" "), state: states.get(name) };
        }
      }
      return { town: text, state: null };
    }

    /* What `query` names: {place, others} for a place (others: more towns of that name), {partialZip},
     * {unknownZip}, or null when it is no place this page knows. */
    function find(query) {
      const text = query.trim().replace(/\s+/g, " ");
      if (/^\d{1,4}$/.test(text)) return { partialZip: true };
      const trailing = /(?:^|[\s,])(\d{5})(?:-?\d{4})?$/.exec(text);
      if (trailing) {
        const place = zip(trailing[1]);
        const { state } = splitState(text.slice(0, trailing.index));
        // A ZIP and a state that contradict each other: neither can be trusted.
        if (!place || (state !== null && state !== place.state)) {
          return { unknownZip: trailing[1] };
        }
        return { place, others: [] };
      }
      const { town: name, state } = splitState(text);
      const found = townsNamed(name).filter((t) => state === null || t.state === state);
      return found.length ? { place: found[0], others: found.slice(1) } : null;
    }

    return { find, zip };
  }

  return {
    /* Unpacks the places once; later calls share the first. */
    load() {
      loading = loading || unpackElement("places-packed").then(decode);
      return loading;
    },
  };
})();
