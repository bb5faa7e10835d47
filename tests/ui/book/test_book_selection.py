"""The book dialog takes a selection of up to SELECTION_LIMIT commitments, read cheaply at set-up."""

from __future__ import annotations

from nals_desktop.ui.book.dialog import SELECTION_LIMIT


def test_a_selection_is_read_by_reference(make_dialog, seed_ids) -> None:
    dialog = make_dialog(selected_commitment_ids=[seed_ids["B-2"], seed_ids["A-1"]])
    assert [r.reference for r in dialog.selected] == ["B-2", "A-1"]  # in the table's order
    assert dialog.scope_kind() == "selected"
    assert dialog.scope().commitment_ids == (seed_ids["B-2"], seed_ids["A-1"])


def test_a_huge_selection_is_not_read_and_says_so(make_dialog, seed_ids) -> None:
    ids = list(seed_ids.values()) + [f"not-a-commitment-{i}" for i in range(SELECTION_LIMIT)]
    dialog = make_dialog(selected_commitment_ids=ids)
    assert dialog.selected == [] and not dialog.scope_selected_radio.isEnabled()
    assert dialog.selected_label.text().startswith("1,031 selected: more than a book of a selection takes")
    assert dialog.scope_kind() == "summit"
