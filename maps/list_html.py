"""The list of clinics as HTML: the one part of the page that grows with the directory.

Written with html.escape rather than a Jinja loop: autoescaping wraps every value in a Markup object, which made
this list most of the build time at 50,000 clinics (5 s against 0.5 s). Every scraped string passes through `_e`.
"""

from __future__ import annotations

from html import escape as _e

from maps.records import BAND_LABELS, ClinicRecord

NOT_PLACED = "Not on the map: location unknown"


def clinic_list_html(groups) -> str:
    """State index, then one section per state (`groups`: maps.page.StateGroup) with one entry per clinic."""
    if not groups:
        return "<p>No clinic is listed yet.</p>\n"
    parts = ['<nav aria-label="States"><ul class="state-index">\n']
    parts += [f'<li><a href="#{g.slug}">{_e(g.name)} ({len(g.clinics)})</a></li>\n' for g in groups]
    parts.append("</ul></nav>\n")
    for group in groups:
        parts.append(f'<section class="state-group" aria-labelledby="{group.slug}">\n'
                     f'<h3 id="{group.slug}">{_e(group.name)}</h3>\n<ul class="clinics">\n')
        parts += [_entry(clinic) for clinic in group.clinics]
        parts.append("</ul>\n</section>\n")
    return "".join(parts)


def _entry(c: ClinicRecord) -> str:
    lines = [f'<li id="{_e(c.anchor)}"><h4>{_e(c.name)}</h4>']
    if c.street or c.locality:
        lines.append(f"<p>{_e(c.street)}{'<br>' if c.street and c.locality else ''}{_e(c.locality)}</p>")
    if c.location_note or not c.on_map:
        lines.append(f'<p class="note">{_e(c.location_note or NOT_PLACED)}</p>')
    if c.phone_text or c.website:
        phone = f'<a href="{_e(c.phone_href)}">{_e(c.phone_text)}</a>' if c.phone_href else _e(c.phone_text)
        website = f'<a href="{_e(c.website.href)}">{_e(c.website.text)}</a>' if c.website else ""
        lines.append(f"<p>{phone}{' · ' if phone and website else ''}{website}</p>")
    fee = _e(c.fee_text)
    if c.fee_as_of:
        fee += f", as of {_e(c.fee_as_of)}"
    if c.fee_source:
        fee += f' (<a href="{_e(c.fee_source.href)}">{_e(c.fee_source.text)}</a>)'
    if c.band == "above":
        fee += ". <strong>Above the typical range.</strong>"
    elif c.band != "unknown":
        fee += f". {BAND_LABELS[c.band]}."
    lines.append(f'<p class="fee {c.band}">{fee}</p>')
    if c.route_labels:
        lines.append(f"<p>Routes: {_e(c.route_labels)}</p>")
    if c.condition_labels:
        lines.append(f"<p>Treats: {_e(c.condition_labels)}</p>")
    lines.append("</li>\n")
    return "\n".join(lines)
