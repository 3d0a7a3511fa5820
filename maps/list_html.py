"""The list of clinics as HTML: the one part of the page that grows with the directory.

Written in Python with html.escape rather than as a Jinja loop: autoescaping wraps every value in a Markup object,
and at 17,000 clinics (a build of 30,000 crawl items) the quarter of a million of them made the list cost 0.65 s
instead of 0.2 s, most of it in the garbage collector. Every text an entry shows passes through `escape`.
"""

from __future__ import annotations

from html import escape

from maps.records import BAND_LABELS, ClinicRecord

NOT_PLACED = "Not on the map: location unknown"
# What follows the fee: its band in words, stressed when above the range.
_BAND_NOTES = {**{band: f". {escape(label)}." for band, label in BAND_LABELS.items()},
               "above": f". <strong>{escape(BAND_LABELS['above'])}.</strong>", "unknown": ""}


def clinic_list_html(groups) -> str:
    """State index, then one section per state (`groups`: maps.page.StateGroup) with one entry per clinic."""
    if not groups:
        return "<p>No clinic is listed yet.</p>\n"
    parts = ['<nav aria-label="States"><ul class="state-index">\n']
    parts += [f'<li><a href="#{group.slug}">{escape(group.name)} ({len(group.clinics)})</a></li>\n'
              for group in groups]
    parts.append("</ul></nav>\n")
    for group in groups:
        parts.append(f'<section class="state-group" aria-labelledby="{group.slug}">\n'
                     f'<h3 id="{group.slug}">{escape(group.name)}</h3>\n<ul class="clinics">\n')
        parts += map(_entry, group.clinics)
        parts.append("</ul>\n</section>\n")
    return "".join(parts)


def _entry(c: ClinicRecord) -> str:
    street, locality = escape(c.street), escape(c.locality)
    address = f"\n<p>{street}{'<br>' if street and locality else ''}{locality}</p>" if street or locality else ""
    note = f'\n<p class="note">{escape(c.location_note or NOT_PLACED)}</p>' if c.location_note or not c.on_map else ""
    phone = escape(c.phone_text)
    if c.phone_href:
        phone = f'<a href="{escape(c.phone_href)}">{phone}</a>'
    website = f'<a href="{escape(c.website.href)}">{escape(c.website.text)}</a>' if c.website else ""
    contact = f"\n<p>{phone}{' · ' if phone and website else ''}{website}</p>" if phone or website else ""
    as_of = f", as of {escape(c.fee_as_of)}" if c.fee_as_of else ""
    source = (f' (<a href="{escape(c.fee_source.href)}">{escape(c.fee_source.text)}</a>)' if c.fee_source
              else "")
    routes = f"\n<p>Routes: {escape(c.route_labels)}</p>" if c.route_labels else ""
    treats = f"\n<p>Treats: {escape(c.condition_labels)}</p>" if c.condition_labels else ""
    return (f'<li id="{escape(c.anchor)}"><h4>{escape(c.name)}</h4>{address}{note}{contact}\n'
            f'<p class="fee {c.band}">{escape(c.fee_text)}{as_of}{source}{_BAND_NOTES[c.band]}</p>{routes}{treats}'
            f'\n</li>\n')
