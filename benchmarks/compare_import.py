"""Importer output against another revision's: every input read by this checkout's importer and by that of
``--ref`` (default main, taken with ``git archive``), each in a process of its own; prints how many inputs
were compared and how many differ (a speed or memory change must leave that at 0).

The inputs: every document of tests/importers/documents/ (the real corpus included), in its own format and
in paragraph mode; each Markdown document of the corpus as its web page and as that page copied from a
browser (tests/importers/rendered.py); each document read in the other plain formats (Markdown as text,
text as Markdown), with CRLF line ends, a BOM and tabs for indentation; the documents run together (long
texts, read in many sections); edge cases (fenced code, tables, front matter, no-break-space lines, HTML
blocks, reference links, deep lists, very long lines, blank lines by the megabyte); seeded mutations of the
documents; and the synthetic files of benchmarks/bench_import.py (Markdown and text at their full size, HTML
at 1 MB). What is compared: the reader's blocks and the whole reading (summit, left out, guesses), or the
error's message.

Run: `.venv/bin/python -m benchmarks.compare_import [--ref main] [--quick]` (target: 0 differ).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ROOT / "tests" / "importers" / "documents"
_SUFFIXES = {".md": "md", ".markdown": "md", ".txt": "txt", ".html": "html", ".htm": "html"}
# What a mutation may insert at a line's start or end: Markdown's block and inline markup, bullets, breaks.
_MARKUP = [
    "**", "*", "_", "`", "```", "~~~", "<div>", "</div>", "<!--", "-->", "[a]", "[a]: http://x", "# ", "## ",
    "> ", "---", "===", "- ", "* ", "+ ", "1. ", "2) ", "    ", "\t", "  ", "\u00a0", "\u2022 ", "o ", ":::",
    "{#id}", "[^1]", "[^1]: note", "\\", "&amp;", "<b>", "</b>", "<br>", "|", "a) ", "iv. ", "\f",
]  # fmt: skip


def _documents() -> list[Path]:
    return sorted(p for p in DOCUMENTS.rglob("*") if p.is_file() and p.suffix.lower() in _SUFFIXES)


def _edge_cases() -> dict[str, tuple[str, str]]:
    head = "# Summit\n\nThe leaders will:\n\n- act together\n- meet again\n\n"
    return {
        "crlf": ("md", head.replace("\n", "\r\n")),
        "bom": ("md", "\ufeff" + head),
        "tabs": ("md", "The leaders will:\n\n-\tact\n\t-\tnested\n\t\tmore\n- again\n"),
        "fence": ("md", head + "```\n- code item\n\n- more\n```\n\n## Next\n\nThey will:\n\n- go\n"),
        "fence-unclosed": ("md", head + "~~~~\n- inside\n\n" * 3 + "\n## After\n\n- x\n"),
        "fence-in-item": ("md", "They will:\n\n- item\n\n  ```\n  code\n  ```\n- next\n"),
        "table": ("md", head + "| a | b |\n|---|---|\n| 1 | 2 |\n\n- after table\n"),
        "front-matter": ("md", '---\ntitle: "A Summit \\\n  Title"\ndate: 2023-01-10\n---\n\n' + head),
        "front-matter-unclosed": ("md", "---\ntitle: x\n\n" + head),
        "nbsp-lines": ("md", "Intro.\n\u00a0\n**HEADING**\n\u00a0\u00a0\nThey will:\n\n- a\n- b\n"),
        "nbsp-lines-txt": ("txt", "Intro.\n\u00a0\nHEADING\n\u00a0\nThey will:\n\n• a\n• b\n"),
        "html-block": ("md", head + "<div>\n\n- in html\n\n</div>\n\n<!--\n\n- hidden\n\n-->\n- last\n"),
        "pre-block": ("md", head + "<pre>\n\n- pre\n\n</pre>\n- x\n"),
        "references": (
            "md",
            "They will:\n\n- see [the plan][1]\n- [x]\n\n[1]: https://x.org\n[x]: /y\n",
        ),
        "deep-list": ("md", "They will:\n\n" + "".join("  " * i + "- level\n" for i in range(130))),
        "deep-list-back": (
            "md",
            "They will:\n\n" + "".join("  " * i + "- l\n" for i in range(120)) + "- top again\n  - child\n",
        ),
        "long-line-md": ("md", "They will:\n\n- " + "word " * 400_000 + "\n"),
        "long-line-txt": ("txt", "They will:\n\n• " + "word " * 400_000 + "\n"),
        "long-paragraph-md": ("md", "word " * 300_000 + "\n\nThey will:\n\n- a\n"),
        "blank-lines-md": ("md", "They will:\n\n- a\n" + "\n" * 5_000_000 + "- b\n"),
        "blank-lines-txt": ("txt", "They will:\n\n• a\n" + "\n" * 5_000_000 + "• b\n"),
        "spaces-lines-md": ("md", "They will:\n\n- a\n" + "  \n" * 100_000 + "## H\n\n- b\n"),
        "text-bullets-md": ("md", "They will:\n• one\n  ◦ sub\n• two\n\nMore:\n\n▪ three\n"),
        "pandoc": (
            "md",
            "::: {.x}\n## Head {#h}\n\nThey will[^1]:\n\n- a -- b --- c [s]{.y}\n:::\n[^1]: n\n",
        ),
        "padded-bold": (
            "md",
            "**TRADE **\n\n- a\n\n** ALLIANCE: **The leaders\n\n- b\n\n**\nII. X**\n- c\n",
        ),
        "hard-breaks": ("md", "**Lead  \nline**  \nmore\\\ntext\n\n- a  \n  b\n"),
        "numbered": (
            "md",
            "1. **Investment**\n\n- a\n- b\n\n2. Tariffs\n\n- c\n\n17\\. The leaders agree.",
        ),
        "setext": ("md", "Title\n=====\n\nSub\n---\n\n- a\n  ---\n- b\n"),
        "blockquote": ("md", "> They will:\n>\n> - a\n> - b\n\n- c\n"),
        "entities": ("md", "They will:\n\n- a &amp; b &#169; &nbsp;x\n- <b>bold</b> <a href=x>l</a>\n"),
        "lazy": ("md", "- item one\ncontinued lazily\n- two\n\n  para in two\n- three\n"),
        "empty-items": ("md", "They will:\n\n-\n- \n-   a\n*\n+ b\n"),
        "only-headings": ("md", "# A\n\n## B\n\n### C\n"),
        "code-indented": ("md", "They will:\n\n    - indented code\n    - more\n\n- real\n"),
        "code-after-marker": ("md", "They will:\n\n1.     **code** x\n-      y `z`\n\n> -     w\n"),
        "underline-in-item": ("md", "They will:\n\n- Foo\n  ===\n- > Bar\n  > ---\n- x\n---\n"),
        "rule-in-item": ("md", "They will:\n\n- * * *\n- a\n  _ _ _\n"),
    }


def _mutated(text: str, seed: int) -> str:
    rng = random.Random(seed)
    lines = text.split("\n")
    for _ in range(max(3, len(lines) // 8)):
        i = rng.randrange(len(lines))
        roll = rng.random()
        if roll < 0.2:
            del lines[i]
        elif roll < 0.35:
            lines.insert(i, lines[i])
        elif roll < 0.5:
            lines.insert(i, "")
        elif roll < 0.75:
            lines[i] = rng.choice(_MARKUP) + lines[i]
        else:
            lines[i] = lines[i] + rng.choice(_MARKUP)
        if not lines:
            lines = [""]
    return "\n".join(lines)


def _inputs(quick: bool) -> Iterator[tuple[str, str, str, bool]]:
    """(label, text, format, paragraph mode) of every input."""
    from benchmarks import bench_import
    from tests.importers.rendered import as_copied_text, as_html

    documents = _documents()
    texts: dict[str, list[str]] = {"md": [], "txt": [], "html": []}
    for path in documents:
        fmt = _SUFFIXES[path.suffix.lower()]
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
        texts[fmt].append(text)
        name = str(path.relative_to(DOCUMENTS))
        for paragraphs in (False, True):
            yield f"{name} paragraphs={paragraphs}", text, fmt, paragraphs
        if fmt == "html":
            continue
        other = "txt" if fmt == "md" else "md"
        yield f"{name} as {other}", text, other, False
        yield f"{name} crlf", text.replace("\n", "\r\n"), fmt, False
        yield f"{name} bom", "\ufeff" + text, fmt, False
        yield f"{name} tabs", text.replace("    ", "\t"), fmt, False
        for seed in range(2 if quick else 6):
            yield f"{name} mutation {seed}", _mutated(text, seed), fmt, False
        if name.startswith("corpus/") and fmt == "md":
            page = as_html(text)
            yield f"{name} as page", page, "html", False
            yield f"{name} as copy", as_copied_text(page), "txt", False
    for fmt in ("md", "txt"):
        together = "\n\n".join(texts[fmt])
        yield f"all {fmt} documents together", together, fmt, False
        yield f"all {fmt} documents together, mutated", _mutated(together, 99), fmt, False
        if not quick:
            yield f"all {fmt} documents, ten times", "\n\n".join([together] * 10), fmt, False
    for label, (fmt, text) in _edge_cases().items():
        yield f"edge {label}", text, fmt, False
    bench_import.LIMIT = bench_import.LIMIT if not quick else bench_import.MEGABYTE
    for label, (fmt, make) in bench_import.CASES.items():
        if fmt == "html":
            limit, bench_import.LIMIT = bench_import.LIMIT, bench_import.MEGABYTE
            text = make()
            bench_import.LIMIT = limit
        else:
            text = make()
        yield f"bench {label}", text, fmt, False


def _fingerprint(text: str, fmt: str, paragraphs: bool) -> str:
    from nals_desktop.domain.errors import DocumentError
    from nals_desktop.importers import read_text
    from nals_desktop.importers.readers import reader_for

    digest = hashlib.sha256()
    reader = reader_for(fmt)
    try:
        # Held only while its text is made: the blocks of a 20 MB file are large.
        shown = repr(reader(text.replace("\r\n", "\n").lstrip("\ufeff")) if reader else [])
    except Exception as exc:  # a reader's failure is an output too
        shown = f"reader failed: {type(exc).__name__}: {exc}"
    digest.update(shown.encode("utf-8", "surrogatepass"))
    del shown
    try:
        reading = read_text(text, fmt, "document." + fmt, paragraphs=paragraphs)
        digest.update(repr(reading).encode("utf-8", "surrogatepass"))
    except DocumentError as exc:
        digest.update(f"refused: {exc}".encode())
    return digest.hexdigest()


def _dump(tree: Path, out: Path, quick: bool) -> None:
    """In a child process: read every input with the importer of ``tree``, write the fingerprints."""
    sys.path.insert(0, str(tree))
    import nals_desktop

    assert Path(nals_desktop.__file__).resolve().is_relative_to(tree.resolve()), nals_desktop.__file__
    found = {label: _fingerprint(text, fmt, paragraphs) for label, text, fmt, paragraphs in _inputs(quick)}
    out.write_text(json.dumps(found), encoding="utf-8")


def _run(tree: Path, out: Path, quick: bool) -> dict[str, str]:
    args = [sys.executable, str(Path(__file__).resolve()), "--dump", str(out), "--tree", str(tree)]
    # One hash seed for both: a reading's sets (what was guessed) print in the order of their hashes.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    subprocess.run([*args, *(["--quick"] if quick else [])], cwd=ROOT, env=env, check=True)
    found: dict[str, str] = json.loads(out.read_text(encoding="utf-8"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ref", default="main", help="the revision to compare with (default: main)")
    parser.add_argument("--ref-tree", type=Path, help="a checkout to compare with, instead of --ref")
    parser.add_argument("--quick", action="store_true", help="fewer mutations, bench files at 1 MB")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)  # the child process
    parser.add_argument("--tree", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.dump:
        _dump(args.tree, args.dump, args.quick)
        return
    with tempfile.TemporaryDirectory() as tmp:
        ours = _run(ROOT, Path(tmp) / "ours.json", args.quick)
        theirs = _run(args.ref_tree or _checkout(args.ref, Path(tmp)), Path(tmp) / "theirs.json", args.quick)
    differ = sorted(label for label in ours.keys() | theirs.keys() if ours.get(label) != theirs.get(label))
    for label in differ:
        print(f"DIFFERS: {label}")
    print(f"{len(ours)} inputs compared with {args.ref_tree or args.ref}; {len(differ)} differ")
    sys.exit(1 if differ else 0)


def _checkout(ref: str, tmp: Path) -> Path:
    """The importer, benchmarks and importer tests of revision ``ref``, in ``tmp``."""
    tree = tmp / "ref"
    archive = subprocess.run(
        ["git", "archive", ref, "nals_desktop", "benchmarks", "tests/importers"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    tree.mkdir()
    (tmp / "ref.tar").write_bytes(archive)
    with tarfile.open(tmp / "ref.tar") as tar:
        tar.extractall(tree, filter="data")
    return tree


if __name__ == "__main__":
    main()
