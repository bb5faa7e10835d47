"""Each format's reader loads with its first file: reading plain text imports no HTML or Markdown library."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HEAVY = ("bs4", "lxml", "markdown_it")
PROBE = """
import json, sys
from pathlib import Path
from nals_desktop.importers import parse_file
summit = parse_file(Path(sys.argv[1]))
loaded = sorted({name.split(".")[0] for name in sys.modules} & {"bs4", "lxml", "markdown_it"})
print(json.dumps({"items": summit.commitment_count, "loaded": loaded}))
"""
SHEETS = {
    "txt": "Leaders agreed to:\n\n- act together\n- share data\n",
    "md": "Leaders agreed to:\n\n- act together\n- share data\n",
    "html": "<p>Leaders agreed to:</p><ul><li>act together</li><li>share data</li></ul>",
}


def libraries_loaded(path: Path) -> list[str]:
    """The heavy libraries loaded by a fresh interpreter that parses ``path``."""
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True, timeout=120
    )
    result = json.loads(probe.stdout)
    assert result["items"] == 2
    return list(result["loaded"])


@pytest.mark.parametrize(("fmt", "expected"), [("txt", []), ("md", ["markdown_it"]), ("html", ["lxml"])])
def test_a_format_loads_only_its_own_libraries(tmp_path: Path, fmt: str, expected: list[str]) -> None:
    path = tmp_path / f"sheet.{fmt}"
    path.write_text(SHEETS[fmt], encoding="utf-8")
    assert libraries_loaded(path) == expected


def test_markdown_holding_html_loads_the_html_reader(tmp_path: Path) -> None:
    path = tmp_path / "sheet.md"
    path.write_text(
        "Leaders agreed to:\n\n<ul><li>act together</li><li>share data</li></ul>\n", encoding="utf-8"
    )
    assert libraries_loaded(path) == ["lxml", "markdown_it"]
