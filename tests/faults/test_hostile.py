"""The hostile import corpus: every file imported whole, or refused in one line with the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness import Templates, hostile_imports
from .hostile import write_corpus


@pytest.mark.slow
def test_hostile_imports_never_trace_back_and_refusals_change_nothing(
    tmp_path: Path, templates: Templates
) -> None:
    corpus = tmp_path / "corpus"
    assert len(write_corpus(corpus)) >= 300
    figures = hostile_imports(tmp_path, templates, corpus)
    assert figures.trials >= 300
    assert figures.by_kind["refused"] > 100 and figures.by_kind["imported"] > 0
    assert figures.problems == []
    assert figures.tracebacks == 0 and figures.changed_on_refusal == 0
