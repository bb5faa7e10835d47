"""The book's look: embedded fonts, colours, page geometry and paragraph styles."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from nals_desktop.domain.errors import ExportError
from nals_desktop.domain.model import Stance
from nals_desktop.i18n import _
from nals_desktop.paths import resource_path

FONT = "NalsSans"
BOLD = "NalsSans-Bold"
ITALIC = "NalsSans-Oblique"
BOLD_ITALIC = "NalsSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_font_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled DejaVu Sans family with ReportLab (once per process)."""
    global _fonts_ready
    with _font_lock:
        if _fonts_ready:
            return
        for name, filename in _FONT_FILES.items():
            try:
                path = resource_path("fonts", filename)
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # FileNotFoundError, or ReportLab's TTFError for a damaged file
                raise ExportError(
                    _("The font {file} is missing or damaged in this installation.").format(file=filename)
                ) from exc
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
        _fonts_ready = True


_printable: frozenset[int] | None = None


def printable() -> frozenset[int]:
    """Code points that both the regular and the bold face can draw (user text uses no italics).

    Only the Basic Multilingual Plane: ReportLab writes invalid ToUnicode entries for characters
    beyond it, which makes the text layer unreadable.
    """
    global _printable
    if _printable is None:
        register_fonts()
        regular = pdfmetrics.getFont(FONT).face.charToGlyph
        bold = pdfmetrics.getFont(BOLD).face.charToGlyph
        _printable = frozenset(c for c in regular if c in bold and c <= 0xFFFF)
    return _printable


PAGE_SIZES = {"letter": LETTER, "a4": A4}

INK = colors.HexColor("#1f1f1f")
NAVY = colors.HexColor("#1f2a44")
GREY = colors.HexColor("#5f6368")
LIGHT_GREY = colors.HexColor("#9aa0a6")
RULE = colors.HexColor("#c4c7cc")
PALE = colors.HexColor("#f1f3f4")
RED = colors.HexColor("#a32020")
PALE_RED = colors.HexColor("#fbeaea")
AMBER = colors.HexColor("#9a4a00")  # open conflicts, as the app's badge
PALE_AMBER = colors.HexColor("#fdf1e3")

#: Cell tints (pale, so black words stay legible) and chart fills (saturated) per stance.
STANCE_TINT = {
    Stance.SUPPORT: colors.HexColor("#cfe8d5"),
    Stance.SUPPORT_WITH_CONDITIONS: colors.HexColor("#e6f0c8"),
    Stance.NEUTRAL: colors.HexColor("#e4e4e4"),
    Stance.OPPOSE: colors.HexColor("#f4cccc"),
    Stance.UNDECIDED: colors.HexColor("#fbe3c4"),
}
STANCE_FILL = {
    Stance.SUPPORT: colors.HexColor("#2e7d4f"),
    Stance.SUPPORT_WITH_CONDITIONS: colors.HexColor("#8db63c"),
    Stance.NEUTRAL: colors.HexColor("#9e9e9e"),
    Stance.OPPOSE: colors.HexColor("#b3261e"),
    Stance.UNDECIDED: colors.HexColor("#e0a030"),
}
NO_POSITION_TINT = colors.white


@dataclass(frozen=True)
class Geometry:
    width: float
    height: float
    left: float = 1.0 * inch
    right: float = 1.0 * inch
    top: float = 1.05 * inch
    bottom: float = 1.0 * inch

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom


def geometry(page_size: str) -> Geometry:
    width, height = PAGE_SIZES[page_size]
    return Geometry(width, height)


class Styles:
    """The paragraph styles of one book."""

    def __init__(self) -> None:
        base = ParagraphStyle(
            "body",
            fontName=FONT,
            bulletFontName=FONT,  # the default bullet font is the (not embedded) Helvetica
            fontSize=9.5,
            leading=13.3,
            textColor=INK,
            alignment=TA_LEFT,
            splitLongWords=1,
            spaceAfter=4,
            allowWidows=0,
            allowOrphans=0,
        )
        self.body = base
        self.commitment = ParagraphStyle("commitment", base, fontSize=10.5, leading=14.5, spaceAfter=6)
        self.child = ParagraphStyle("child", base, leftIndent=18, bulletIndent=6, spaceAfter=3)
        self.field = ParagraphStyle("field", base, leftIndent=12, spaceAfter=3)
        self.field_bullet = ParagraphStyle("field_bullet", self.field, leftIndent=26, bulletIndent=14)
        self.other = ParagraphStyle("other", base, fontSize=8.8, leading=12, leftIndent=12, spaceAfter=2)
        self.other_bullet = ParagraphStyle("other_bullet", self.other, leftIndent=26, bulletIndent=14)
        self.red_line = ParagraphStyle(
            "red_line",
            self.field,
            leftIndent=16,
            rightIndent=4,
            borderColor=RED,
            borderWidth=0.6,
            borderPadding=(3, 4, 4, 4),
            backColor=PALE_RED,
            spaceBefore=5,
            spaceAfter=6,
        )
        self.conflict = ParagraphStyle(
            "conflict",
            base,
            fontSize=9,
            leading=12.5,
            leftIndent=12,
            spaceAfter=6,
            backColor=PALE_AMBER,
            borderPadding=(2, 4, 3, 4),
        )
        self.small = ParagraphStyle("small", base, fontSize=7.8, leading=10.5, textColor=GREY, spaceAfter=2)
        self.meta = ParagraphStyle("meta", self.small, leftIndent=12, spaceBefore=1)
        self.h1 = ParagraphStyle(
            "h1", base, fontName=BOLD, fontSize=18, leading=23, textColor=NAVY, spaceAfter=10
        )
        self.cover_title = ParagraphStyle(
            "cover_title", base, fontName=BOLD, fontSize=28, leading=34, textColor=NAVY, spaceAfter=10
        )
        self.cover_subtitle = ParagraphStyle(
            "cover_subtitle", base, fontSize=15, leading=20, textColor=GREY, spaceAfter=6
        )
        self.cover_summit = ParagraphStyle("cover_summit", base, fontSize=12, leading=16, spaceAfter=3)
        self.divider_title = ParagraphStyle(
            "divider_title", base, fontName=BOLD, fontSize=24, leading=30, textColor=NAVY, spaceAfter=12
        )
        self.divider_intro = ParagraphStyle("divider_intro", base, fontSize=11, leading=16, textColor=INK)
        self.source_title = ParagraphStyle("source_title", base, fontName=BOLD, spaceAfter=1)
        # A group within a pillar (the document's sub-heading), above its commitments: above a commitment's
        # reference in rank, kept with it on its page.
        self.group = ParagraphStyle(
            "group",
            base,
            fontName=BOLD,
            fontSize=14,
            leading=18,
            textColor=NAVY,
            spaceBefore=14,
            spaceAfter=2,
            keepWithNext=1,
        )


#: A table of counts (a header row, a label column, centred numbers): the progress and matrix counts.
COUNTS_TABLE_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
    ("LEADING", (0, 0), (-1, -1), 8.5),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("FONTSIZE", (0, 0), (-1, 0), 7),
    ("FONTNAME", (0, 1), (0, -1), BOLD),
    ("TEXTCOLOR", (0, 0), (0, -1), NAVY),
    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("LINEAFTER", (0, 0), (-2, 0), 1, colors.white),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
#: An annex's table: a pale header row, then rows of text.
ANNEX_TABLE_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
    ("LEADING", (0, 0), (-1, -1), 9.5),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("TEXTCOLOR", (0, 0), (-1, 0), NAVY),
    ("BACKGROUND", (0, 0), (-1, 0), PALE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
]
