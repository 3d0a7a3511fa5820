"""JSON that can sit inside an HTML <script> element whatever the strings in it contain."""

from __future__ import annotations

import json

# "<" covers "</script" and "<!--"; U+2028/2029 are valid in JSON but not in older JavaScript string literals.
_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).translate(_ESCAPES)
