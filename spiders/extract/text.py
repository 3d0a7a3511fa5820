"""A page's visible text with its layout kept: one line per block, table cells joined by " | ".

A table row, a list item and a definition-list entry are each one unit, one line: the paragraphs, breaks and
headings inside a cell or an item are joined by commas ("Mood protocol, 45 minutes | $450"), a term is joined to
its description ("Single infusion: $475"), so that a label is never cut from its price nor run into the next
row's. Lists, tables and page sections nested inside a unit keep their own lines.

html-text does the same with a Python walk over every node. Here an XSLT stylesheet writes the text, with a newline
after each block element, in libxslt's C: setting a newline on the tail of every block from Python took twice as
long on a page-builder page of 500 nested divs, and extraction has a 5 ms budget per page.
"""

from __future__ import annotations

import re

import lxml.etree

# Struck-through text (an old price beside the new one: "<del>$550</del> $450") is no longer true: left out too.
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "del", "s", "strike")
_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "option", "p", "pre", "section", "summary", "table", "title", "tr", "ul",
)
_CELLS = ("td", "th")
# Units: their content is written in "unit" mode, where the blocks below run on as one line.
_UNITS = {"td": " | ", "th": " | ", "li": "&#10;", "dd": "&#10;", "dt": ": "}
# Blocks that keep their own lines even inside a unit: a list or table nested in a cell, a page laid out in one.
_STRUCTURE = (
    "table", "ul", "ol", "dl", "section", "article", "main", "nav", "header", "footer", "form", "aside", "h1", "h2",
)
# Inline elements that sit side by side without spaces in menus and buttons ("HomePricing").
_SEPARATE = ("a", "button", "label", "img", "input", "select")


def _after(tags, separator: str, mode: str = "", content_mode: str = "") -> str:
    """A template (of `mode`) writing the element's content (in `content_mode`), then `separator`."""
    return (f'<xsl:template match="{"|".join(tags)}"{f" mode={chr(34)}{mode}{chr(34)}" if mode else ""}>'
            f'<xsl:apply-templates{f" mode={chr(34)}{content_mode}{chr(34)}" if content_mode else ""}/>'
            f'<xsl:text>{separator}</xsl:text></xsl:template>')


_UNIT_BLOCKS = tuple(tag for tag in _BLOCKS if tag not in _STRUCTURE and tag not in _UNITS)
_BREAK = "\ue001"     # a private-use character: a break between blocks inside a unit
_BREAK_RUNS = re.compile(f"{_BREAK}[ {_BREAK}]*")
# The built-in rules write every text node in document order, in every mode; comments and processing instructions
# are dropped.
_TO_TEXT = lxml.etree.XSLT(lxml.etree.XML(
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">'
    '<xsl:output method="text" encoding="utf-8"/>'
    f'<xsl:template match="{"|".join(_INVISIBLE)}"/>'
    f'<xsl:template match="{"|".join(_INVISIBLE)}" mode="unit"/>'
    + _after(_BLOCKS, "&#10;") + _after(_SEPARATE, " ")
    + "".join(_after((tag,), separator, content_mode="unit") for tag, separator in _UNITS.items())
    + _after(_SEPARATE, " ", mode="unit", content_mode="unit")
    # Inside a unit a block that follows something is set off by a mark (made a comma below): "Mood protocol,
    # 45 minutes | $450", "210 Elm St, Salem, OR 97301". position() counts the node among its siblings in O(1).
    + f'<xsl:template match="{"|".join(_UNIT_BLOCKS)}" mode="unit">'
      f'<xsl:if test="position() &gt; 1"><xsl:text>{_BREAK}</xsl:text></xsl:if>'
      '<xsl:apply-templates mode="unit"/></xsl:template>'
    # A unit is one line, as a browser shows it: line breaks in the page's source are spaces there, inside a cell
    # or an item and between the cells of a row or a term and its description.
    + '<xsl:template match="text()" mode="unit"><xsl:value-of select="translate(., \'&#10;&#13;\', \'  \')"/>'
      '</xsl:template><xsl:template match="tr/text()|dl/text()"><xsl:value-of select="translate(., \'&#10;&#13;\', '
      '\'  \')"/></xsl:template>'
    + f'<xsl:template match="{"|".join(_STRUCTURE + tuple(_UNITS))}" mode="unit">'
      '<xsl:text>&#10;</xsl:text><xsl:apply-templates select="."/></xsl:template>'
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
    if _BREAK in text:
        # A break at the start or end of a cell or line goes; one between two blocks becomes a comma.
        text = _BREAK_RUNS.sub(_BREAK, text).replace(" " + _BREAK, _BREAK)
        text = text.replace(_BREAK + "|", " |").replace("|" + _BREAK, "| ")
    lines = [line.strip(" |" + _BREAK) for line in text.split("\n")]
    return _BLANK_LINES.sub("\n", "\n".join(lines).replace(_BREAK, ", ")).strip()
