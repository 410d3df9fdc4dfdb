"""What every PDF report of Werkbrug shares: styles, the table grid, and text made safe for
reportlab's mini-markup and its built-in (cp1252) fonts."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape  # reportlab markup: & < > only

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Paragraph, TableStyle

STYLES = getSampleStyleSheet()
SMALL = ParagraphStyle("small", parent=STYLES["BodyText"], fontSize=7, leading=8.5)
GRID = TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef7")),
                   ("FONTSIZE", (0, 0), (-1, -1), 7), ("VALIGN", (0, 0), (-1, -1), "TOP")])
# Signs the built-in fonts cannot draw, spelled out instead of becoming "?".
_PLAIN = {"−": "-", "≤": "<=", "≥": ">=", "×": "x", "÷": "/"}


def pdf_text(text: Any) -> str:
    """Escape reportlab's mini-markup; keep to what the built-in fonts can draw."""
    plain = str("" if text is None else text)
    for sign, spelled in _PLAIN.items():
        plain = plain.replace(sign, spelled)
    return escape(plain.encode("cp1252", errors="replace").decode("cp1252"))


def paragraph(text: Any, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(pdf_text(text), style or STYLES["BodyText"])
