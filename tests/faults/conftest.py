"""Fault-suite fixtures: the template stores, made once per session and copied into every trial."""

from __future__ import annotations

import pytest

from .harness import Templates, make_templates


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Templates:
    return make_templates(tmp_path_factory.mktemp("fault-templates"))
