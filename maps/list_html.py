"""The list of clinics as HTML: the one part of the page that grows with the directory.

Written with html.escape rather than a Jinja loop: autoescaping wraps every value in a Markup object, which made
this list most of the build time at 50,000 clinics (5 s against 0.5 s). Every string a clinic's entry shows
passes through `_escaped`.
"""

from __future__ import annotations

from html import escape
from typing import Sequence

from maps.records import BAND_LABELS, ClinicRecord

NOT_PLACED = "Not on the map: location unknown"
# what follows the fee: its band in words, stressed when above the range
_BAND_NOTES = {**{band: f". {label}." for band, label in BAND_LABELS.items()},
               "above": f". <strong>{BAND_LABELS['above']}.</strong>", "unknown": ""}


def clinic_list_html(groups) -> str:
    """State index, then one section per state (`groups`: maps.page.StateGroup) with one entry per clinic."""
    if not groups:
        return "<p>No clinic is listed yet.</p>\n"
    parts = ['<nav aria-label="States"><ul class="state-index">\n']
    parts += [f'<li><a href="#{g.slug}">{escape(g.name)} ({len(g.clinics)})</a></li>\n' for g in groups]
    parts.append("</ul></nav>\n")
    for group in groups:
        parts.append(f'<section class="state-group" aria-labelledby="{group.slug}">\n'
                     f'<h3 id="{group.slug}">{escape(group.name)}</h3>\n<ul class="clinics">\n')
        parts += map(_entry, group.clinics, _shown_texts(group.clinics))
        parts.append("</ul>\n</section>\n")
    return "".join(parts)


def _shown_texts(clinics: list[ClinicRecord]) -> list[tuple[str, ...]]:
    """Per clinic, escaped, every text its entry shows; "" for a link it lacks. `clinics` is not empty."""
    column = dict(zip(ClinicRecord._fields, zip(*clinics)))
    websites, fee_sources = column["website"], column["fee_source"]
    texts = (column["anchor"], column["name"], column["street"], column["locality"], column["location_note"],
             [href or "" for href in column["phone_href"]], column["phone_text"],
             [link.href if link else "" for link in websites], [link.text if link else "" for link in websites],
             column["fee_text"], column["fee_as_of"],
             [link.href if link else "" for link in fee_sources], [link.text if link else "" for link in fee_sources],
             column["route_labels"], column["condition_labels"])
    return list(zip(*map(_escaped, texts)))


def _entry(c: ClinicRecord, texts: tuple[str, ...]) -> str:
    (anchor, name, street, locality, location_note, phone_href, phone_text, website_href, website_text, fee_text,
     fee_as_of, fee_source_href, fee_source_text, route_labels, condition_labels) = texts
    address = f"\n<p>{street}{'<br>' if street and locality else ''}{locality}</p>" if street or locality else ""
    note = f'\n<p class="note">{location_note or NOT_PLACED}</p>' if location_note or not c.on_map else ""
    phone = f'<a href="{phone_href}">{phone_text}</a>' if phone_href else phone_text
    website = f'<a href="{website_href}">{website_text}</a>' if website_href else ""
    contact = f"\n<p>{phone}{' · ' if phone and website else ''}{website}</p>" if phone_text or website_href else ""
    as_of = f", as of {fee_as_of}" if fee_as_of else ""
    source = f' (<a href="{fee_source_href}">{fee_source_text}</a>)' if fee_source_href else ""
    routes = f"\n<p>Routes: {route_labels}</p>" if route_labels else ""
    treats = f"\n<p>Treats: {condition_labels}</p>" if condition_labels else ""
    return (f'<li id="{anchor}"><h4>{name}</h4>{address}{note}{contact}\n'
            f'<p class="fee {c.band}">{fee_text}{as_of}{source}{_BAND_NOTES[c.band]}</p>{routes}{treats}\n</li>\n')


def _escaped(texts: Sequence[str]) -> Sequence[str]:
    """html.escape of each text, in one call over all of them joined by NUL (which escape leaves alone): a call
    per text was half the list's build time at 56,000 clinics. A text holding a NUL of its own would move the
    split, so then each text is escaped alone."""
    joined = "\0".join(texts)
    escaped = escape(joined)
    if len(escaped) == len(joined):   # nothing to escape, as in most columns
        return texts
    if joined.count("\0") != len(texts) - 1:
        return [escape(text) for text in texts]
    return escaped.split("\0")
