"""A page's visible text with its layout kept: one line per block, table cells joined by " | ".

html-text does the same with a Python walk over every node. Here an XSLT stylesheet writes the text, with a newline
after each block element, in libxslt's C: setting a newline on the tail of every block from Python took twice as
long on a page-builder page of 500 nested divs, and extraction has a 5 ms budget per page.
"""

from __future__ import annotations

import re

import lxml.etree

_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object")
_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "option", "p", "pre", "section", "summary", "table", "title", "tr", "ul",
)
_CELLS = ("td", "th")
# Inline elements that sit side by side without spaces in menus and buttons ("HomePricing").
_SEPARATE = ("a", "button", "label", "img", "input", "select")


def _after(tags: tuple[str, ...], separator: str) -> str:
    """A template writing the element's content, then `separator`."""
    return (f'<xsl:template match="{"|".join(tags)}">'
            f'<xsl:apply-templates/><xsl:text>{separator}</xsl:text></xsl:template>')


# The built-in rules write every text node in document order; comments and processing instructions are dropped.
_TO_TEXT = lxml.etree.XSLT(lxml.etree.XML(
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:output method="text" encoding="utf-8"/>'
    f'<xsl:template match="{"|".join(_INVISIBLE)}"/>'
    + _after(_BLOCKS, "&#10;") + _after(_CELLS, " | ") + _after(_SEPARATE, " ")
    + "</xsl:stylesheet>"
))
# Spacing other than " " and "\n" is turned into spaces, then each run of spaces into one: str.replace and a regex
# with a literal prefix both scan in C, where a regex matching any run of spacing tried a match at each of the page's
# thousands of single spaces (it was the slowest step of extraction).
_OTHER_SPACES = "\t\r\f\v\xa0\u200b"
_SPACE_RUNS = re.compile("  +")
_BLANK_LINES = re.compile(r"\n\s*\n+")


def visible_text(tree: lxml.etree._Element) -> str:
    """The text a reader sees: scripts, styles and other invisible elements left out. `tree` is not changed."""
    text = str(_TO_TEXT(tree))
    for space in _OTHER_SPACES:
        if space in text:
            text = text.replace(space, " ")
    text = _SPACE_RUNS.sub(" ", text)
    return _BLANK_LINES.sub("\n", "\n".join([line.strip(" |") for line in text.split("\n")])).strip()
