"""The hostile import corpus: ``python tests/faults/hostile.py FOLDER`` writes it (the same ≥ 300 files).

Each file is something a person may drop on the app or pass to `nals import` on a bad day: binary junk under
a fact sheet's extension, broken encodings, control characters, absurd sizes and depths, HTML that lies
about its charset, exports that break every rule, and names no file should have. Every one must be refused
in one line (and change nothing) or imported whole.
"""

from __future__ import annotations

import json
import random
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

GOOD_MD = "# Summit of {n}\n\n## Trade\n\nLeaders will:\n\n- Lower tariffs on item {n}.\n- Meet again.\n"
EXTENSIONS = (".txt", ".md", ".html", ".htm", ".json")
CHARSETS = ("rot13", "hex", "base64", "zlib", "idna", "punycode", "uu", "bz2", "quopri", "utf-7", "bogus")


def _export(summits: Any, **top: Any) -> bytes:
    doc = {"format": "nals-desktop-export", "version": 1, "summits": summits, **top}
    return json.dumps(doc).encode("utf-8")


def _summit(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "11111111-1111-1111-1111-111111111111",
        "title": "Hostile summit",
        "date": "2024-01-01",
        "location": "Nowhere",
        "host": "CA",
        "parties": [{"code": "CA", "name": "Canada"}],
        "sources": [],
        "pillars": [
            {
                "id": "22222222-2222-2222-2222-222222222222",
                "tab": "A",
                "short_title": "P",
                "title": "P",
                "intro": "",
                "commitments": [
                    {
                        "id": "33333333-3333-3333-3333-333333333333",
                        "reference": "A-1",
                        "text": "Do it.",
                        "children": [],
                        "positions": [],
                        "status": None,
                    }
                ],
            }
        ],
        "revisions": [],
    }
    base.update(fields)
    return base


def _position(**fields: Any) -> dict[str, Any]:
    position = {"id": "44444444-4444-4444-4444-444444444444", "party": "CA", "stance": "support", "tags": []}
    position.update(fields)
    return position


def _with_position(**fields: Any) -> bytes:
    summit = _summit()
    summit["pillars"][0]["commitments"][0]["positions"] = [_position(**fields)]
    return _export([summit])


def _html(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def _nested_list(depth: int) -> str:
    return "<ul><li>Leaders will act" * depth + "</li></ul>" * depth


def _cases(rng: random.Random) -> list[tuple[str, bytes]]:
    cases: list[tuple[str, bytes]] = []
    add: Callable[[str, bytes], None] = lambda name, data: cases.append((name, data))  # noqa: E731
    for ext in EXTENSIONS:  # junk under every extension
        add(f"empty{ext}", b"")
        add(f"blank{ext}", b" \n\t\n" * 50)
        add(f"nul{ext}", b"\x00" * 4096)
        add(f"binary{ext}", bytes(rng.randrange(256) for _ in range(8192)))
        add(f"png{ext}", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(512)))
        add(f"zip{ext}", b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(512)))
        add(f"pdf{ext}", b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(512)))
        add(f"sqlite{ext}", b"SQLite format 3\x00" + bytes(4080))
        add(f"utf16{ext}", GOOD_MD.format(n=ext).encode("utf-16"))
        add(f"utf16-nobom{ext}", GOOD_MD.format(n=ext).encode("utf-16-le"))
        add(f"utf32{ext}", GOOD_MD.format(n=ext).encode("utf-32"))
        add(f"bad-utf8{ext}", GOOD_MD.format(n=ext).encode() + b"\xff\xfe\xc3\x28")
        add(f"bom-only{ext}", b"\xef\xbb\xbf")
        add(f"controls{ext}", "".join(chr(c) for c in range(32)).encode() * 64)
        add(f"one-line{ext}", b"x" * 100_000)
        add(f"newlines{ext}", b"\n" * 50_000)
        add(f"crs{ext}", b"\r" * 30_000)
    for i in range(70):  # random bytes mixed into a good fact sheet
        data = bytearray(GOOD_MD.format(n=i).encode())
        for _ in range(rng.randrange(1, 20)):
            data.insert(rng.randrange(len(data)), rng.randrange(256))
        add(f"mangled-{i}.md", bytes(data))
    for i in range(20):  # control characters and NULs inside otherwise good text
        text = GOOD_MD.format(n=i)
        cut = rng.randrange(len(text))
        add(f"nul-inside-{i}.txt", (text[:cut] + "\x00\x1b[31m\u202e\ufeff" + text[cut:]).encode())
    for charset in CHARSETS:  # HTML that declares a codec that is not a text encoding
        body = "<h1>T</h1><h2>P</h2><p>Leaders will:</p><ul><li>Do it.</li></ul>"
        add(f"charset-{charset}.html", _html(body, f'<meta charset="{charset}">'))
        add(
            f"http-equiv-{charset}.html",
            _html(body, f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'),
        )
        add(f"xml-{charset}.html", f'<?xml version="1.0" encoding="{charset}"?>'.encode() + _html(body))
    for depth in (50, 98, 200, 1000, 5000):  # lists and markup nested absurdly deep
        # each level of a list is a commitment: deep lists stop at 400, a cost of seconds each to import
        lists = min(depth, 400)
        add(f"nested-list-{depth}.html", _html("<h1>T</h1><p>Leaders will:</p>" + _nested_list(lists)))
        add(f"nested-div-{depth}.html", _html("<div>" * depth + "<p>Leaders will:</p><ul><li>x</li></ul>"))
        add(
            f"nested-md-{depth}.md",
            ("# T\n\nLeaders will:\n\n" + "".join("  " * k + "- x\n" for k in range(lists))).encode(),
        )
        add(f"nested-json-{depth}.json", b"[" * depth + b"]" * depth)
        add(f"nested-quote-{depth}.md", (">" * depth + " Leaders will:\n").encode())
    add("deep-json-100000.json", b"[" * 100_000 + b"]" * 100_000)
    add("deep-export-children.json", _export([_summit(pillars=[{"commitments": _deep_children(300)}])]))
    deep = b'{"text": "x", "children": [' * 3000 + b"]}" * 3000
    nested = _export([_summit()]).replace(b'"children": []', b'"children": [' + deep + b"]", 1)
    add("deeper-export-children.json", nested)
    add("many-headings.md", "".join(f"# Heading {i}\n\n" for i in range(3_000)).encode())
    add(
        "many-bullets.md",
        ("# T\n\nLeaders will:\n\n" + "".join(f"- item {i}\n" for i in range(1_500))).encode(),
    )
    add("huge-field.md", ("# T\n\nLeaders will:\n\n- " + "x" * 250_000 + "\n").encode())
    add("unclosed.html", b"<html><body><ul><li><b><i><table><tr><td><script>")
    add("script.html", _html("<script>" + "alert(1);" * 1000 + "</script><h1>T</h1>"))
    add("entity-bomb.html", _html("&amp;" * 20_000))
    add("xxe.html", b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')
    add(
        "billion-laughs.html",
        b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><l>&c;</l>',
    )
    add("zlib-bomb.html", zlib.compress(b"<p>" * 100_000))
    # exports that break the rules, one rule each
    add("export-not-object.json", b"[]")
    add("export-wrong-format.json", json.dumps({"format": "other", "version": 1}).encode())
    add("export-future.json", json.dumps({"format": "nals-desktop-export", "version": 99}).encode())
    add("export-no-summits.json", json.dumps({"format": "nals-desktop-export", "version": 1}).encode())
    add("export-summits-string.json", _export("not a list"))
    add("export-summit-null.json", _export([None]))
    add("export-null-title.json", _export([_summit(title=None)]))
    add("export-number-title.json", _export([_summit(title=12)]))
    add("export-huge-title.json", _export([_summit(title="x" * 200_000)]))
    add("export-nul-title.json", _export([_summit(title="a\x00b")]))
    add("export-bad-date.json", _export([_summit(date="2024-13-45")]))
    add("export-bad-id.json", _export([_summit(id="not-a-uuid' OR 1=1 --")]))
    add("export-pillars-null.json", _export([_summit(pillars=None)]))
    add("export-duplicate-ids.json", _export([_summit(), _summit()]))
    add("export-no-parties.json", _export([_summit(parties="CA")]))
    add("export-party-bogus.json", _export([_summit(parties=[{"code": None}])]))
    for field, value in (
        ("marking", "TOP SECRET"),
        ("marking", "unclassified\x00"),
        ("marking", 7),
        ("stance", "bogus"),
        ("stance", None),
        ("priority", "urgent"),
        ("tags", ["x"] * 302),
        ("tags", [f"t{i}" for i in range(302)]),
        ("tags", ["ai", "AI"]),
        ("tags", "energy"),
        ("tags", [None]),
        ("objective", "x" * 200_000),
        ("objective", "nul\x00inside"),
        ("red_line", ["not", "text"]),
        ("party", "ZZ"),
        ("party", None),
        ("id", None),
    ):
        add(f"export-position-{field}-{len(cases)}.json", _with_position(**{field: value}))
    add("export-status-bogus.json", _export([_summit(pillars=[_pillar_with_status({"status": "bogus"})])]))
    add("export-status-progress.json", _export([_summit(pillars=[_pillar_with_status({"progress": 1000})])]))
    add("export-revision-junk.json", _export([_summit(revisions=[{"id": None, "snapshot": "x"}])]))
    add("export-big-numbers.json", _export([_summit(date=10**400)]))
    add("export-nan.json", b'{"format": "nals-desktop-export", "version": NaN, "summits": []}')
    add("export-trailing.json", _export([_summit()]) + b"garbage")
    add(
        "export-dup-keys.json",
        b'{"format": "x", "format": "nals-desktop-export", "version": 1, "summits": {}}',
    )
    # names no file should have (the content is a good fact sheet: refused or imported, never a traceback)
    for i, name in enumerate(
        (
            "new\nline.md",
            "carriage\rreturn.md",
            "tab\there.md",
            "-leading-dash.md",
            "--help.md",
            " spaces .md",
            "x" * 240 + ".md",
            "ünïcödé-名前.md",
            "\u202eevil\u202c.md",
            "quote'\"`$(id).md",
            "no-extension",
            "double.md.txt",
            "upper.MD",
            ".hidden.md",
            "semi;colon&amp.md",
        )
    ):
        add(name, GOOD_MD.format(n=f"named {i}").encode())
    return cases


def _deep_children(depth: int) -> list[dict[str, Any]]:
    node: dict[str, Any] = {"text": "leaf", "children": []}
    for _ in range(depth):
        node = {"text": "x", "children": [node]}
    return [node]


def _pillar_with_status(status: dict[str, Any]) -> dict[str, Any]:
    pillar = _summit()["pillars"][0]
    pillar["commitments"][0]["status"] = {"status": "ongoing", "progress": 0, **status}
    return dict(pillar)


def write_corpus(folder: Path, seed: int = 16) -> list[Path]:
    """Write the corpus into ``folder`` (plus a file whose name is not UTF-8, where the system allows)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in _cases(random.Random(seed)):
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    if sys.platform != "win32":  # a name that is not valid UTF-8 (bytes as Linux keeps them)
        raw = bytes(folder) + b"/not-utf8-\xff\xfe.md"
        with open(raw, "wb") as fh:
            fh.write(GOOD_MD.format(n="latin").encode())
        written.append(Path(raw.decode(sys.getfilesystemencoding(), "surrogateescape")))
    (folder / "a-folder.md").mkdir(exist_ok=True)
    written.append(folder / "a-folder.md")
    (folder / "dangling.md").symlink_to(folder / "nowhere.md")
    written.append(folder / "dangling.md")
    return written


if __name__ == "__main__":
    files = write_corpus(Path(sys.argv[1]))
    print(f"{len(files)} files in {sys.argv[1]}")
