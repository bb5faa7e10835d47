"""The one version of NALS Desktop (pyproject.toml's [project] version) in each installer's format.

    python packaging/version.py            0.2.0rc1        (PEP 440, as in pyproject.toml)
    python packaging/version.py --deb      0.2.0~rc1       (Debian: pre-releases sort before the release)
    python packaging/version.py --win      0.2.0.0         (Windows VERSIONINFO / Inno Setup: 4 numbers)
    python packaging/version.py --mac      0.2.0           (CFBundleShortVersionString: 3 numbers)

NALS_VERSION in the environment replaces pyproject's version (used to build an older or newer package for
upgrade tests); it must be a valid PEP 440 version too. Standard library only (Python 3.11+).
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# PEP 440 (public part and optional local part), normalised spellings only.
_PEP440 = re.compile(
    r"^(?P<release>\d+(?:\.\d+)*)"
    r"(?:(?P<pre>a|b|rc)(?P<pre_n>\d+))?"
    r"(?:\.post(?P<post>\d+))?"
    r"(?:\.dev(?P<dev>\d+))?"
    r"(?:\+(?P<local>[a-z0-9]+(?:\.[a-z0-9]+)*))?$"
)


def project_version(root: Path = ROOT) -> str:
    override = os.environ.get("NALS_VERSION", "").strip()
    if override:
        return override
    with open(root / "pyproject.toml", "rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def _parse(version: str) -> re.Match[str]:
    m = _PEP440.match(version)
    if not m:
        raise ValueError(f"not a normalised PEP 440 version: {version!r}")
    return m


def deb_version(version: str) -> str:
    """PEP 440 → Debian, keeping the order: 1.0.dev1 < 1.0a1.dev1 < 1.0a1 < 1.0rc1 < 1.0 < 1.0.post1."""
    m = _parse(version)
    out = m["release"]
    if m["pre"]:
        out += f"~{m['pre']}{m['pre_n']}"
    if m["post"]:
        out += f"+post{m['post']}"
    if m["dev"]:
        # "~~" sorts before "~a1": 1.0.dev1 < 1.0a1 as in PEP 440; after a pre or post part one "~" will do.
        out += f"~dev{m['dev']}" if (m["pre"] or m["post"]) else f"~~dev{m['dev']}"
    if m["local"]:
        out += f"+{m['local']}"
    return out


def numeric_version(version: str, parts: int) -> str:
    """The first ``parts`` release numbers, padded with zeros (Windows wants 4, macOS 3)."""
    numbers = [int(n) for n in _parse(version)["release"].split(".")][:parts]
    numbers += [0] * (parts - len(numbers))
    return ".".join(str(n) for n in numbers)


def main(argv: list[str]) -> int:
    version = project_version()
    fmt = argv[1] if len(argv) > 1 else "--pep440"
    try:
        if fmt == "--pep440":
            print(_parse(version).group(0))
        elif fmt == "--deb":
            print(deb_version(version))
        elif fmt == "--win":
            print(numeric_version(version, 4))
        elif fmt == "--mac":
            print(numeric_version(version, 3))
        else:
            print(f"usage: {argv[0]} [--pep440|--deb|--win|--mac]", file=sys.stderr)
            return 2
    except ValueError as exc:
        print(f"version.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
