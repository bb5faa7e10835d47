"""Page machinery: run state, the document template, page decorations and the book's small flowables.

Page numbers that are only known at the end ("Page X of Y", the contents' page numbers) are drawn as
PDF form XObjects that the pages reference during the single layout pass and that the canvas defines
just before it saves. So the book is laid out once, yet every number is right.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle

from nals_desktop.briefing.text import clip, wrap
from nals_desktop.briefing.theme import (
    BOLD,
    COUNTS_TABLE_STYLE,
    FONT,
    GREY,
    INK,
    LIGHT_GREY,
    NAVY,
    PALE,
    RULE,
    STANCE_FILL,
    STANCE_TINT,
    Geometry,
)
from nals_desktop.domain.errors import CancelledError
from nals_desktop.domain.model import Priority, Stance
from nals_desktop.i18n import _, number

ProgressFn = Callable[[float, str], None]
CancelFn = Callable[[], bool]


class BookState:
    """What the layout pass learns as it goes, shared by flowables, page decorations and the canvas."""

    def __init__(
        self,
        *,
        geometry: Geometry,
        title: str,
        footer: str,
        marking: str,
        placement: str,
        units: int,
        progress: ProgressFn | None,
        cancel: CancelFn | None,
    ) -> None:
        self.geometry = geometry
        self.title = title
        self.footer = footer
        self.marking = marking
        self.placement = placement
        self.pages: dict[str, int] = {}  # anchor key -> page where it was drawn
        self.ref_keys: dict[str, None] = {}  # anchor keys whose page number is printed (ordered set)
        self.roles: dict[int, str] = {}  # page -> "cover" | "divider"
        self.label = ""  # running head of the current section
        self.tab: tuple[str, int] | None = None  # (tab letter, pillar index) of the current pillar
        self.open_commitment: str | None = None  # the reference whose heading is drawn and end is not yet
        self.continued: dict[int, str] = {}  # page -> the reference it continues from the page before
        self.page_count = 0
        self._units = max(units, 1)
        self._done = 0
        self._progress = progress
        self._cancel = cancel
        self._reported = -1.0

    # progress: 0 to 0.3 while the story is assembled, to 0.95 while pages are laid out, then saving
    def report(self, fraction: float, message: str, force: bool = False) -> None:
        if self._cancel is not None and self._cancel():
            raise CancelledError(_("The briefing book was cancelled; no file was written."))
        if self._progress is not None and (force or fraction - self._reported >= 0.005):
            self._reported = fraction
            self._progress(min(fraction, 1.0), message)

    def laid_out(self, message: str) -> None:
        self._done += 1
        self.report(0.3 + 0.65 * min(self._done / self._units, 1.0), message)


_A85_LOCK = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without the ASCII85 layer while a book is written: 20 % smaller, faster.

    ReportLab reads this setting only when it writes streams, from a module global, hence the lock.
    """
    with _A85_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


def page_form(page: int) -> str:
    return f"nalsPage{page}"


def ref_form(key: str) -> str:
    return f"nalsRef{key}"


class BookCanvas(Canvas):  # type: ignore[misc]  # ReportLab has no type hints
    """A canvas that defines the deferred page-number forms before saving."""

    def __init__(self, *args: Any, book_state: BookState, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._book = book_state

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        state = self._book
        total = self.getPageNumber() - 1
        state.page_count = total
        state.report(0.96, _("Writing the file"), force=True)
        label = _("Page {x} of {y}")
        for page in range(1, total + 1):
            self._number_form(page_form(page), label.format(x=page, y=total), 7.5)
        for key in state.ref_keys:
            page_no = state.pages.get(key)
            self._number_form(ref_form(key), str(page_no) if page_no else "\u2013", 8.5)
        with _binary_streams():
            super().save()

    def _number_form(self, name: str, text: str, size: float) -> None:
        self.beginForm(name, lowerx=-400, lowery=-4, upperx=0, uppery=size + 2)
        self.setFont(FONT, size)
        self.setFillColor(GREY if size < 8 else INK)
        self.drawRightString(0, 0, text)
        self.endForm()


class BookDocTemplate(BaseDocTemplate):  # type: ignore[misc]  # ReportLab has no type hints
    """One frame per page; marking, running head, footer and tabs are drawn when a page ends."""

    def __init__(self, file: Any, state: BookState, **kwargs: Any) -> None:
        g = state.geometry
        super().__init__(
            file,
            pagesize=(g.width, g.height),
            leftMargin=g.left,
            rightMargin=g.right,
            topMargin=g.top,
            bottomMargin=g.bottom,
            initialFontName=FONT,
            initialFontSize=9.5,
            **kwargs,
        )
        self.state = state
        frame = Frame(
            g.left,
            g.bottom,
            g.frame_width,
            g.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("body", [frame], onPage=self._begin, onPageEnd=self._decorate)])

    def _begin(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        if self.state.open_commitment is not None:
            self.state.continued[canv.getPageNumber()] = self.state.open_commitment

    def _decorate(self, canv: Canvas, _doc: BaseDocTemplate) -> None:
        state, g = self.state, self.state.geometry
        page = canv.getPageNumber()
        role = state.roles.get(page)
        canv.saveState()
        # marking: bold capitals, centred, at the very top and bottom
        canv.setFillColor(INK)
        canv.setFont(BOLD, 10)
        if state.placement in ("top-bottom", "top"):
            canv.drawCentredString(g.width / 2, g.height - 0.45 * 72, state.marking)
        if state.placement in ("top-bottom", "bottom"):
            canv.drawCentredString(g.width / 2, 0.36 * 72, state.marking)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        right = g.width - g.right
        if role != "cover":
            y = g.height - 0.76 * 72
            canv.setFont(FONT, 7.5)
            canv.setFillColor(GREY)
            half = g.frame_width / 2 - 12
            canv.drawString(g.left, y, clip(state.title, FONT, 7.5, half))
            canv.setFont(BOLD, 7.5)
            canv.drawRightString(right, y, clip(state.label, BOLD, 7.5, half))
            canv.line(g.left, y - 5, right, y - 5)
            continued = state.continued.get(page)
            if continued is not None:  # the text at the top of this page belongs to this commitment
                canv.setFillColor(NAVY)
                canv.setFont(BOLD, 8.5)
                text = _("{reference} (continued)").format(reference=continued)
                canv.drawString(g.left, g.height - g.top + 5, clip(text, BOLD, 8.5, g.frame_width))
        y = 0.74 * 72
        canv.line(g.left, y + 10, right, y + 10)
        canv.setFont(FONT, 7.5)
        canv.setFillColor(GREY)
        canv.drawString(g.left, y, clip(state.footer, FONT, 7.5, g.frame_width - 90))
        canv.translate(right, y)
        canv.doForm(page_form(page))
        canv.translate(-right, -y)
        if state.tab is not None and role != "cover":
            self._side_tab(canv, *state.tab, big=role == "divider")
        canv.restoreState()

    def _side_tab(self, canv: Canvas, letter: str, index: int, big: bool) -> None:
        """A tab at the right edge, stepping down the page like the physical tabs of a binder."""
        g = self.state.geometry
        slots = 6
        height = (g.frame_height - 0.2 * 72) / slots
        top = g.height - g.top - (index % slots) * height
        x, width = g.width - 0.62 * 72, 0.4 * 72
        canv.setFillColor(NAVY if big else PALE)
        canv.setStrokeColor(NAVY if big else RULE)
        canv.roundRect(x, top - height + 4, width, height - 8, 4, stroke=1, fill=1)
        canv.setFillColor(white if big else NAVY)
        size = 16 if len(letter) < 2 else 11
        canv.setFont(BOLD, size)
        canv.drawCentredString(x + width / 2, top - height / 2 - size / 3, letter)


class Anchor(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Invisible marker at the top of a section: bookmark, outline entry, running head, page role."""

    def __init__(
        self,
        state: BookState,
        key: str,
        *,
        outline: str | None = None,
        level: int = 0,
        label: str | None = None,
        role: str | None = None,
        tab: tuple[str, int] | None = None,
        progress: str | None = None,
    ) -> None:
        super().__init__()
        self.state, self.key, self.outline, self.level = state, key, outline, level
        self.label, self.role, self.tab, self.progress = label, role, tab, progress
        self.width = self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv, state = self.canv, self.state
        page = canv.getPageNumber()
        state.pages.setdefault(self.key, page)
        canv.bookmarkPage(self.key)
        if self.outline is not None:
            canv.addOutlineEntry(self.outline, self.key, self.level, closed=True)
        if self.label is not None:
            state.label = self.label
            state.tab = self.tab
        if self.role is not None:
            state.roles[page] = self.role
        if self.progress is not None:
            state.laid_out(self.progress)


class CommitmentHeading(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Reference in bold, status on the right, a rule below; also the commitment's bookmark."""

    def __init__(self, state: BookState, key: str, reference: str, outline: str, aside: str) -> None:
        super().__init__()
        self.state, self.key, self.reference, self.outline, self.aside = state, key, reference, outline, aside
        self.spaceBefore = 6  # no keepWithNext: a CondPageBreak before it leaves room for the text

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 22
        return aW, 22

    def draw(self) -> None:
        canv, state = self.canv, self.state
        page = canv.getPageNumber()
        state.pages.setdefault(self.key, page)
        top = canv.absolutePosition(0, self.height + 8)[1]
        canv.bookmarkPage(self.key, fit="XYZ", left=0, top=top)
        canv.addOutlineEntry(self.outline, self.key, 1)
        aside_w = stringWidth(self.aside, FONT, 7.8) if self.aside else 0
        canv.setFillColor(NAVY)
        canv.setFont(BOLD, 13)
        canv.drawString(0, 7, clip(self.reference, BOLD, 13, self.width - aside_w - 16))
        if self.aside:
            canv.setFillColor(GREY)
            canv.setFont(FONT, 7.8)
            canv.drawRightString(self.width, 8, self.aside)
        canv.setStrokeColor(NAVY)
        canv.setLineWidth(1.2)
        canv.line(0, 1, self.width, 1)
        state.open_commitment = self.reference
        state.laid_out(_("Laying out {reference}").format(reference=self.reference))


class CommitmentEnd(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Invisible marker after a commitment's last block: the pages after it continue nothing."""

    def __init__(self, state: BookState) -> None:
        super().__init__()
        self.state = state
        self.width = self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.state.open_commitment = None


class PageRef(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The page number of an anchor (drawn at the end) right-aligned in its cell, linking to it."""

    def __init__(self, state: BookState, key: str, row_width: float, rise: float = 2) -> None:
        super().__init__()
        self.state, self.key, self.row_width, self.rise = state, key, row_width, rise

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 10
        return aW, 10

    def draw(self) -> None:
        self.state.ref_keys[self.key] = None
        canv = self.canv
        canv.saveState()
        canv.translate(self.width, self.rise)  # on the baseline of the cell's text
        canv.doForm(ref_form(self.key))
        canv.restoreState()
        canv.linkRect(
            "", self.key, (self.width - self.row_width, -3, self.width, 11), relative=1, thickness=0
        )


class FieldLabel(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A small capitalised label above a field ("OBJECTIVE"), kept with the text that follows."""

    def __init__(self, text: str, color: Color = GREY, indent: float = 0) -> None:
        super().__init__()
        self.text, self.color, self.indent = text, color, indent
        self.keepWithNext = 1
        self.spaceBefore = 3

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 11
        return aW, 11

    def draw(self) -> None:
        self.canv.setFillColor(self.color)
        self.canv.setFont(BOLD, 7)
        self.canv.drawString(self.indent, 2, self.text.upper(), charSpace=0.4)


class Labelled(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A small capitalised label ("OBJECTIVE") on top of a flowable, never parted from its first line.

    Cheaper than keepWithNext, which wraps a KeepTogether (and deep-copies) around every pair.
    """

    def __init__(
        self, label: str, body: Flowable, color: Color = GREY, indent: float = 0, room: float = 11
    ) -> None:
        super().__init__()
        self.label, self.body, self.color, self.indent = label, body, color, indent
        self.LABEL = room  # height of the label line above the body

    def getSpaceBefore(self) -> float:
        return 3.0

    def getSpaceAfter(self) -> float:
        return float(self.body.getSpaceAfter())  # a Paragraph's style value

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        _w, h = self.body.wrapOn(self.canv, aW, aH - self.LABEL)
        self.width, self.height = aW, h + self.LABEL
        return aW, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        parts = self.body.splitOn(self.canv, aW, aH - self.LABEL)
        if not parts:
            return []
        return [Labelled(self.label, parts[0], self.color, self.indent, self.LABEL), *parts[1:]]

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setFillColor(self.color)
        canv.setFont(BOLD, 7)
        canv.drawString(self.indent, self.height - 8, self.label.upper(), charSpace=0.4)
        canv.restoreState()
        self.body.drawOn(canv, 0, 0)


class PositionHeader(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A position's head: our position as a pale band then the stance line; another party's on one line."""

    def __init__(
        self,
        *,
        band: str | None,
        party: str | None,
        marking: str,
        stance: Stance | None,
        priority: Priority | None,
    ) -> None:
        super().__init__()
        self.band, self.party, self.marking, self.stance, self.priority = (
            band,
            party,
            marking,
            stance,
            priority,
        )
        self.spaceBefore = 10 if band else 6
        self.spaceAfter = 3

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 38 if self.band else 17
        return aW, self.height

    def draw(self) -> None:
        canv = self.canv
        x = 12.0
        if self.band:
            _bar(canv, self.band, self.marking, self.width, 21)
        else:
            canv.setFillColor(NAVY)
            canv.setFont(BOLD, 9)
            name = clip(self.party or "", BOLD, 9, 150)
            canv.drawString(x, 5, name)
            x += stringWidth(name, BOLD, 9) + 5
            if self.marking:
                text = f"({self.marking})"
                canv.setFillColor(GREY)
                canv.setFont(FONT, 6.8)
                canv.drawString(x, 5.5, text)
                x += stringWidth(text, FONT, 6.8)
            x += 16
        canv.setFillColor(GREY)
        canv.setFont(FONT, 8)
        label = _("Stance")
        canv.drawString(x, 5, label)
        x += stringWidth(label, FONT, 8) + 6
        x += draw_chip(canv, x, 5, self.stance) + 16
        canv.setFillColor(GREY)
        canv.setFont(FONT, 8)
        label = _("Priority")
        canv.drawString(x, 5, label)
        x += stringWidth(label, FONT, 8) + 6
        canv.setFillColor(INK)
        canv.setFont(BOLD, 8)
        canv.drawString(x, 5, _(self.priority.label) if self.priority is not None else "—")


def _bar(canv: Canvas, title: str, marking: str, width: float, y: float) -> None:
    """A pale band with a bold title on the left and a portion marking on the right."""
    canv.setFillColor(PALE)
    canv.rect(0, y, width, 17, stroke=0, fill=1)
    canv.setFillColor(NAVY)
    canv.rect(0, y, 2.5, 17, stroke=0, fill=1)
    marking_w = stringWidth(marking, BOLD, 7.5) if marking else 0
    canv.setFont(BOLD, 9)
    canv.drawString(9, y + 5, clip(title, BOLD, 9, width - marking_w - 30))
    if marking:
        canv.setFillColor(INK)
        canv.setFont(BOLD, 7.5)
        canv.drawRightString(width - 6, y + 5.5, f"({marking})")


class SectionBar(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A pale band with a bold title on the left and a portion marking on the right.

    Precede it with a CondPageBreak rather than keeping it with the next flowable: cheaper for tables.
    """

    def __init__(self, title: str, marking: str = "", spaceBefore: float = 8) -> None:
        super().__init__()
        self.title, self.marking = title, marking
        self.spaceBefore = spaceBefore
        self.spaceAfter = 3

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 17
        return aW, 17

    def draw(self) -> None:
        _bar(self.canv, self.title, self.marking, self.width, 0)


def draw_chip(canv: Canvas, x: float, y: float, stance: Stance | None, size: float = 8) -> float:
    """A stance chip (tinted box with the stance in words); returns its width."""
    text = _(stance.label) if stance is not None else _("Not recorded")
    width: float = stringWidth(text, BOLD, size) + 10
    canv.setFillColor(STANCE_TINT[stance] if stance is not None else white)
    canv.setStrokeColor(LIGHT_GREY)
    canv.setLineWidth(0.5)
    canv.roundRect(x, y - 3.5, width, size + 6, 2.5, stroke=1, fill=1)
    canv.setFillColor(INK)
    canv.setFont(BOLD, size)
    canv.drawString(x + 5, y, text)
    return width


class StatusStrip(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """Implementation status, a progress bar with its percentage, and the as-of date."""

    def __init__(self, status: str, progress: int | None, as_of: str) -> None:
        super().__init__()
        self.status, self.progress, self.as_of = status, progress, as_of
        self.spaceBefore, self.spaceAfter = 1, 3

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 15
        return aW, 15

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(GREY)
        canv.setFont(FONT, 8)
        label = _("Implementation")
        canv.drawString(0, 4, label)
        x = stringWidth(label, FONT, 8) + 6
        canv.setFillColor(INK)
        canv.setFont(BOLD, 8.5)
        canv.drawString(x, 4, self.status)
        x += stringWidth(self.status, BOLD, 8.5) + 14
        if self.progress is not None:
            value = max(0, min(100, self.progress))
            bar = 90
            canv.setStrokeColor(LIGHT_GREY)
            canv.setFillColor(white)
            canv.setLineWidth(0.5)
            canv.rect(x, 3, bar, 7, stroke=1, fill=1)
            canv.setFillColor(NAVY)
            canv.rect(x, 3, bar * value / 100, 7, stroke=0, fill=1)
            canv.setFillColor(INK)
            canv.setFont(FONT, 8)
            canv.drawString(x + bar + 5, 4, f"{value} %")
            x += bar + 40
        if self.as_of:
            canv.setFillColor(GREY)
            canv.setFont(FONT, 8)
            canv.drawString(x, 4, self.as_of)


class BigLetter(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The tab letter of a divider page, very large."""

    def __init__(self, letter: str) -> None:
        super().__init__()
        self.letter = letter

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, 120
        return aW, 120

    def draw(self) -> None:
        canv = self.canv
        canv.setFillColor(NAVY)
        canv.setFont(BOLD, 96 if len(self.letter) < 3 else 64)
        canv.drawString(0, 20, self.letter)
        canv.setStrokeColor(NAVY)
        canv.setLineWidth(2)
        canv.line(0, 6, 72, 6)


class Rule(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    def __init__(self, color: Color = RULE, thickness: float = 0.6, space: float = 6) -> None:
        super().__init__()
        self.color, self.thickness, self.space = color, thickness, space

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, self.space * 2
        return aW, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def nice_step(total: int) -> int:
    """A round step for a chart's scale: at most about eight steps up to ``total``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000):
        if total / step <= 8:
            return step
    return max(1, total // 8)


#: The stances of a count, in the charts' and tables' order: each stance, then "not recorded" (None).
COUNTED_STANCES: tuple[Stance | None, ...] = (*Stance, None)


def stance_bar_chart(
    width: float,
    names: Sequence[str],
    counts: Sequence[Mapping[Stance | None, int]],
    *,
    total: int,
    bar: float,
    label_w: float,
    spacing: float,
) -> Drawing:
    """Stacked bars, one per name (the first on top), in the stances' colours, pale for "not recorded";
    the scale runs to ``total`` in round steps; ``spacing``: the gap between bars, as a share of a bar."""
    n = max(len(names), 1)
    plot_h = n * bar * (1 + spacing)
    drawing = Drawing(width, plot_h + 28)
    drawing.initialFontName, drawing.initialFontSize = FONT, 7  # else renderPDF starts in Helvetica
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = label_w, 16, width - label_w - 12, plot_h
    # the first category is drawn at the bottom: reverse, so the first name is on top
    chart.data = [[c[stance] for c in reversed(counts)] for stance in COUNTED_STANCES]
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = BOLD
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = NAVY
    chart.categoryAxis.strokeColor = LIGHT_GREY
    chart.categoryAxis.visibleTicks = 0
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = LIGHT_GREY
    chart.valueAxis.valueMin = 0
    total = max(total, 1)
    step = nice_step(total)
    chart.valueAxis.valueMax = -(-total // step) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = PALE
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.barSpacing = 0
    chart.groupSpacing = bar * spacing
    for i, stance in enumerate(COUNTED_STANCES):
        chart.bars[i].fillColor = STANCE_FILL[stance] if stance is not None else PALE
        chart.bars[i].strokeColor = white if stance is not None else LIGHT_GREY
        chart.bars[i].strokeWidth = 0.5
    drawing.add(chart)
    return drawing


def stance_counts_table(
    width: float, heading: str, rows: Sequence[tuple[object, Mapping[Stance | None, int]]], *, cell: float
) -> Table:
    """A chart's numbers: a row per label, a column per stance (its name on the chart's colour), then
    "not recorded"; legible where the chart's colours are not (grey print)."""
    header: list[object] = [
        heading,
        *(wrap(_(s.label), BOLD, 7, cell - 6, 2) for s in Stance),
        wrap(_("Not recorded"), BOLD, 7, cell - 6, 2),
    ]
    body = [[label, *(number(c[s]) if c[s] else "·" for s in COUNTED_STANCES)] for label, c in rows]
    last = len(COUNTED_STANCES)
    table = Table(
        [header, *body],
        colWidths=[width - cell * last] + [cell] * last,
        repeatRows=1,
        hAlign="LEFT",
    )
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (i + 1, 0), (i + 1, 0), STANCE_FILL[s]) for i, s in enumerate(Stance)
    ]
    commands += [
        ("TEXTCOLOR", (1, 0), (len(Stance), 0), white),
        ("BACKGROUND", (last, 0), (last, 0), PALE),
    ]
    table.setStyle(TableStyle(COUNTS_TABLE_STYLE + commands))
    return table
