"""The detail pane: one commitment in full, asked of the services by id when the selection changes."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget

from nals_desktop import i18n
from nals_desktop.domain.model import ImplementationStatus, Priority, Stance
from nals_desktop.services.dto import CommitmentDetail
from nals_desktop.ui.models.commitments import local_time
from nals_desktop.ui.models.navigator import summit_label
from nals_desktop.ui.table import HIGHLIGHT

_STANCE = {s.value: s.label for s in Stance}
_PRIORITY = {p.value: p.label for p in Priority}
_STATUS = {s.value: s.label for s in ImplementationStatus}


def highlight(text: str, terms: list[str]) -> str:
    """``text`` escaped, with words starting with one of ``terms`` highlighted."""
    escaped = html.escape(text)
    words = [re.escape(html.escape(t)) for t in terms if t.strip()]
    if not words:
        return escaped
    pattern = re.compile(r"\b(" + "|".join(words) + r")", re.IGNORECASE)
    color = HIGHLIGHT.name()
    return pattern.sub(
        lambda m: f'<span style="background-color:{color}; color:#000">{m.group(0)}</span>', escaped
    )


class DetailPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Commitment details"))
        self.setAccessibleDescription(
            self.tr(
                "The selected commitment in full: its text, its pillar's introduction, nested items, "
                "source document, "
                "positions and implementation status."
            )
        )
        self.detail: CommitmentDetail | None = None
        self.show_detail(None)

    def show_message(self, message: str) -> None:
        self.detail = None
        self.setHtml(f"<p style='color:gray'>{html.escape(message)}</p>")

    def show_detail(self, detail: CommitmentDetail | None, terms: list[str] | None = None) -> None:
        self.detail = detail
        if detail is None:
            self.setHtml(
                f"<p style='color:gray'>{html.escape(self.tr('Select a commitment to see it here.'))}</p>"
            )
            return
        terms = terms or []
        parts = [
            f"<h2 style='margin-bottom:2px'>{html.escape(detail.reference)}</h2>",
            f"<p style='color:gray; margin-top:0'>{html.escape(summit_label(detail.summit.title))} · "
            f"{html.escape(detail.pillar.tab)} {html.escape(detail.pillar.short_title)}"
            # The sub-heading it stands under within the pillar.
            + (f" \u203a {html.escape(detail.group)}" if detail.group else "")
            + "</p>",
            f"<p style='font-size:large'>{highlight(detail.text, terms)}</p>",
        ]
        if detail.children:
            parts.append(f"<h4>{html.escape(self.tr('Items'))}</h4>" + self._children(detail.children, terms))
        parts.append(f"<h4>{html.escape(self.tr('Positions'))}</h4>")
        if detail.positions:
            rows = "".join(
                f"<tr><td><b>{html.escape(p.party_code)}</b>&nbsp;&nbsp;</td>"
                f"<td>{html.escape(self._stance(p.stance))}</td>"
                f"<td>&nbsp;&nbsp;{html.escape(self._priority(p.priority))}</td>"
                f"<td>&nbsp;&nbsp;{html.escape(p.objective[:160])}</td></tr>"
                for p in detail.positions
            )
            parts.append(f"<table>{rows}</table>")
        else:
            parts.append(f"<p style='color:gray'>{html.escape(self.tr('No positions recorded yet.'))}</p>")
        parts.append(f"<h4>{html.escape(self.tr('Implementation status'))}</h4>")
        if detail.status is not None:
            label = (
                i18n._(_STATUS[detail.status.status])
                if detail.status.status in _STATUS
                else detail.status.status
            )
            parts.append(f"<p>{html.escape(label)} · {detail.status.progress}%</p>")
        else:
            parts.append(f"<p style='color:gray'>{html.escape(self.tr('Not recorded.'))}</p>")
        parts.append(
            "<h4>"
            + html.escape(
                self.tr("Pillar {tab}: {title}").format(
                    tab=detail.pillar.tab, title=detail.pillar.short_title
                )
            )
            + "</h4>"
        )
        if detail.pillar.intro:
            parts.append(f"<p>{highlight(detail.pillar.intro, terms)}</p>")
        parts.append(f"<h4>{html.escape(self.tr('Source'))}</h4>")
        for s in detail.sources:
            where = f"{s.file_name} · " if s.file_name else ""
            span = ""
            if detail.span:
                start, end = detail.span
                lines = self.tr("line {start}") if start == end else self.tr("lines {start}–{end}")
                span = " · " + lines.format(start=start, end=end)
            parts.append(
                f"<p>{html.escape(s.title)}<br><span style='color:gray'>{html.escape(where)}"
                + html.escape(self.tr("imported {when}").format(when=local_time(s.imported_at)) + span)
                + "</span></p>"
            )
        self.setHtml("".join(parts))

    def _stance(self, value: str | None) -> str:
        return i18n._(_STANCE[value]) if value in _STANCE else self.tr("No stance")

    @staticmethod
    def _priority(value: str | None) -> str:
        return i18n._(_PRIORITY[value]) if value in _PRIORITY else ""

    def _children(self, children: tuple[CommitmentDetail, ...], terms: list[str]) -> str:
        items = "".join(
            f"<li><b>{html.escape(c.reference)}</b> {highlight(c.text, terms)}"
            f"{self._children(c.children, terms) if c.children else ''}</li>"
            for c in children
        )
        return f"<ul>{items}</ul>"
