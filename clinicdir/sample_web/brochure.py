"""A one-page PDF brochure, written by hand: crawlers must recognise it as a PDF and leave it alone."""

from __future__ import annotations


def brochure_pdf(lines: tuple[str, ...]) -> bytes:
    """A valid single-page PDF showing `lines` in Helvetica (ASCII text only)."""
    text = "".join(f"({_pdf_string(line)}) Tj T* " for line in lines)
    stream = f"BT /F1 12 Tf 14 TL 72 720 Td {text}ET".encode("ascii")
    objects = (
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    # Cross-reference entries are exactly 20 bytes each, hence the two-character line ends.
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f\r\n".encode()
    out += b"".join(f"{offset:010d} 00000 n\r\n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    return bytes(out)


def _pdf_string(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
