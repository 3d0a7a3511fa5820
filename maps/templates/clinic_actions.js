/* What a patient can do with one clinic from its popup: copy a link that opens it on this page, get directions in
 * their own maps app, print it alone. The clinic's details come from its entry in the page's list, so the popup,
 * the print and the list never disagree.
 */

/* The entry's details, without the controls the page added to it. */
function entryDetails(entry) {
  "use strict";
  const details = document.createDocumentFragment();
  for (const node of entry.childNodes) {
    if (!(node.classList && node.classList.contains("js-added"))) details.appendChild(node.cloneNode(true));
  }
  return details;
}

/* The street address an entry shows ("1234 Colorado Blvd, Denver, CO 80202"); "" when it shows none. */
function entryAddress(entry) {
  "use strict";
  const lines = entry.querySelector("h4 + p:not([class])");
  if (!lines || lines.querySelector("a")) return "";
  return Array.from(lines.childNodes, (node) => (node.nodeType === Node.TEXT_NODE ? node.textContent.trim() : ""))
    .filter(Boolean).join(", ");
}

/* This page with the clinic's anchor: opening that link opens the clinic on the map. */
function clinicLink(anchor) {
  "use strict";
  return location.href.split("#")[0] + "#" + encodeURIComponent(anchor);
}

/* A plain link to directions with nothing added to follow the patient: the maps app of an Android phone (geo:),
 * Apple Maps on Apple devices, Google Maps in any other browser. */
function directionsHref(destination, userAgent) {
  "use strict";
  const query = encodeURIComponent(destination);
  if (/Android/i.test(userAgent)) return "geo:0,0?q=" + query;
  if (/iPhone|iPad|iPod|Macintosh/i.test(userAgent)) return "https://maps.apple.com/?daddr=" + query;
  return "https://www.google.com/maps/dir/?api=1&destination=" + query;
}

/* The row of actions for one clinic: `clinic` has anchor, name, entry (or null), lat, lon; `say` speaks. */
function clinicActions(clinic, say) {
  "use strict";
  const doc = document;
  const row = doc.createElement("p");
  row.className = "actions";
  const link = clinicLink(clinic.anchor);

  const copy = doc.createElement("button");
  copy.type = "button";
  copy.textContent = "Copy link";
  copy.addEventListener("click", () => {
    const showLink = () => {              // no clipboard here: the patient copies it from a field
      const field = row.querySelector("input") || doc.createElement("input");
      field.readOnly = true;
      field.value = link;
      field.setAttribute("aria-label", "Link to " + clinic.name);
      row.appendChild(field);
      field.select();
      field.focus();
      say("Copy the link from the box below the buttons.");
    };
    if (!navigator.clipboard || !navigator.clipboard.writeText) { showLink(); return; }
    navigator.clipboard.writeText(link).then(() => say("Link to " + clinic.name + " copied."), showLink);
  });

  const directions = doc.createElement("a");
  const address = clinic.entry ? entryAddress(clinic.entry) : "";
  directions.href = directionsHref(address || clinic.lat + "," + clinic.lon, navigator.userAgent);
  directions.rel = "noreferrer";
  directions.textContent = "Directions";

  const print = doc.createElement("button");
  print.type = "button";
  print.textContent = "Print";
  print.addEventListener("click", () => printClinic(clinic, link));

  row.append(copy, " ", directions, " ", print);
  return row;
}

/* Print this clinic alone: the page's print style shows only #print-view while the root has "print-one". */
function printClinic(clinic, link) {
  "use strict";
  const doc = document;
  const view = doc.getElementById("print-view");
  const title = doc.createElement("p");
  title.className = "print-title";
  title.textContent = doc.title;
  const details = doc.createElement("div");
  if (clinic.entry) {
    details.appendChild(entryDetails(clinic.entry));
  } else {
    const name = doc.createElement("h4");
    name.textContent = clinic.name;
    details.appendChild(name);
  }
  const where = doc.createElement("p");
  where.textContent = "On the map: " + link;
  view.replaceChildren(title, details, where);
  doc.documentElement.classList.add("print-one");
  window.addEventListener("afterprint", () => {
    doc.documentElement.classList.remove("print-one");
    view.replaceChildren();
  }, { once: true });
  window.print();
}
