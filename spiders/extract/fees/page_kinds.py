"""What kind of page an amount stands on: a pricing page, an ordinary page, or an article or press page whose
amounts are never the clinic's own fee.

An article (a blog post, a cost guide) speaks about prices in general; a press or news page quotes other clinics,
doctors and journalists. Either is recognised by its URL, its schema.org type (Article, BlogPosting, NewsArticle),
a byline or dateline at the top of its text, a guide's title, or an `<article>` element full of prose. The clinic's
own offer stands on its other pages; on a pricing, fees or FAQ page a plain price is the clinic's own.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import lxml.etree

GENERAL, PRICING, ARTICLE, PRESS = "page", "pricing", "article", "press"
PAGE_KINDS = (GENERAL, PRICING, ARTICLE, PRESS)
# The kind every amount of an article or press page is recorded as.
REFERENCE_KIND = {ARTICLE: "market_reference", PRESS: "third_party"}

_PRESS_PATH = re.compile(
    r"/(?:press|news|newsroom|media|press[-_]releases?|[\w-]*in[-_]the[-_](?:news|media|press))(?:/|$)", re.I)
_ARTICLE_PATH = re.compile(r"/(?:blogs?|articles?|posts?|stories|insights|journal)(?:/|$)|/(?:19|20)\d\d/\d\d?/", re.I)
_PRICING_PATH = re.compile(r"pric|fee|cost|rates|invest|payment|afford|faq|question", re.I)
_GUIDE_TITLE = re.compile(
    r"(?:cost|price|pricing)\s+guide|average\s+(?:cost|price)|how\s+much\s+(?:does|do|is|are|will)\b.*\b(?:19|20)\d\d"
    r"|\bvs\.?\s|\bversus\b", re.I)
_PRESS_TYPES = r"NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle"
_ARTICLE_TYPES = r"Article|BlogPosting|SocialMediaPosting|LiveBlogPosting|TechArticle|Report|ScholarlyArticle"
_TYPE = re.compile(rf'"@type"\s*:\s*(?:\[[^\]]*?)?"(?:(?P<press>{_PRESS_TYPES})|(?P<article>{_ARTICLE_TYPES}))"')
_ITEMTYPE = re.compile(rf"schema\.org/(?:(?P<press>{_PRESS_TYPES})|(?P<article>{_ARTICLE_TYPES}))$")
# "By Jane Doe, MD", "Written by Dr. Sam Lee", "Posted on March 4, 2026": the top of a post.
_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d)"
_BYLINE = re.compile(
    r"\s*(?:By|Written\s+by|Posted\s+by|Author:|(?:Medically\s+)?[Rr]eviewed\s+by)\s+"
    r"(?!Appointment|Phone|Email|Referral|Request|Car\b|Bus\b|Train\b)(?:Dr\.\s+)?[A-Z][a-z'’.-]+"
    r"(?:\s+[A-Z][A-Za-z'’.-]*){1,3}(?:,\s*[A-Z][A-Za-z.]{1,6})*\s*$"
    rf"|\s*(?:Posted|Published)(?:\s+on)?:?\s+{_DATE}"
    r"|\s*(?:Written|Edited|Fact[\s-]checked|(?:Medically\s+)?[Rr]eviewed)\s+by:?\s*$")   # the name follows
# "DENVER (AP) — ...", "AUSTIN, Texas, May 4, 2026 /PRNewswire/ -- ...": the opening of a news story.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s*(?:\([A-Za-z .]{2,30}\)\s*[—–-]{1,2}\s"
    rf"|,\s*{_DATE}\s*(?:/[^/\n]{{2,30}}/)?\s*[—–-]{{1,2}}\s)")
_BYLINE_CHARS = 100
_PROSE_PARAGRAPHS = 4
_PROSE_CHARS = 1_200


def page_kind(tree: lxml.etree._Element | None, url: str, title: str = "", text: str = "") -> str:
    """The page's kind: PRESS, ARTICLE, PRICING or GENERAL."""
    path = urlsplit(url).path
    typed = _schema_kind(tree) if tree is not None else None
    lines = text.split("\n")
    if _PRESS_PATH.search(path) or typed == PRESS or any(_DATELINE.match(line) for line in lines):
        return PRESS
    if (_ARTICLE_PATH.search(path) or typed == ARTICLE or _GUIDE_TITLE.search(title)
            or any(len(line) <= _BYLINE_CHARS and _BYLINE.match(line) for line in lines)
            or (tree is not None and _prose_article(tree))):
        return ARTICLE
    if _PRICING_PATH.search(path) or _PRICING_PATH.search(title.split("|")[0]):
        return PRICING
    return GENERAL


def _schema_kind(tree: lxml.etree._Element) -> str | None:
    kinds = []
    for script in tree.iter("script"):
        if script.get("type") == "application/ld+json" and script.text:
            kinds += [match.lastgroup for match in _TYPE.finditer(script.text)]
    for node in tree.iterfind(".//*[@itemtype]"):
        kinds += [match.lastgroup for match in _ITEMTYPE.finditer(node.get("itemtype", "").strip())]
    return PRESS if PRESS in kinds else ARTICLE if ARTICLE in kinds else None


def _prose_article(tree: lxml.etree._Element) -> bool:
    """An `<article>` holding several paragraphs of prose that is not a page builder's wrapper of a plain page."""
    for article in tree.iter("article"):
        classes = article.get("class", "").split()
        if "page" in classes or any(c.startswith("type-") and c != "type-post" for c in classes):
            continue
        paragraphs = [p for p in article.iter("p")]
        if len(paragraphs) >= _PROSE_PARAGRAPHS and sum(len("".join(p.itertext())) for p in paragraphs) >= _PROSE_CHARS:
            return True
    return False
