"""The store: schema from migrations equals the models, pragmas, refusals, backup before migrating."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from nals_desktop.domain.errors import SchemaTooNewError, StoreError
from nals_desktop.paths import migrations_path
from nals_desktop.services.startup import open_user_store
from nals_desktop.store import cipher
from nals_desktop.store import engine as engine_module
from nals_desktop.store.engine import current_revision, head_revision, open_store
from nals_desktop.store.models import Base


def test_migrations_and_models_agree(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.sqlite")
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_object": _not_fts})
        diff = compare_metadata(context, Base.metadata)
    store.close()
    assert diff == []


def _not_fts(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and name.startswith("search_fts"))


def test_pragmas_of_the_design(empty_store) -> None:
    with empty_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"these are my notes, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a NALS store"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_store_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite"
    open_store(path).close()
    with cipher.store_connection(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before


SHIPPED, LATER = head_revision(), "0999"  # the newest migration shipped, and one a later version adds


def _later_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, upgrade: str) -> None:
    """A later version of the app: the shipped migrations plus LATER, whose upgrade() body is ``upgrade``."""
    later = tmp_path / "database"
    shutil.copytree(migrations_path(), later)
    (later / "versions" / f"{LATER}_test.py").write_text(
        f'revision = "{LATER}"\ndown_revision = "{SHIPPED}"\nbranch_labels = None\ndepends_on = None\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"def upgrade():\n{upgrade}\n\n"
        'def downgrade():\n    op.drop_table("later_table")\n'
    )
    monkeypatch.setattr(engine_module, "migrations_path", lambda: later)


LOSE_TEXT = "    op.execute(\"UPDATE commitment SET text = 'lost'\")"
CREATE_LATER_TABLE = '    op.create_table("later_table", sa.Column("id", sa.Integer, primary_key=True))'


def test_an_existing_store_is_backed_up_before_it_is_migrated(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seeded_store,
) -> None:
    path = seeded_store.path
    seeded_store.close()
    _later_version(tmp_path, monkeypatch, CREATE_LATER_TABLE)
    store = open_store(path)
    assert current_revision(store.engine) == LATER
    store.close()
    backups = list((path.parent / "backups").glob("*.sqlite"))
    assert len(backups) == 1
    with cipher.connect(backups[0], cipher.unlocked_key(cipher.key_file(path))) as conn:  # encrypted too
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SHIPPED,)
        assert conn.execute("SELECT count(*) FROM commitment WHERE parent_id IS NULL").fetchone() == (31,)


@pytest.mark.parametrize(
    "failure",
    [
        f"{LOSE_TEXT}\n" + '    op.execute("SELECT * FROM no_such_table")',
        f"{LOSE_TEXT}\n" + '    raise RuntimeError("a bug in the migration")',
    ],
)
def test_a_migration_that_fails_midway_leaves_the_store_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_store, failure: str
) -> None:
    path = seeded_store.path
    seeded_store.close()
    _later_version(tmp_path, monkeypatch, f"{CREATE_LATER_TABLE}\n{failure}")
    with pytest.raises(StoreError, match="could not be updated") as raised:
        open_store(path)
    assert "backups" in str(raised.value)  # where the copy made before the update is
    with cipher.store_connection(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SHIPPED,)
        assert conn.execute("SELECT count(*) FROM commitment WHERE text = 'lost'").fetchone() == (0,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "later_table" not in tables


def test_a_store_that_cannot_be_backed_up_is_not_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seeded_store
) -> None:
    path = seeded_store.path
    seeded_store.close()
    _later_version(tmp_path, monkeypatch, CREATE_LATER_TABLE)
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    with pytest.raises(StoreError, match=r"could not be written .* nothing was changed"):
        open_store(path, backup_dir=blocked)
    with cipher.store_connection(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SHIPPED,)
    store = open_store(path, backup_dir=tmp_path / "backups")  # with room for the copy, it goes ahead
    assert current_revision(store.engine) == LATER
    store.close()
    assert [p.name.endswith(".sqlite") for p in (tmp_path / "backups").iterdir()] == [True]  # no .part left


def test_integrity_check_is_clean_on_a_fresh_store(seeded_store) -> None:
    assert seeded_store.integrity_errors() == []


def test_integrity_findings_are_sentences_and_a_damaged_search_index_is_one(seeded_store) -> None:
    with cipher.store_connection(seeded_store.path) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(
            "INSERT INTO summit_party(summit_id, party_id, ordinal) "
            "SELECT 'gone', party_id, 9 FROM summit_party LIMIT 1"
        )
        conn.execute(  # zero the newest blocks of the full-text index
            "UPDATE search_fts_data SET block = zeroblob(length(block)) "
            "WHERE rowid IN (SELECT rowid FROM search_fts_data WHERE id > 1 ORDER BY rowid DESC LIMIT 3)"
        )
    problems = seeded_store.integrity_errors()  # SQLCipher's SQLite (3.53) checks FTS5 in integrity_check too
    (orphan,) = [p for p in problems if p.startswith("Row ")]
    assert re.fullmatch(
        r"Row \d+ of the table summit_party refers to a missing row of the table summit\.", orphan
    )
    (index,) = [p for p in problems if p.startswith("The search index is damaged: ")]
    assert all(p.startswith(("Row ", "The search index", "SQLite integrity check: fts5:")) for p in problems)
    assert "[SQL" not in index and "sqlalche.me" not in index


def test_the_head_read_from_file_names_is_alembics_head(empty_store) -> None:
    from alembic.script import ScriptDirectory

    from nals_desktop.store.engine import alembic_config, head_revision

    scripts = ScriptDirectory.from_config(alembic_config(empty_store.engine))
    assert head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        assert Path(script.path).name.startswith(script.revision + "_")


def _foreign(path: Path) -> None:
    conn = cipher.store_connection(path)
    with conn:
        conn.execute("CREATE TABLE recipes(name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('bread')")
    conn.close()


def _tableless(path: Path) -> None:
    conn = cipher.store_connection(path)
    conn.execute("PRAGMA user_version = 7")  # a valid SQLite file with no table at all
    conn.close()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), "is empty \\(0 bytes\\), not a NALS store"),
        (_foreign, "SQLite database but not a NALS store"),
        (_tableless, "SQLite database but not a NALS store"),
    ],
    ids=["0 bytes", "foreign database", "no tables"],
)
def test_an_existing_file_that_is_not_a_nals_store_is_never_seeded_or_migrated(
    nals_home: Path, make, message: str
) -> None:
    from nals_desktop.services.startup import open_user_store

    nals_home.mkdir(parents=True)
    path = nals_home / "nals.sqlite"
    make(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=message) as raised:
        open_user_store()
    assert "nals restore" in str(raised.value)
    assert path.read_bytes() == before  # not even switched to WAL
    assert sorted(p.name for p in nals_home.iterdir()) == ["nals.sqlite"]


def test_a_first_start_publishes_the_store_whole(nals_home: Path) -> None:
    from nals_desktop.services.startup import open_user_store

    seen: list[list[str]] = []
    store = open_store(nals_home / "nals.sqlite", prepare=lambda s: seen.append(os.listdir(nals_home)))
    store.close()
    assert not any(name == "nals.sqlite" for name in seen[0])  # made beside it, put in place when done
    assert sorted(os.listdir(nals_home)) == ["nals.sqlite"]
    store = open_user_store()
    assert store.path is not None
    with cipher.store_connection(store.path) as conn:
        assert conn.execute("SELECT count(*) FROM summit").fetchone() == (1,)  # seeded on the NALS store
    store.close()


FIRST_START = """
import sys
from nals_desktop.services.startup import open_user_store
store = open_user_store()
print(store.path)
"""


def test_racing_first_starts_make_one_store_and_all_open_it(nals_home: Path) -> None:
    env = {**os.environ, "NALS_HOME": str(nals_home)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_START],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in procs]
    assert [(code, err) for code, _out, err in results] == [(0, "")] * 3
    open_user_store().close()  # the key file all three used: this process unlocks it too
    with cipher.store_connection(nals_home / "nals.sqlite") as conn:
        assert conn.execute("SELECT count(*) FROM summit").fetchone() == (1,)
    assert [p.name for p in nals_home.iterdir() if p.name.startswith(".")] == []
