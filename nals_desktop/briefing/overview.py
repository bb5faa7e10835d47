"""The book's two overview sections: Progress (counts and a chart) and Positions compared (side by side)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table, TableStyle

from nals_desktop.briefing.content import CommitmentView, PositionView
from nals_desktop.briefing.layout import Anchor, FieldLabel, SectionBar, stance_bar_chart, stance_counts_table
from nals_desktop.briefing.text import clip, markup, one_line, wrap
from nals_desktop.briefing.theme import (
    ANNEX_TABLE_STYLE,
    BOLD,
    FONT,
    GREY,
    INK,
    NAVY,
    NO_POSITION_TINT,
    PALE,
    PALE_RED,
    RED,
    RULE,
    STANCE_TINT,
)
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance, field_label
from nals_desktop.i18n import _, ngettext, number

if TYPE_CHECKING:
    from nals_desktop.briefing.sections import Composer

#: The fields "Positions compared" sets side by side, in the editor's order.
COMPARED_FIELDS: tuple[str, ...] = ("stance", "priority", "objective", "key_messages", "red_line", "fallback")
DIFFERS = "≠"  # marks a field on which the parties differ
_TEXT_LINES = 6  # long texts are shortened to this many lines; the pillar tabs print them whole
WEEK_DAYS = 7


def _items(composer: Composer) -> list[CommitmentView]:
    return [item for _tab, pillar in composer.pillars for item in pillar.commitments]


def _value(position: PositionView | None, name: str) -> str:
    if position is None:
        return ""
    value = getattr(position, name)
    if isinstance(value, Stance | Priority):
        return value.value
    return one_line(value) if isinstance(value, str) else ""


def differing(item: CommitmentView, parties: list[str]) -> set[str]:
    """The compared fields on which the parties differ: two recorded values disagree, or one is missing."""
    positions = {p.party_code: p for p in item.positions}
    out = set()
    for name in COMPARED_FIELDS:
        values = {_value(positions.get(code), name) for code in parties}
        if len(values) > 1:
            out.add(name)
    return out


# -- Progress -----------------------------------------------------------------------------------------


def progress_section(composer: Composer) -> list[Flowable]:
    s, g = composer.styles, composer.g
    items = _items(composer)
    own = composer.own
    story: list[Flowable] = [
        Anchor(composer.state, "progress", outline=_("Progress"), label=_("Progress")),
        Paragraph(markup(_("Progress")), s.h1),
        Paragraph(
            markup(
                ngettext(
                    "Where the positions stand on the {count} commitment in this book, as recorded when it "
                    "was printed.",
                    "Where the positions stand on the {count} commitments in this book, as recorded when "
                    "it was printed.",
                    len(items),
                ).format(count=number(len(items)))
            ),
            s.small,
        ),
        Spacer(1, 6),
    ]
    printed_on = composer.request.printed_on or datetime.now(UTC).date()
    since = datetime.combine(printed_on - timedelta(days=WEEK_DAYS - 1), time.min, tzinfo=UTC)
    week = [c for c in composer.content.changes if _utc(c.when) >= since]
    without = [item.reference for item in items if _high_without_stance(item, own, composer.columns)]
    rows: list[tuple[str, str]] = [(_("Commitments"), number(len(items)))]
    if own:
        with_own = sum(
            1 for item in items if any(p.party_code == own and _recorded(p) for p in item.positions)
        )
        share = round(100 * with_own / len(items)) if items else 0
        rows.append(
            (
                _("With our position ({party})").format(party=composer.names.get(own, own)),
                _("{count} of {total} ({share} %)").format(
                    count=number(with_own), total=number(len(items)), share=share
                ),
            )
        )
    rows.append(
        (
            _("High priority, without our stance") if own else _("High priority, without any stance"),
            number(len(without)),
        )
    )
    authors = Counter(one_line(c.who) or "—" for c in week)
    rows.append(
        (
            _("Changes in the last {days} days").format(days=WEEK_DAYS),
            ngettext("{count} by {people} person", "{count} by {people} people", len(authors)).format(
                count=number(len(week)), people=number(len(authors))
            )
            if week
            else _("None"),
        )
    )
    story.append(_figures(rows, g.frame_width))
    if composer.columns:
        story += [
            Spacer(1, 12),
            FieldLabel(_("Stances by party"), NAVY),
            _party_chart(composer, items),
            _legend(),
            Spacer(1, 4),
            _party_counts(composer, items),
        ]
    story += [
        Spacer(1, 12),
        FieldLabel(_("Implementation status"), NAVY),
        _status_table(items, g.frame_width),
    ]
    if without:
        title = _("High priority, without our stance") if own else _("High priority, without any stance")
        story += [
            CondPageBreak(0.9 * inch),
            Spacer(1, 10),
            FieldLabel(title, NAVY),
            Paragraph(markup(", ".join(without)), s.body),
        ]
    story += [CondPageBreak(0.6 * inch), Spacer(1, 10), FieldLabel(_("Who changed what this week"), NAVY)]
    if not week:
        story.append(
            Paragraph(markup(_("No changes in the last {days} days.").format(days=WEEK_DAYS)), s.body)
        )
    else:
        story.append(_week_table(week, g.frame_width))
    return story


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _recorded(p: PositionView) -> bool:
    return bool(p.stance or p.priority or any(_value(p, f).strip() for f in COMPARED_FIELDS[2:]))


def _high_without_stance(item: CommitmentView, own: str | None, columns: list[str]) -> bool:
    if not any(p.priority is Priority.HIGH for p in item.positions):
        return False
    if own:
        return not any(p.party_code == own and p.stance for p in item.positions)
    return not any(p.stance for p in item.positions if p.party_code in columns)


def _figures(rows: list[tuple[str, str]], width: float) -> Table:
    label_w = 2.6 * inch
    table = Table(
        [
            [clip(label, FONT, 9.5, label_w - 6), clip(value, BOLD, 11, width - label_w - 6)]
            for label, value in rows
        ],
        colWidths=[label_w, width - label_w],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (0, -1), FONT),
                ("FONTSIZE", (0, 0), (0, -1), 9.5),
                ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                ("FONTNAME", (1, 0), (1, -1), BOLD),
                ("FONTSIZE", (1, 0), (1, -1), 11),
                ("TEXTCOLOR", (1, 0), (1, -1), NAVY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _stance_counts(composer: Composer, items: list[CommitmentView]) -> dict[str, Counter[Stance | None]]:
    counts: dict[str, Counter[Stance | None]] = {code: Counter() for code in composer.columns}
    for item in items:
        positions = {p.party_code: p.stance for p in item.positions}
        for code in composer.columns:
            counts[code][positions.get(code)] += 1
    return counts


def _party_chart(composer: Composer, items: list[CommitmentView]) -> Drawing:
    """One stacked bar per party: how many commitments it takes each stance on (pale: not recorded)."""
    counts = _stance_counts(composer, items)
    parties = composer.columns
    label_w = 70.0
    return stance_bar_chart(
        composer.g.frame_width,
        [clip(composer.names.get(code, code), BOLD, 8, label_w - 8) for code in parties],
        [counts[code] for code in parties],
        total=len(items),
        bar=max(8.0, min(22.0, 160 / max(len(parties), 1))),
        label_w=label_w,
        spacing=0.5,
    )


def _legend() -> Flowable:
    from nals_desktop.briefing.sections import StanceLegend  # the matrix's legend (sections imports us)

    legend: Flowable = StanceLegend()
    return legend


def _party_counts(composer: Composer, items: list[CommitmentView]) -> Table:
    counts = _stance_counts(composer, items)
    cell = 0.85 * inch
    name_w = composer.g.frame_width - cell * (len(Stance) + 1)
    rows = [
        (clip(composer.names.get(code, code), BOLD, 7.5, name_w - 6), counts[code])
        for code in composer.columns
    ]
    return stance_counts_table(composer.g.frame_width, _("Party"), rows, cell=cell)


def _status_table(items: list[CommitmentView], width: float) -> Table:
    counts = Counter(item.status.status if item.status is not None else None for item in items)
    total = max(len(items), 1)
    label_w, count_w = 2.6 * inch, 0.7 * inch
    bar_w = width - label_w - count_w
    rows: list[list[object]] = []
    for status in [*ImplementationStatus, None]:
        n = counts.get(status, 0)
        label = _(status.label) if status is not None else _("Not recorded")
        rows.append([clip(label, FONT, 8.5, label_w - 6), number(n), _Bar(n / total, bar_w - 8)])
    table = Table(rows, colWidths=[label_w, count_w, bar_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("TEXTCOLOR", (0, 0), (0, -1), INK),
                ("FONTNAME", (1, 0), (1, -1), BOLD),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
            ]
        )
    )
    return table


class _Bar(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A thin proportional bar in a table cell."""

    def __init__(self, fraction: float, width: float) -> None:
        super().__init__()
        self.fraction, self.bar_w = max(0.0, min(fraction, 1.0)), width

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return self.bar_w, 7

    def draw(self) -> None:
        self.canv.setFillColor(PALE)
        self.canv.setStrokeColor(PALE)
        self.canv.rect(0, 0, self.bar_w, 7, stroke=0, fill=1)
        if self.fraction:
            self.canv.setFillColor(NAVY)
            self.canv.rect(0, 0, max(self.bar_w * self.fraction, 1), 7, stroke=0, fill=1)


def _week_table(week: list, width: float) -> Table:  # type: ignore[type-arg]
    by_author: dict[str, list[str]] = {}
    for change in sorted(week, key=lambda c: _utc(c.when), reverse=True):
        by_author.setdefault(one_line(change.who) or "—", []).append(one_line(change.reference))
    widths = [1.8 * inch, 0.8 * inch]
    widths.append(width - sum(widths))
    header: list[object] = [_("Changed by"), _("Changes"), _("Commitments")]
    rows: list[list[object]] = [header]
    for who, refs in sorted(by_author.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        rows.append(
            [
                wrap(who, FONT, 7.5, widths[0] - 8, 2),
                number(len(refs)),
                wrap(", ".join(dict.fromkeys(refs)), FONT, 7.5, widths[2] - 8, 3),
            ]
        )
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(ANNEX_TABLE_STYLE))
    return table


# -- Positions compared -------------------------------------------------------------------------------


def compared_section(composer: Composer) -> list[Flowable]:
    s, g = composer.styles, composer.g
    story: list[Flowable] = [
        Anchor(composer.state, "compared", outline=_("Positions compared"), label=_("Positions compared")),
        Paragraph(markup(_("Positions compared")), s.h1),
    ]
    parties = composer.columns
    if not parties:
        return [*story, Paragraph(markup(_("No party was chosen for this book.")), s.body)]
    story.append(
        Paragraph(
            markup(
                _(
                    "Each party's position side by side. {mark} marks a field on which the parties "
                    "differ. Long texts are shortened here; the pillar tabs print them in full."
                ).format(mark=DIFFERS)
            ),
            s.small,
        )
    )
    label_w = 1.05 * inch
    party_w = (g.frame_width - label_w) / len(parties)
    header: list[object] = [
        "",
        *(
            wrap(composer.names.get(code, code), BOLD, 7.5, party_w - 6, 2)
            if len(composer.names.get(code, code)) < 40
            else code
            for code in parties
        ),
    ]
    for tab, pillar in composer.pillars:
        title = f"{tab} · {one_line(pillar.short_title or pillar.title)}"
        story += [CondPageBreak(1.6 * inch), SectionBar(title, spaceBefore=10)]
        for item in pillar.commitments:
            story += [CondPageBreak(1.3 * inch), _compared_table(item, parties, header, label_w, party_w)]
            story.append(Spacer(1, 8))
        composer.state.laid_out(_("Positions compared"))
    return story


def _compared_table(
    item: CommitmentView, parties: list[str], header: list[object], label_w: float, party_w: float
) -> Table:
    positions = {p.party_code: p for p in item.positions}
    differs = differing(item, parties)
    width = label_w + party_w * len(parties)
    heading = wrap(f"{one_line(item.reference)}  {one_line(item.text)}", BOLD, 8, width - 10, 2)
    rows: list[list[object]] = [[heading, *([""] * len(parties))], header]
    commands: list[tuple[object, ...]] = [("SPAN", (0, 0), (-1, 0))]
    for name in COMPARED_FIELDS:
        r = len(rows)
        label = _(field_label(name))
        marked = name in differs
        row: list[object] = [wrap(f"{DIFFERS} {label}" if marked else label, BOLD, 7, label_w - 8, 3)]
        for col, code in enumerate(parties, start=1):
            position = positions.get(code)
            value = getattr(position, name) if position is not None else None
            if name == "stance":
                text = _(value.label) if isinstance(value, Stance) else "—"
                tint = STANCE_TINT[value] if isinstance(value, Stance) else NO_POSITION_TINT
                commands.append(("BACKGROUND", (col, r), (col, r), tint))
                commands.append(("FONTNAME", (col, r), (col, r), BOLD))
            elif name == "priority":
                text = _(value.label) if isinstance(value, Priority) else "—"
            else:
                text = one_line(value) if isinstance(value, str) and value.strip() else "—"
            row.append(wrap(text, FONT, 7, party_w - 8, _TEXT_LINES))
        if marked:
            commands += [("TEXTCOLOR", (0, r), (0, r), RED), ("BACKGROUND", (0, r), (0, r), PALE_RED)]
        rows.append(row)
    table = Table(rows, colWidths=[label_w] + [party_w] * len(parties), repeatRows=2, hAlign="LEFT")
    table.setStyle(TableStyle(_COMPARED_STYLE + commands))
    return table


_COMPARED_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 7),
    ("LEADING", (0, 0), (-1, -1), 8.6),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("FONTNAME", (0, 0), (-1, 1), BOLD),
    ("FONTSIZE", (0, 0), (-1, 0), 8),
    ("LEADING", (0, 0), (-1, 0), 10),
    ("TEXTCOLOR", (0, 0), (-1, 1), NAVY),
    ("BACKGROUND", (0, 0), (-1, 0), PALE),
    ("FONTNAME", (0, 2), (0, -1), BOLD),
    ("TEXTCOLOR", (0, 2), (0, -1), GREY),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("LINEAFTER", (0, 1), (-2, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
