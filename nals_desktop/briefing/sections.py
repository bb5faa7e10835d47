"""The book's story: cover, contents, positions matrix, one tab per pillar, annexes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.colors import white
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from nals_desktop.briefing.content import (
    BookContent,
    BookRequest,
    CommitmentView,
    ConflictView,
    PartyView,
    PillarView,
    PositionView,
    StatusView,
)
from nals_desktop.briefing.layout import (
    Anchor,
    BigLetter,
    BookState,
    CommitmentEnd,
    CommitmentHeading,
    FieldLabel,
    Labelled,
    PageRef,
    PositionHeader,
    Rule,
    SectionBar,
    StatusStrip,
    draw_chip,
    stance_bar_chart,
    stance_counts_table,
)
from nals_desktop.briefing.overview import compared_section, progress_section
from nals_desktop.briefing.text import blocks, clip, long_date, markup, one_line, short_date, timestamp, wrap
from nals_desktop.briefing.theme import (
    AMBER,
    ANNEX_TABLE_STYLE,
    BOLD,
    FONT,
    GREY,
    INK,
    NAVY,
    NO_POSITION_TINT,
    PALE,
    RED,
    RULE,
    STANCE_TINT,
    Geometry,
    Styles,
)
from nals_desktop.domain.model import Stance, field_label, marking_label, party_name, tab_letter
from nals_desktop.i18n import N_, _, ngettext

_CHUNK = 45  # rows per Table: splitting one huge table across pages costs quadratic time
_POSITION_FIELDS = ("objective", "key_messages", "responses", "fallback", "red_line", "background")


class Composer:
    """Turns content and request into the list of flowables of one book."""

    def __init__(self, content: BookContent, request: BookRequest, state: BookState, styles: Styles) -> None:
        self.content, self.request, self.state, self.styles = content, request, state, styles
        self.g: Geometry = state.geometry
        self.names = {p.code: one_line(party_name(p.code, p.name)) or p.code for p in content.parties}
        shown = request.parties or tuple(p.code for p in content.parties)
        self.own = request.own_party
        self.others = [code for code in dict.fromkeys(shown) if code != self.own]
        self.columns = ([self.own] if self.own else []) + self.others
        self.pillars = [(self._tab(i, p), p) for i, p in enumerate(content.pillars)]
        self.left_out = [
            one_line(party_name(p.code, p.name)) or p.code for p in _left_out(content, self.columns)
        ]
        self._prepared = 0

    # -- whole book ----------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        sections = self.request.sections
        story: list[Flowable] = []
        if self.left_out and "cover" not in sections:  # no cover to say it on: the first page says it
            story.append(Paragraph(markup(self._left_out_note()), self.styles.body))
        if self.content.conflicted_count and "cover" not in sections:
            story.append(Paragraph(markup(self._conflicts_note()), self.styles.body))
        first = len(story)

        def new_page(flowables: list[Flowable]) -> None:
            if len(story) > first:
                story.append(PageBreak())
            story.extend(flowables)

        if "cover" in sections:
            new_page(self.cover())
        if "contents" in sections:
            new_page(self.contents())
        if "progress" in sections:
            new_page(progress_section(self))
        if "matrix" in sections:
            new_page(self.matrix())
        if "compared" in sections:
            new_page(compared_section(self))
        if "pillars" in sections:
            for index, (tab, pillar) in enumerate(self.pillars):
                new_page(self.divider(index, tab, pillar))
                new_page(self.commitments(index, tab, pillar))
        if "changes" in sections:
            new_page(self.changes())
        if "sources" in sections:
            new_page(self.sources())
        return story

    def contents_entries(self) -> list[tuple[int, str, str, str]]:
        """(level, key, tab or reference, title) for every line of the contents; a group is a line of level 1
        without a reference."""
        sections = self.request.sections
        entries: list[tuple[int, str, str, str]] = []
        if "progress" in sections:
            entries.append((0, "progress", "", _("Progress")))
        if "matrix" in sections:
            entries.append((0, "matrix", "", _("Positions matrix")))
        if "compared" in sections:
            entries.append((0, "compared", "", _("Positions compared")))
        if "pillars" in sections:
            for index, (tab, pillar) in enumerate(self.pillars):
                entries.append((0, f"p{index}", tab, one_line(pillar.short_title or pillar.title)))
                for number, item, group in _with_groups(pillar.commitments):
                    if group is not None:  # no reference: the page of its first commitment, where it is
                        entries.append((1, f"c{index}_{number}", "", one_line(group)))
                    entries.append((1, f"c{index}_{number}", one_line(item.reference), one_line(item.text)))
        if "changes" in sections:
            entries.append((0, "changes", "", self._changes_title()))
        if "sources" in sections:
            entries.append((0, "sources", "", _("Source documents")))
        return entries

    # -- cover ---------------------------------------------------------------------------------------

    def cover(self) -> list[Flowable]:
        s, req, content = self.styles, self.request, self.content
        story: list[Flowable] = [
            Anchor(self.state, "cover", role="cover", label=""),
            Spacer(1, 0.7 * inch),
            FieldLabel(_("Briefing book"), NAVY),
            Spacer(1, 6),
            Paragraph(markup(req.title), s.cover_title),
        ]
        if req.subtitle.strip():
            story.append(Paragraph(markup(req.subtitle), s.cover_subtitle))
        story += [Rule(NAVY, 1.6, 8), Paragraph(markup(content.summit_title), s.cover_summit)]
        where = " · ".join(x for x in (long_date(content.summit_date), one_line(content.location)) if x)
        if where:
            story.append(Paragraph(escape(where), s.cover_summit))
        rows = [
            (_("Prepared for"), req.prepared_for),
            (_("Prepared by"), req.prepared_by),
            (_("Copy number"), req.copy_number),
            (_("Printed on"), long_date(req.printed_on or date.today())),
            (_("Classification"), self.state.marking),
            (_("Positions of"), ", ".join(self.names.get(c, c) for c in self.columns)),
            (_("Left out"), self._left_out_note() if self.left_out else ""),
            (_("Open conflicts"), self._conflicts_note() if content.conflicted_count else ""),
            (_("Only the group"), self._group_line()),
        ]
        label_w = 1.6 * inch
        value_w = self.g.frame_width - label_w
        data = [
            [_(label), wrap(one_line(value), BOLD, 10, value_w - 8, 3)]  # the values are printed bold
            for label, value in rows
            if one_line(value)
        ]
        table = Table(data, colWidths=[label_w, value_w], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), FONT),
                    ("FONTSIZE", (0, 0), (-1, -1), 10),
                    ("LEADING", (0, 0), (-1, -1), 13),
                    ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                    ("FONTNAME", (1, 0), (1, -1), BOLD),
                    ("TEXTCOLOR", (1, 0), (1, -1), INK),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story += [Spacer(1, 1.3 * inch), table]
        return story

    def _conflicts_note(self) -> str:
        count = self.content.conflicted_count
        return ngettext(
            "{count} commitment holds a field with two values no one has settled yet; it says so where "
            "it is printed.",
            "{count} commitments hold a field with two values no one has settled yet; each says so where "
            "it is printed.",
            count,
        ).format(count=count)

    def _group_line(self) -> str:
        """The tab, the pillar and the group when the book holds one group of its pillar, else ""."""
        if self.content.group is None or len(self.pillars) != 1:
            return ""
        tab, pillar = self.pillars[0]
        short = one_line(pillar.short_title or pillar.title)
        return f"{tab} · {short} \u203a {one_line(self.content.group)}"

    def _group_note(self) -> list[Flowable]:
        """A paragraph saying the book holds one group of its pillar (none when it holds more)."""
        if not self._group_line():
            return []
        tab, pillar = self.pillars[0]
        text = _(
            "This book holds only the group “{group}” of tab {tab} · {pillar}: the pillar's other "
            "commitments are not in it."
        ).format(
            group=one_line(self.content.group or ""),
            tab=tab,
            pillar=one_line(pillar.short_title or pillar.title),
        )
        return [Paragraph(markup(text), self.styles.body)]

    def _left_out_note(self) -> str:
        return _("{parties} (positions recorded, not printed in this book)").format(
            parties=", ".join(self.left_out)
        )

    # -- contents ------------------------------------------------------------------------------------

    def contents(self) -> list[Flowable]:
        s, g = self.styles, self.g
        tab_w, page_w = 0.62 * inch, 0.5 * inch
        title_w = g.frame_width - tab_w - page_w
        story: list[Flowable] = [
            Anchor(self.state, "contents", outline=_("Contents"), label=_("Contents")),
            Paragraph(markup(_("Contents")), s.h1),
            *self._group_note(),
        ]
        rows: list[list[object]] = []
        commands: list[tuple[object, ...]] = []

        def flush() -> None:
            if rows:
                table = Table(rows, colWidths=[tab_w, title_w, page_w], hAlign="LEFT")
                table.setStyle(TableStyle(_CONTENTS_STYLE + commands))
                story.append(table)
                rows.clear()
                commands.clear()

        for level, key, tab, title in self.contents_entries():
            if level == 0 and len(rows) > _CHUNK - 4:
                flush()
            r = len(rows)
            if level == 0:
                rows.append(
                    [
                        clip(tab, BOLD, 10, tab_w - 12),
                        clip(title, BOLD, 10, title_w - 12),
                        PageRef(self.state, key, g.frame_width),
                    ]
                )
                commands += [
                    ("FONTNAME", (0, r), (1, r), BOLD),
                    ("FONTSIZE", (0, r), (1, r), 10),
                    ("TOPPADDING", (0, r), (-1, r), 9 if r else 3),
                    ("BOTTOMPADDING", (0, r), (-1, r), 4),
                    ("LINEBELOW", (0, r), (-1, r), 0.6, RULE),
                ]
                if tab:
                    commands += [
                        ("BACKGROUND", (0, r), (0, r), NAVY),
                        ("TEXTCOLOR", (0, r), (0, r), white),
                        ("ALIGN", (0, r), (0, r), "CENTER"),
                    ]
            else:
                rows.append(
                    [
                        clip(tab, FONT, 8, tab_w - 12),
                        clip(title, BOLD if not tab else FONT, 8.5, title_w - 12),
                        PageRef(self.state, key, g.frame_width - tab_w),
                    ]
                )
                if not tab:  # a group, above its commitments
                    commands += [("FONTNAME", (1, r), (1, r), BOLD), ("TEXTCOLOR", (1, r), (1, r), NAVY)]
            if len(rows) >= _CHUNK:
                flush()
        flush()
        return story

    # -- positions matrix ----------------------------------------------------------------------------

    def matrix(self) -> list[Flowable]:
        s, g = self.styles, self.g
        story: list[Flowable] = [
            Anchor(self.state, "matrix", outline=_("Positions matrix"), label=_("Positions matrix")),
            Paragraph(markup(_("Positions matrix")), s.h1),
        ]
        if not self.columns:
            return [*story, Paragraph(markup(_("No party was chosen for this book.")), s.body)]
        story.append(
            Paragraph(
                markup(
                    _("The stance of each party on each commitment, as recorded when this book was printed.")
                ),
                s.small,
            )
        )
        ref_w = 0.55 * inch
        party_w = min(1.15 * inch, (g.frame_width - ref_w - 1.8 * inch) / len(self.columns))
        text_w = g.frame_width - ref_w - party_w * len(self.columns)
        # narrow columns (many parties) get party codes and short stance words, explained in the legend
        short = not all(_fits(_(st.label), BOLD, 7, party_w - 6, 3) for st in Stance)
        labels = {st: _(_SHORT_STANCES[st]) if short else _(st.label) for st in Stance}
        story += [
            FieldLabel(_("Stances by tab"), NAVY),
            self._chart(),
            self._stance_counts(),
            Spacer(1, 14),
            FieldLabel(_("Stances by commitment"), NAVY),
            StanceLegend(labels if short else None),
            Spacer(1, 4),
        ]
        header: list[object] = [_("Ref."), _("Commitment")]
        header += [
            wrap(name if _fits(name, BOLD, 7.5, party_w - 6, 2) else code, BOLD, 7.5, party_w - 6, 2)
            for code, name in ((c, self.names.get(c, c)) for c in self.columns)
        ]
        for tab, pillar in self.pillars:
            title = f"{tab} · {one_line(pillar.short_title or pillar.title)}"
            story += [CondPageBreak(1.3 * inch), SectionBar(title, spaceBefore=10)]
            rows: list[list[object]] = [header]
            commands: list[tuple[object, ...]] = []
            for item in pillar.commitments:
                r = len(rows)
                row: list[object] = [
                    wrap(one_line(item.reference), FONT, 7.5, ref_w - 8, 2),
                    wrap(one_line(item.text), FONT, 7.5, text_w - 8, 3),
                ]
                positions = {p.party_code: p for p in item.positions}
                for col, code in enumerate(self.columns, start=2):
                    stance = positions[code].stance if code in positions else None
                    row.append(wrap(labels[stance] if stance is not None else "—", BOLD, 7, party_w - 6, 3))
                    tint = STANCE_TINT[stance] if stance is not None else NO_POSITION_TINT
                    commands.append(("BACKGROUND", (col, r), (col, r), tint))
                rows.append(row)
                if len(rows) > _CHUNK:
                    story.append(self._matrix_table(rows, commands, ref_w, text_w, party_w))
                    rows, commands = [header], []
            if len(rows) > 1:
                story.append(self._matrix_table(rows, commands, ref_w, text_w, party_w))
        return story

    def _matrix_table(
        self,
        rows: list[list[object]],
        commands: list[tuple[object, ...]],
        ref_w: float,
        text_w: float,
        party_w: float,
    ) -> Table:
        table = Table(
            rows, colWidths=[ref_w, text_w] + [party_w] * len(self.columns), repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(TableStyle(_MATRIX_STYLE + commands))
        return table

    def _pillar_counts(self) -> list[Counter[Stance | None]]:
        """Per pillar, how many of the printed parties' positions take each stance (None: not recorded)."""
        counts: list[Counter[Stance | None]] = []
        for _tab, pillar in self.pillars:
            count: Counter[Stance | None] = Counter()
            for item in pillar.commitments:
                positions = {p.party_code: p.stance for p in item.positions}
                for code in self.columns:
                    count[positions.get(code)] += 1
            counts.append(count)
        return counts

    def _chart(self) -> Flowable:
        """Stacked bars: per pillar, how many of the printed parties' positions take each stance."""
        n = max(len(self.pillars), 1)
        return stance_bar_chart(
            self.g.frame_width,
            [tab for tab, _p in self.pillars],
            self._pillar_counts(),
            total=max((len(p.commitments) * len(self.columns) for _t, p in self.pillars), default=1),
            bar=max(5.0, min(16.0, (self.g.frame_height * 0.45) / n)),
            label_w=34,
            spacing=0.45,
        )

    def _stance_counts(self) -> Table:
        """The chart's numbers, with stance names in the header (in the chart's colours): legible in grey."""
        rows = [(tab, count) for (tab, _p), count in zip(self.pillars, self._pillar_counts(), strict=True)]
        return stance_counts_table(self.g.frame_width, _("Tab"), rows, cell=0.9 * inch)

    # -- pillars -------------------------------------------------------------------------------------

    def divider(self, index: int, tab: str, pillar: PillarView) -> list[Flowable]:
        s = self.styles
        short = one_line(pillar.short_title or pillar.title)
        story: list[Flowable] = [
            Anchor(
                self.state,
                f"p{index}",
                outline=f"{tab} · {short}",
                label=_("Tab {tab} · {title}").format(tab=tab, title=short),
                role="divider",
                tab=(tab, index),
                progress=_("Tab {tab}").format(tab=tab),
            ),
            Spacer(1, 0.6 * inch),
            BigLetter(tab),
            Paragraph(markup(short), s.divider_title),
        ]
        # A document's own heading, when it says more than the short title (a first sentence of the
        # intro, as pillars without headings get, would only repeat the intro).
        title = one_line(pillar.title)
        if title and title != short and not one_line(pillar.intro).startswith(title.rstrip(".:")):
            story.append(Paragraph(markup(title), s.divider_intro))
        for bullet, text in blocks(pillar.intro):
            story.append(Paragraph(text, s.divider_intro, bulletText=escape(bullet) if bullet else None))
        story += self._group_note()
        count = len(pillar.commitments)
        story += [
            Spacer(1, 18),
            FieldLabel(
                ngettext("{count} commitment in this tab", "{count} commitments in this tab", count).format(
                    count=count
                ),
                NAVY,
            ),
            Rule(NAVY, 0.8, 3),
        ]
        g = self.g
        ref_w, page_w = 0.62 * inch, 0.5 * inch
        text_w = g.frame_width - ref_w - page_w
        rows: list[list[object]] = []
        group_rows: list[int] = []  # a group's name on a row of its own, above its commitments
        for number, item, group in _with_groups(pillar.commitments):
            if group is not None:
                group_rows.append(len(rows))
                rows.append(["", clip(one_line(group), BOLD, 8.5, text_w - 12), ""])
            rows.append(
                [
                    clip(one_line(item.reference), BOLD, 8.5, ref_w - 8),
                    wrap(one_line(item.text), FONT, 8.5, text_w - 12, 2),
                    PageRef(self.state, f"c{index}_{number}", g.frame_width, rise=0.5),
                ]
            )
            if len(rows) >= _CHUNK or number == count - 1:
                table = Table(rows, colWidths=[ref_w, text_w, page_w], hAlign="LEFT")
                table.setStyle(
                    TableStyle(
                        _TAB_INDEX_STYLE
                        + [("FONTNAME", (1, r), (1, r), BOLD) for r in group_rows]
                        + [("TEXTCOLOR", (1, r), (1, r), NAVY) for r in group_rows]
                    )
                )
                story.append(table)
                rows, group_rows = [], []
        return story

    def commitments(self, index: int, tab: str, pillar: PillarView) -> list[Flowable]:
        story: list[Flowable] = []
        for number, item, group in _with_groups(pillar.commitments):
            if group is not None:  # the document's sub-heading, above the first of its commitments
                story += [CondPageBreak(2.8 * inch), Paragraph(markup(group), self.styles.group)]
            story += self.commitment(f"c{index}_{number}", item)
            self._prepared += 1
            self.state.report(
                0.3 * self._prepared / max(self.content.commitment_count, 1),
                _("Preparing {reference}").format(reference=one_line(item.reference)),
            )
        return story

    def commitment(self, key: str, item: CommitmentView) -> list[Flowable]:
        s = self.styles
        ref = one_line(item.reference)
        status = item.status
        aside = ""
        if status is not None and status.status is not None:
            aside = _(status.status.label)
            if status.progress is not None:
                aside += f" · {max(0, min(100, status.progress))} %"
        outline = clip(f"{ref}  {one_line(item.text)}", FONT, 9, 330)
        story: list[Flowable] = [
            CondPageBreak(2.3 * inch),
            CommitmentHeading(self.state, key, ref, outline, aside),
        ]
        for bullet, text in blocks(item.text):
            story.append(Paragraph(text, s.commitment, bulletText=escape(bullet) if bullet else None))
        story += self._children(item.children, 1)
        if item.conflicts:
            story += self._conflicts(item.conflicts)
        if status is not None:
            story += self._status(status)
        positions = {p.party_code: p for p in item.positions}
        if self.own is not None:
            own = positions.get(self.own)
            title = _("Our position — {party}").format(party=self.names.get(self.own, self.own))
            if own is None:
                story += [
                    CondPageBreak(0.8 * inch),
                    SectionBar(title),
                    Paragraph(markup(_("No position recorded.")), s.field),
                ]
            else:
                story += [
                    CondPageBreak(1.3 * inch),  # never a position's head alone at the foot of a page
                    PositionHeader(
                        band=title,
                        party=None,
                        marking=marking_label(own.marking),
                        stance=own.stance,
                        priority=own.priority,
                    ),
                ]
                story += self._position(own, s.field, s.field_bullet)
        if self.others:
            story += [
                CondPageBreak(1.5 * inch),  # the band, then room for the first party's head and text
                SectionBar(_("Other parties' positions") if self.own else _("Positions of the parties")),
            ]
            missing = []
            for code in self.others:
                position = positions.get(code)
                if position is None:
                    missing.append(self.names.get(code, code))
                    continue
                story += [
                    CondPageBreak(0.9 * inch),
                    PositionHeader(
                        band=None,
                        party=self.names.get(code, code),
                        marking=marking_label(position.marking),
                        stance=position.stance,
                        priority=position.priority,
                    ),
                ]
                story += self._position(position, s.other, s.other_bullet)
            if missing:
                text = _("No position recorded for: {parties}").format(parties=", ".join(missing))
                story.append(Paragraph(escape(text), s.other))
        footer = []
        tags = [one_line(t) for p in item.positions if p.party_code in self.columns for t in p.tags]
        if tags:
            footer.append(_("Tags: {tags}").format(tags=", ".join(dict.fromkeys(t for t in tags if t))))
        if item.updated_at is not None or item.updated_by.strip():
            footer.append(self._changed(item.updated_by, item.updated_at))
        if footer:
            story += [Spacer(1, 3), Paragraph(escape(" · ".join(footer)), s.small)]
        story += [CommitmentEnd(self.state), Spacer(1, 14)]
        return story

    def _conflicts(self, conflicts: Sequence[ConflictView]) -> list[Flowable]:
        """The fields that received two values: the one printed in this book, and the one kept beside it."""
        lines = []
        for c in conflicts:
            where = _(field_label(c.field))
            if c.party_code is not None:
                where = f"{self.names.get(c.party_code, c.party_code)} · {where}"

            def side(value: str, who: str) -> str:
                value = clip(one_line(value), FONT, 9, 3 * inch)
                if one_line(who):
                    return _("“{value}” ({who})").format(value=value, who=one_line(who))
                return _("“{value}”").format(value=value)

            lines.append(
                escape(
                    _("{where}: {shown}, printed here; also {other}").format(
                        where=where, shown=side(c.shown, c.shown_by), other=side(c.other, c.other_by)
                    )
                )
            )
        body = Paragraph("<br/>".join(lines), self.styles.conflict)
        return [Labelled(_("Open conflict — not yet settled"), body, AMBER, indent=12, room=15)]

    def _children(self, children: Sequence[CommitmentView], depth: int) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = []
        for child in children:
            style = s.child if depth == 1 else _indented(s.child, depth)
            out.append(Paragraph(markup(child.text), style, bulletText="•" if depth % 2 else "\u2013"))
            out += self._children(child.children, depth + 1)
        return out

    def _status(self, status: StatusView) -> list[Flowable]:
        s = self.styles
        label = _(status.status.label) if status.status is not None else _("Not recorded")
        as_of = _("as of {date}").format(date=short_date(status.as_of)) if status.as_of else ""
        out: list[Flowable] = [StatusStrip(label, status.progress, as_of)]
        if status.evidence.strip():
            out += self._field(_("Evidence"), status.evidence, s.field, s.field_bullet)
        if status.reason.strip():
            out.append(Paragraph(escape(_("Reason for the last change: ")) + markup(status.reason), s.small))
        return out

    def _position(
        self, position: PositionView, style: ParagraphStyle, bullet_style: ParagraphStyle
    ) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = []
        for attr in _POSITION_FIELDS:
            label = field_label(attr)
            value: str = getattr(position, attr)
            if not value.strip():
                continue
            if attr == "red_line":
                body = Paragraph(markup(value.strip()), s.red_line)
                out.append(Labelled(_(label), body, RED, indent=12, room=15))
            else:
                out += self._field(_(label), value, style, bullet_style)
        if position.updated_at is not None or position.updated_by.strip():
            out.append(Paragraph(escape(self._changed(position.updated_by, position.updated_at)), s.meta))
        return out

    def _field(
        self, label: str, text: str, style: ParagraphStyle, bullet_style: ParagraphStyle
    ) -> list[Flowable]:
        out: list[Flowable] = [
            Paragraph(md, bullet_style, bulletText=escape(bullet)) if bullet else Paragraph(md, style)
            for bullet, md in blocks(text)
        ]
        if out:
            out[0] = Labelled(label, out[0], indent=12)
        return out

    def _changed(self, who: str, when: datetime | None) -> str:
        who = one_line(who)
        if who and when is not None:
            return _("Last changed by {who} on {when}").format(who=who, when=timestamp(when))
        if who:
            return _("Last changed by {who}").format(who=who)
        return _("Last changed on {when}").format(when=timestamp(when))

    # -- annexes -------------------------------------------------------------------------------------

    def _changes_title(self) -> str:
        since = self.request.changes_since
        return _("Changes since {date}").format(date=long_date(since)) if since else _("All changes")

    def changes(self) -> list[Flowable]:
        s, g = self.styles, self.g
        title = self._changes_title()
        story: list[Flowable] = [
            Anchor(
                self.state,
                "changes",
                outline=_("Annex: {title}").format(title=title),
                label=_("Annex · {title}").format(title=title),
            ),
            Paragraph(markup(title), s.h1),
        ]
        since = self.request.changes_since
        changes = [c for c in self.content.changes if since is None or _as_utc(c.when).date() >= since]
        changes.sort(key=lambda c: _as_utc(c.when), reverse=True)
        if not changes:
            none = (
                _("No changes were recorded in this period.")
                if since
                else _("No changes have been recorded.")
            )
            return [*story, Paragraph(markup(none), s.body)]
        widths = [1.3 * inch, 1.35 * inch, 0.7 * inch, 0.8 * inch]
        widths.append(g.frame_width - sum(widths))
        header: list[object] = [_("When"), _("Changed by"), _("Ref."), _("Party"), _("Fields")]
        rows: list[list[object]] = [header]
        for change in changes:
            party = self.names.get(change.party_code, change.party_code) if change.party_code else "—"
            values = [
                timestamp(change.when),
                one_line(change.who) or "—",
                one_line(change.reference),
                one_line(party),
                ", ".join(one_line(_(field_label(f))) for f in change.fields),
            ]
            rows.append([wrap(v, FONT, 7.5, w - 8, 4) for v, w in zip(values, widths, strict=True)])
            if len(rows) > _CHUNK:
                story.append(_annex_table(rows, widths))
                rows = [header]
        if len(rows) > 1:
            story.append(_annex_table(rows, widths))
        return story

    def sources(self) -> list[Flowable]:
        s = self.styles
        title = _("Source documents")
        story: list[Flowable] = [
            Anchor(
                self.state,
                "sources",
                outline=_("Annex: {title}").format(title=title),
                label=_("Annex · {title}").format(title=title),
            ),
            Paragraph(markup(title), s.h1),
        ]
        if not self.content.sources:
            return [*story, Paragraph(markup(_("No source documents are recorded.")), s.body)]
        for source in self.content.sources:
            story.append(Paragraph(markup(source.title), s.source_title))
            if source.publisher.strip():
                story.append(Paragraph(markup(source.publisher), s.body))
            if source.checksum.strip():
                text = _("Checksum: {checksum}").format(checksum=one_line(source.checksum))
                story.append(Paragraph(escape(text), s.small))
            story.append(Spacer(1, 8))
        return story

    @staticmethod
    def _tab(index: int, pillar: PillarView) -> str:
        return one_line(pillar.tab) or tab_letter(index)


class StanceLegend(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """The stance chips in a row (with their short forms when the matrix uses them)."""

    def __init__(self, short: dict[Stance, str] | None = None) -> None:
        super().__init__()
        self.short = short

    def _items(self) -> list[tuple[Stance | None, float]]:
        out = []
        for stance in [*Stance, None]:
            prefix = stringWidth(self.short[stance], BOLD, 7) + 3 if self.short and stance is not None else 0
            label = _(stance.label) if stance is not None else _("Not recorded")
            out.append((stance, prefix + stringWidth(label, BOLD, 7) + 10 + (10 if self.short else 6)))
        return out

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.rows: list[list[tuple[Stance | None, float]]] = [[]]
        used = 0.0
        for stance, width in self._items():
            if used + width > aW and self.rows[-1]:
                self.rows.append([])
                used = 0.0
            self.rows[-1].append((stance, width))
            used += width
        self.width, self.height = aW, 17 * len(self.rows)
        return aW, self.height

    def draw(self) -> None:
        canv = self.canv
        for line, row in enumerate(self.rows):
            x, y = 0.0, self.height - 17 * line - 11
            for stance, width in row:
                if self.short and stance is not None:
                    canv.setFillColor(INK)
                    canv.setFont(BOLD, 7)
                    canv.drawString(x, y, self.short[stance])
                    draw_chip(canv, x + stringWidth(self.short[stance], BOLD, 7) + 3, y, stance, size=7)
                else:
                    draw_chip(canv, x, y, stance, size=7)
                x += width


def _fits(text: str, font: str, size: float, width: float, lines: int) -> bool:
    """Whether ``text`` wraps into ``lines`` lines of ``width`` without breaking a word."""
    return (
        all(stringWidth(w, font, size) <= width for w in text.split())
        and len(wrap(text, font, size, width, lines).splitlines()) <= lines
        and not wrap(text, font, size, width, lines).endswith("…")
    )


_SHORT_STANCES = {
    Stance.SUPPORT: N_("Sup."),
    Stance.SUPPORT_WITH_CONDITIONS: N_("Cond."),
    Stance.NEUTRAL: N_("Neut."),
    Stance.OPPOSE: N_("Opp."),
    Stance.UNDECIDED: N_("Und."),
}


def _indented(style: ParagraphStyle, depth: int) -> ParagraphStyle:
    return ParagraphStyle(f"child{depth}", style, leftIndent=18 * depth, bulletIndent=18 * depth - 12)


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _annex_table(rows: list[list[object]], widths: Iterable[float]) -> Table:
    table = Table(rows, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(ANNEX_TABLE_STYLE))
    return table


_CONTENTS_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
    ("TEXTCOLOR", (0, 0), (0, -1), GREY),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("LEFTPADDING", (0, 0), (-1, -1), 6),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
]
_MATRIX_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 7.5),
    ("LEADING", (0, 0), (-1, -1), 9),
    ("FONTNAME", (0, 0), (-1, 0), BOLD),
    ("FONTNAME", (2, 1), (-1, -1), BOLD),
    ("FONTSIZE", (2, 1), (-1, -1), 7),
    ("LEADING", (2, 1), (-1, -1), 8.5),
    ("TEXTCOLOR", (0, 0), (-1, 0), NAVY),
    ("TEXTCOLOR", (0, 1), (0, -1), GREY),
    ("BACKGROUND", (0, 0), (-1, 0), PALE),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("VALIGN", (2, 0), (-1, -1), "MIDDLE"),
    ("ALIGN", (2, 0), (-1, -1), "CENTER"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("LINEAFTER", (1, 0), (-2, -1), 0.4, white),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
_TAB_INDEX_STYLE: list[tuple[object, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), FONT),
    ("FONTSIZE", (0, 0), (-1, -1), 8.5),
    ("LEADING", (0, 0), (-1, -1), 11),
    ("FONTNAME", (0, 0), (0, -1), BOLD),
    ("TEXTCOLOR", (0, 0), (0, -1), NAVY),
    ("TEXTCOLOR", (1, 0), (1, -1), INK),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
]


def _with_groups(items: Sequence[CommitmentView]) -> Iterator[tuple[int, CommitmentView, str | None]]:
    """(number, commitment, the group it opens or None): a group is printed above the first commitment of
    each run of commitments under it."""
    current: str | None = None
    for number, item in enumerate(items):
        opens = item.group if item.group is not None and item.group != current else None
        current = item.group
        yield number, item, opens


def _left_out(content: BookContent, shown: Sequence[str]) -> list[PartyView]:
    """The parties with recorded positions in the content that the book does not print."""

    def walk(items: Sequence[CommitmentView]) -> Iterator[str]:
        for item in items:
            yield from (p.party_code for p in item.positions)
            yield from walk(item.children)

    with_positions = set(walk([c for pillar in content.pillars for c in pillar.commitments]))
    hidden = [p for p in content.parties if p.code not in shown and p.code in with_positions]
    return [*content.left_out, *(p for p in hidden if p not in content.left_out)]
