"""Whole-page extraction (structured data, text, contact, services, fees) on a ~70 KB clinic page.
Target: under 5 ms median.

    python -m bench.bench_extract
"""

from __future__ import annotations

import html
import json
import statistics


from bench.bench_fees import _FOOTER, _PARAGRAPHS, _PRICING
from bench.harness import median_seconds, table
from spiders.extract.contact import clear_caches
from spiders.extract.page import parse_html, read_page
from spiders.extract.text import visible_text

_STYLE = "<style>" + "".join(f".c{i}{{margin:{i}px;padding:{i}px;color:#{i:03x}}}" for i in range(300)) + "</style>"
_JSONLD = json.dumps({"@context": "https://schema.org", "@graph": [
    {"@type": "WebSite", "@id": "https://summit.example/#website", "name": "Summit Ketamine & Wellness"},
    {"@type": "MedicalClinic", "@id": "https://summit.example/#clinic", "name": "Summit Ketamine & Wellness",
     "telephone": "(720) 555-0131", "priceRange": "$$$", "address": {"@id": "https://summit.example/#address"}},
    {"@type": "PostalAddress", "@id": "https://summit.example/#address", "streetAddress": "1420 Larimer Street",
     "addressLocality": "Denver", "addressRegion": "CO", "postalCode": "80202"},
]})


URL = "https://summit.example/pricing"
_ICON = ("<svg class='icon' viewBox='0 0 24 24' aria-hidden='true'><path d='M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 "
         "10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z'/></svg>")


def _markup_block(i: int) -> str:
    """A block of the kind page builders emit: nested wrappers, classes, an icon, a short text."""
    text = _PARAGRAPHS[i % len(_PARAGRAPHS)][:160]
    return (f"<div class='elementor-section elementor-top-section c{i % 300}' data-id='{i:08x}' "
            f"data-element_type='section'><div class='elementor-container elementor-column-gap-default'>"
            f"<div class='elementor-column elementor-col-50'><div class='elementor-widget-wrap'>{_ICON}"
            f"<div class='elementor-widget elementor-widget-text-editor'><p>{text}</p></div></div></div></div></div>")


def clinic_page_html(target: int = 70_000, text_heavy: bool = False) -> str:
    """A pricing page: page-builder markup with about 15 KB of visible text, or (text_heavy) 45 KB of prose."""
    nav = "".join(f"<li><a href='/{slug}'>{slug.title()}</a></li>" for slug in
                  ("about", "conditions", "ketamine-infusions", "spravato", "pricing", "faq", "blog", "contact"))
    head = (f"<!doctype html><html><head><title>Pricing | Summit Ketamine & Wellness</title>{_STYLE}"
            f"<script type='application/ld+json'>{_JSONLD}</script></head><body><header><nav><ul>{nav}</ul></nav>"
            "</header><main>")
    rows = "".join(f"<tr><td>{html.escape(a)}</td><td>{html.escape(b)}</td></tr>"
                   for a, _, b in (line.partition("\t") for line in _PRICING.splitlines()))
    pricing = f"<section><h2>Pricing</h2><table>{rows}</table></section>"
    foot = "<footer>" + "".join(f"<p>{html.escape(line)}</p>" for line in _FOOTER.splitlines()) + \
        "<a href='tel:+17205550131'>Call</a></footer></main></body></html>"
    body, size, i = [], len(head) + len(pricing) + len(foot), 0
    while size < target:
        paragraph = (f"<div class='c{i % 300}'><h3>Section {i + 1}</h3><p>{_PARAGRAPHS[i % len(_PARAGRAPHS)]}</p></div>"
                     if text_heavy else _markup_block(i))
        body.append(paragraph)
        size += len(paragraph)
        i += 1
    middle = len(body) // 2
    return head + "".join(body[:middle]) + pricing + "".join(body[middle:]) + foot


def _clear_caches() -> None:
    # Cold: in a crawl the footer's address and phone are parsed once per site, here on every page.
    clear_caches()


def _sample_web_row(repeat: int) -> list:
    """Every HTML page of the bundled sample web: the median page's extraction time, and the slowest."""
    from clinicdir.sample_web.catalog import SITES
    from clinicdir.sample_web.pages import site_pages

    pages = [page.body.decode() for site in SITES for page in site_pages(site, "http://127.0.0.1/").values()
             if page.content_type.startswith("text/html") and page.status == 200]
    times = [1000 * median_seconds(lambda body=body: read_page(body, URL), repeat, before=_clear_caches)
             for body in pages]
    sizes = sorted(len(body.encode()) for body in pages)
    return [f"sample web, {len(pages)} pages (slowest page: {max(times):.2f} ms)", f"median {sizes[len(sizes) // 2]:,}",
            "-", "-", f"{statistics.median(times):.2f}", "5"]


def footer_line_page(size: int = 50_000) -> str:
    """A page whose footer is one line of `size` characters: name, street, suite, city, phone, fax, hours, NPI, each
    footer column repeated, the way a broken theme or a hostile page prints it."""
    unit = ("Summit Ketamine | 1420 Larimer St, Suite 300 | Denver, CO 80202 | P: (303) 555-0142 | F: 303.555.0149 | "
            "Mon–Fri 8:00–6:00 | © 2015-2026 | NPI 2345678901 · ")
    line = (unit * (size // len(unit) + 1))[:size]
    return f"<html><head><title>Summit Ketamine</title></head><body><main><p>Welcome.</p></main><footer><p>{line}</p>" \
           "</footer></body></html>"


def blocks_page(count: int = 40_000) -> str:
    """A list item of `count` line breaks and a table cell of `count` paragraphs: each is read as one unit."""
    return (f"<html><body><ul><li>{'x<br>' * count}</li></ul><table><tr><td>{'<p>y</p>' * count}</td></tr></table>"
            "</body></html>")


def main(repeat: int = 100) -> str:
    rows = []
    # The footer line and the blocks are hostile input: what counts is that their cost is bounded (linear in the
    # text, capped anchors), not the 5 ms of a real page. The blocks page takes a tenth of a second: fewer runs.
    few = max(3, repeat // 20)
    for label, page, target, runs in (("typical (page-builder markup)", clinic_page_html(), "5", repeat),
                                      ("text-heavy (45 KB of prose)", clinic_page_html(text_heavy=True), "5", repeat),
                                      ("50 KB one-line footer", footer_line_page(), "100", repeat),
                                      ("80,000 blocks in one list item and one cell", blocks_page(), "1000", few)):
        median = 1000 * median_seconds(lambda: read_page(page, URL), runs, before=_clear_caches)
        facts = read_page(page, URL)
        text_kb = len(visible_text(parse_html(page))) / 1024
        rows.append([label, f"{len(page.encode()):,}", f"{text_kb:.0f}", len(facts.fees), f"{median:.2f}", target])
    rows.append(_sample_web_row(few))
    return table(["page", "bytes", "text KB", "amounts", "read_page ms (median)", "target ms"], rows)


if __name__ == "__main__":
    print(main())
