"""GUI fixtures: one synchronous task helper, a non-blocking error helper, the main window, a 100k store."""

from __future__ import annotations

import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from nals_desktop.services.annotate import set_position, set_status
from nals_desktop.services.identity import Author
from nals_desktop.services.workspace import TableQuery, commitment_ids
from nals_desktop.store.engine import Store, open_store
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.main_window import MainWindow
from nals_desktop.ui.tasks import TaskRunner

BIG = 100_000
AUTHOR = Author("Test Officer", "CA", "00000000-0000-0000-0000-000000000001")


@pytest.fixture
def runner() -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def errors() -> ErrorReporter:
    return ErrorReporter(interactive=False)


def open_window(qtbot: QtBot, store: Store, runner: TaskRunner, errors: ErrorReporter) -> MainWindow:
    window = MainWindow(store, runner=runner, errors=errors)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=60_000)
    return window


@pytest.fixture
def make_window(
    qtbot: QtBot, runner: TaskRunner, errors: ErrorReporter
) -> Iterator[Callable[[Store], MainWindow]]:
    """Open main windows on stores; each is closed (saving its state) at the end."""
    opened: list[MainWindow] = []

    def make(store: Store) -> MainWindow:
        opened.append(open_window(qtbot, store, runner, errors))
        return opened[-1]

    yield make
    for win in opened:
        if win.isVisible():
            win.close()


@pytest.fixture
def window(make_window: Callable[[Store], MainWindow], seeded_store: Store) -> MainWindow:
    return make_window(seeded_store)


@pytest.fixture
def corpus() -> Path:
    return Path(__file__).resolve().parents[1] / "importers" / "documents" / "corpus"


@pytest.fixture
def seed_file() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "seed" / "nals-2023-key-deliverables.txt"


@pytest.fixture
def annotated_store(seeded_store: Store) -> Store:
    """The seed with a few positions, tags and statuses, through the services."""
    ids = commitment_ids(seeded_store, TableQuery())  # natural order: A-1 … F-7
    refs = ["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "B-1", "B-2", "B-3"]
    by_ref = dict(zip(refs, ids[: len(refs)], strict=True))
    set_position(
        seeded_store, by_ref["A-1"], "CA", {"stance": "oppose", "priority": "low", "tags": ["energy"]}, AUTHOR
    )
    set_position(seeded_store, by_ref["A-2"], "CA", {"stance": "support", "priority": "high"}, AUTHOR)
    set_position(seeded_store, by_ref["A-3"], "CA", {"stance": "neutral", "priority": "medium"}, AUTHOR)
    set_position(seeded_store, by_ref["A-4"], "MX", {"stance": "support", "tags": ["energy"]}, AUTHOR)
    set_position(seeded_store, by_ref["B-1"], "US", {"stance": "support-with-conditions"}, AUTHOR)
    set_status(seeded_store, by_ref["A-2"], {"status": "ongoing", "reason": "started"}, AUTHOR)
    return seeded_store


def make_big_store(path: Path, commitments: int = BIG, summits: int = 2, pillars: int = 6) -> Path:
    """A migrated store with ``commitments`` short commitments, written with bulk SQL (a few seconds)."""
    open_store(path).close()
    rng = random.Random(11)
    words = (
        "methane energy border trade health clean supply chain workers climate security migration "
        "semiconductor minerals forum cooperation indigenous women youth vaccine"
    ).split()
    conn = sqlite3.connect(str(path))
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    parties = []
    for code, name in (("CA", "Canada"), ("MX", "Mexico"), ("US", "United States")):
        pid = str(uuid.uuid4())
        parties.append(pid)
        conn.execute("INSERT INTO party(id, code, name) VALUES (?,?,?)", (pid, code, name))
    now = "2026-01-01 00:00:00.000000"
    per_pillar = commitments // (summits * pillars)
    with conn:
        for s in range(summits):
            sid = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO summit(id, title, date, location, host, created_at) VALUES (?,?,?,?,?,?)",
                (sid, f"Big summit {s + 1}", "2024-01-01", "Ottawa", "CA", f"2026-01-0{s + 1} 00:00:00"),
            )
            conn.executemany(
                "INSERT INTO summit_party VALUES (?,?,?)", [(sid, p, i) for i, p in enumerate(parties)]
            )
            for p in range(pillars):
                pid = str(uuid.uuid4())
                tab = "ABCDEFGHIJ"[p]
                conn.execute(
                    "INSERT INTO pillar(id, summit_id, ordinal, tab, short_title, title, intro) "
                    "VALUES (?,?,?,?,?,?,?)",
                    (pid, sid, p, tab, f"Pillar {tab}", f"Pillar {tab}", ""),
                )
                n = (
                    per_pillar
                    if (s, p) != (summits - 1, pillars - 1)
                    else commitments - per_pillar * (summits * pillars - 1)
                )
                conn.executemany(
                    "INSERT INTO commitment(id, summit_id, pillar_id, parent_id, ordinal, reference, text, "
                    "updated_at) "
                    "VALUES (?,?,?,NULL,?,?,?,?)",
                    (
                        (
                            str(uuid.uuid4()),
                            sid,
                            pid,
                            k,
                            f"{tab}-{k + 1}",
                            " ".join(rng.choice(words) for _ in range(6)).capitalize() + ".",
                            now,
                        )
                        for k in range(n)
                    ),
                )
    conn.close()
    return path


@pytest.fixture(scope="session")
def big_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_big_store(tmp_path_factory.mktemp("big") / "big.sqlite")


@pytest.fixture
def big_store(big_store_path: Path) -> Iterator[Store]:
    store = open_store(big_store_path)
    yield store
    store.close()
