"""Exports and bundles encrypted with a passphrase shared out of band (age files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nals_desktop.domain.errors import DocumentError, ValidationError
from nals_desktop.services import bundles, exchange, maintenance
from nals_desktop.services.annotate import commitment_id_for, set_position
from nals_desktop.services.identity import Author
from nals_desktop.store.engine import open_store

ME = Author("Test Officer", "CA", "00000000-0000-0000-0000-000000000001")
CANARY = "QXZ-sealed-red-line-9183"
SHARED = "shared out of band"


def test_an_encrypted_export_reads_back_only_with_its_passphrase(seeded_store, tmp_path: Path) -> None:
    set_position(seeded_store, commitment_id_for(seeded_store, "B-1"), "CA", {"red_line": CANARY}, ME)
    out = tmp_path / "all.json"
    maintenance.export_json(seeded_store, out, passphrase=SHARED)
    raw = out.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n") and CANARY.encode() not in raw
    assert CANARY in str(exchange.read_export(out, SHARED))
    with pytest.raises(DocumentError, match="wrong passphrase, or the file is damaged"):
        exchange.read_export(out, "not the shared one")
    with pytest.raises(DocumentError, match="is encrypted: give its passphrase"):
        exchange.read_export(out)
    with pytest.raises(ValidationError, match="at least 8"):
        maintenance.export_json(seeded_store, tmp_path / "weak.json", passphrase="short")
    assert not (tmp_path / "weak.json").exists()


def test_an_encrypted_bundle_merges_only_with_its_passphrase(seeded_store, tmp_path: Path) -> None:
    set_position(seeded_store, commitment_id_for(seeded_store, "B-1"), "CA", {"red_line": CANARY}, ME)
    out = tmp_path / "anna.nalsx"
    bundles.export_bundle(seeded_store, out, ME, passphrase=SHARED)
    assert CANARY.encode() not in out.read_bytes()
    other = open_store(tmp_path / "ben.sqlite")
    try:
        with pytest.raises(DocumentError, match="wrong passphrase"):
            bundles.import_bundle(other, out, passphrase="not the shared one")
        assert bundles.import_bundle(other, out, dry_run=True, passphrase=SHARED).dry_run
        result = bundles.import_bundle(other, out, passphrase=SHARED)
        assert len(result.summits_added) == 1
    finally:
        other.close()


def test_a_password_protected_book_opens_only_with_its_password(seeded_store, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from nals_desktop.cli import main

    set_position(seeded_store, commitment_id_for(seeded_store, "B-1"), "CA", {"red_line": CANARY}, ME)
    password = tmp_path / "password.txt"
    password.write_text("book password 1\n")
    out = tmp_path / "book.pdf"
    assert main(["export-book", str(out), "--pillar", "B", "--quiet", "--password-file", str(password)]) == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no unencrypted leftover
    reader = PdfReader(out)
    assert reader.is_encrypted and reader.decrypt("wrong password") == 0
    reader = PdfReader(out)
    assert reader.decrypt("book password 1") != 0
    assert reader._encryption is not None and reader._encryption.V == 5  # AES-256
    assert CANARY in "".join(page.extract_text() for page in reader.pages)
    short = tmp_path / "short.txt"
    short.write_text("short\n")
    assert main(["export-book", str(tmp_path / "b2.pdf"), "--password-file", str(short)]) == 2
    assert not (tmp_path / "b2.pdf").exists()
