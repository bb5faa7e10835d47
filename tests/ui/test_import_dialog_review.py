"""The import preview's paragraph mode and its list of what to check before importing."""

from __future__ import annotations

import os
from pathlib import Path

from nals_desktop.ui.import_dialog import ImportDialog
from nals_desktop.ui.tasks import TaskRunner

DOCUMENTS = Path(__file__).resolve().parents[1] / "importers" / "documents"


def _dialog(qtbot, store, errors) -> ImportDialog:
    dialog = ImportDialog(store, TaskRunner(synchronous=True), errors)
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def test_a_prose_statement_suggests_paragraph_mode_and_the_switch_reads_it(
    qtbot, seeded_store, errors
) -> None:
    dialog = _dialog(qtbot, seeded_store, errors)
    dialog.preview_path(DOCUMENTS / "corpus" / "wh_2023_quad_cyber_joint_statement.md")
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    assert "paragraph mode" in dialog.problem_label.text()
    dialog.paragraphs_check.setChecked(True)  # previews the same file again, in paragraph mode
    assert dialog.preview is not None
    _source, parsed = dialog.preview
    assert [len(p.commitments) for p in parsed.pillars] == [3]
    assert dialog.import_button.isEnabled() and not dialog.problem_label.isVisible()
    assert dialog.options().paragraphs
    dialog.paragraphs_check.setChecked(False)
    assert dialog.preview is None


def test_the_preview_lists_guesses_and_text_left_out(qtbot, seeded_store, errors, tmp_path) -> None:
    """NALS_SCREENSHOTS=docs/screenshots refreshes the documented picture of it."""
    dialog = _dialog(qtbot, seeded_store, errors)
    dialog.preview_path(DOCUMENTS / "padded_bold_fact_sheet.md")
    lines = [dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count())]
    assert lines == ["Not imported (no title, intro or item): The leaders also reviewed the energy file."]
    assert not dialog.warnings_list.isHidden()
    dialog.preview_path(DOCUMENTS / "numbered_joint_statement.md")
    lines = [dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count())]
    assert lines[0] == "The title was guessed: “2023 North American Leaders' Summit in Mexico City”."
    assert "Pillar A has no heading; its title was taken from its text." in lines
    assert dialog.date_edit.text() == "2023-01-10" and dialog.location_edit.text() == "Mexico City"
    dialog.resize(900, 700)
    shot = Path(os.environ.get("NALS_SCREENSHOTS") or tmp_path) / "import-review.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 0


def test_the_preview_marks_each_guessed_field(qtbot, seeded_store, errors, tmp_path) -> None:
    """NALS_SCREENSHOTS=docs/screenshots refreshes the documented picture of it."""
    dialog = _dialog(qtbot, seeded_store, errors)
    dialog.preview_path(DOCUMENTS / "bold_title_trilateral.md")
    assert dialog.title_edit.text() == "Leaders’ Statement on a North American Energy Partnership"
    assert dialog.date_edit.text() == "2025-03-04" and dialog.location_edit.text() == "Quebec City"
    assert dialog.parties_edit.text() == "CA, MX, US"
    lines = [dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count())]
    assert "Parties taken from the text, not its title: Canada, Mexico, United States." in lines
    marks = {name: dialog.guess_marks[f"{name}_guessed"] for name in ("title", "date", "location", "parties")}
    assert {name: mark.isVisible() for name, mark in marks.items()} == {
        "title": False,  # the bold first line is the document's own title
        "date": True,
        "location": True,
        "parties": True,
    }
    assert (
        marks["parties"].toolTip()
        == "Parties taken from the text, not its title: Canada, Mexico, United States."
    )
    dialog.resize(900, 700)
    shot = Path(os.environ.get("NALS_SCREENSHOTS") or tmp_path) / "import-guesses.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 0
    qtbot.keyClicks(dialog.parties_edit, ", JP")  # the user checked the parties: the mark goes
    assert not marks["parties"].isVisible() and marks["date"].isVisible()
    dialog.preview_path(DOCUMENTS / "numbered_joint_statement.md")
    assert marks["title"].isVisible() and marks["parties"].isVisible()


def test_a_huge_list_of_warnings_is_cut_short(qtbot, seeded_store, errors, tmp_path) -> None:
    prose = "".join(
        f"Paragraph {i} of a long prose annex that is not imported at all.\n\n" for i in range(300)
    )
    document = tmp_path / "annex.md"
    document.write_text("# Statement\n\nThe leaders will:\n\n- act\n\n## Annex\n\n" + prose, encoding="utf-8")
    dialog = _dialog(qtbot, seeded_store, errors)
    dialog.preview_path(document)
    lines = [dialog.warnings_list.item(i).text() for i in range(dialog.warnings_list.count())]
    assert len(lines) == 201
    assert lines[-1] == "…and 103 more"  # 300 paragraphs and the heading left out, "mostly prose", pillar A
