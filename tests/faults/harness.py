"""The fault-injection runs, shared by tests/faults and `python -m benchmarks.bench_faults` (the figures).

Kill trials fork each victim from a server process that has the application imported (a trial costs
milliseconds, not an interpreter start), let it run for a random time and end it with SIGKILL, then open
the store as the next start would and count what survived. A save is acknowledged when the victim wrote
its revision id to the acknowledgement file after the commit returned.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nals_desktop.store import cipher

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("child.py")
VICTIM = Path(__file__).with_name("victim.py")
SEED = ROOT / "resources" / "seed" / "nals-2023-key-deliverables.txt"
MARKER = "kept-before-the-trial"
KINDS = ("save", "import", "restore", "backup", "migration")


@dataclass
class Figures:
    """What one run found; ``problems`` names every trial that lost or broke something."""

    name: str
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    failures: int = 0
    tracebacks: int = 0
    changed_on_refusal: int = 0
    seconds: float = 0.0
    by_kind: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        kinds = ", ".join(f"{k} {n}" for k, n in self.by_kind.items())
        return (
            f"{self.name}: {self.trials} trials{f' ({kinds})' if kinds else ''}, "
            f"{self.acknowledged} saves acknowledged, {self.lost} lost, {self.failures} failures, "
            f"{self.tracebacks} tracebacks, {self.changed_on_refusal} changes on refusal, "
            f"{self.seconds:.1f} s"
        )


#: The passphrase of the templates' key file (the tests' own, given to the programs by NALS_PASSPHRASE_FILE).
PASSPHRASE = "correct horse battery staple"
#: The templates' data key, once made.
KEY: dict[str, bytes] = {}


def connect_store(target: str | Path, **kwargs: Any) -> Any:
    """A DB-API connection to a trial's store (or a backup of it): encrypted with the templates' key."""
    return cipher.connect(target, KEY["key"], **kwargs)


def env_for(home: Path) -> dict[str, str]:
    return {**os.environ, "NALS_HOME": str(home), "PYTHONPATH": str(ROOT), "NALS_LANG": "en"}


# --- templates: made once per run, copied into every trial ------------------------------------------------


@dataclass(frozen=True)
class Templates:
    seeded: Path  # a first start's store, with one position saved (the marker)
    backup: Path  # a backup of it with a second marker position
    old: Path  # the same store at the oldest schema: opening it migrates
    import_file: Path  # a small fact sheet to import
    key_file: Path  # the key file of the three stores (they are encrypted)


def make_templates(folder: Path) -> Templates:
    from alembic import command

    from nals_desktop.services.annotate import commitment_id_for, set_position
    from nals_desktop.services.identity import Author
    from nals_desktop.services.importing import import_seed
    from nals_desktop.services.maintenance import backup
    from nals_desktop.store.engine import alembic_config, open_store

    folder.mkdir(parents=True, exist_ok=True)
    author = Author("Fault suite", "CA", "00000000-0000-0000-0000-00000000fa17")
    seeded = folder / "seeded.sqlite"
    # Encrypted, as every store a first start makes; a trial's data folder gets the key file with the store.
    key = cipher.create_key_file(folder / "nals.key", PASSPHRASE)
    assert key is not None
    KEY["key"] = key
    store = open_store(seeded, prepare=import_seed, key=key)
    set_position(store, commitment_id_for(store, "A-1"), "CA", {"objective": MARKER}, author)
    copy = backup(store, folder / "backup.sqlite")
    store.checkpoint(truncate=True)
    store.close()
    with _store(copy) as other:
        set_position(other, commitment_id_for(other, "A-2"), "CA", {"objective": "from-the-backup"}, author)
        other.checkpoint(truncate=True)
    old = folder / "old.sqlite"
    shutil.copyfile(seeded, old)
    with _store(old) as store:
        config = alembic_config(store.engine)
        with store.engine.connect() as conn, conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        store.checkpoint(truncate=True)
    sheet = folder / "g7.md"
    sheet.write_text(
        "# G7 Leaders' Communiqué\n\n## Climate\n\nLeaders will:\n\n"
        + "".join(f"- Cut emissions in sector {i} by half.\n" for i in range(40))
        + "\n## Health\n\nLeaders committed to:\n\n"
        + "".join(f"- Fund vaccine research programme {i}.\n" for i in range(40)),
        encoding="utf-8",
    )
    return Templates(seeded, copy, old, sheet, folder / "nals.key")


@contextlib.contextmanager
def _store(path: Path) -> Iterator[Any]:
    from nals_desktop.store.engine import open_store

    store = open_store(path, key=KEY["key"])
    try:
        yield store
    finally:
        store.close()


def fresh_home(templates: Templates, folder: Path, *, old: bool = False) -> Path:
    """A data folder holding a copy of a template store (and nothing else)."""
    home = folder
    home.mkdir(parents=True)
    shutil.copyfile(templates.old if old else templates.seeded, home / "nals.sqlite")
    shutil.copyfile(templates.key_file, home / "nals.key")
    return home


# --- kill -9 trials ---------------------------------------------------------------------------------------


class Forker:
    """The victims' server (tests/faults/victim.py): one Python start for all the trials."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(VICTIM)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env_for(Path("/nonexistent-nals-home")),
            text=True,
            bufsize=1,
        )
        assert self.proc.stdout is not None
        if self.proc.stdout.readline().strip() != "ready":
            raise RuntimeError("the victims' server did not start")

    def run(self, options: dict[str, Any], kill_after: float | None) -> int:
        """Run one victim; kill it with SIGKILL after ``kill_after`` s. Returns its wait status."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(options) + "\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline())
        ready, _, _ = select.select([self.proc.stdout], [], [], kill_after)
        if not ready:  # still running: the kill lands wherever the victim is
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        line = self.proc.stdout.readline()
        return int(line.split()[1])

    def close(self) -> None:
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()
        self.proc.wait(30)


def kill_trials(
    n: int, folder: Path, *, seed: int = 16, kinds: Sequence[str] = KINDS, templates: Templates | None = None
) -> Figures:
    """``n`` trials spread over ``kinds``, each victim killed with SIGKILL after a random delay."""
    figures = Figures("kill -9")
    started = time.monotonic()
    templates = templates or make_templates(folder / "templates")
    forker = Forker()
    try:
        rng = random.Random(seed)
        durations = {k: _natural_duration(forker, k, templates, folder / f"measure-{k}") for k in kinds}
        for i in range(n):
            kind = kinds[i % len(kinds)]
            home = fresh_home(templates, folder / f"trial-{i:04d}", old=kind == "migration")
            delay = rng.uniform(0.0, durations[kind] * 1.2)
            acks = _run_victim(forker, kind, home, templates, delay)
            figures.trials += 1
            figures.by_kind[kind] = figures.by_kind.get(kind, 0) + 1
            figures.acknowledged += len(acks)
            lost, problem = verify(kind, home, templates, acks)
            figures.lost += lost
            if problem:
                figures.failures += 1
                figures.problems.append(f"trial {i} ({kind}, killed after {delay:.3f} s): {problem}")
            shutil.rmtree(home, ignore_errors=True)
    finally:
        forker.close()
    figures.seconds = time.monotonic() - started
    return figures


def _options(kind: str, home: Path, templates: Templates) -> dict[str, Any]:
    return {
        "kind": kind,
        "home": str(home),
        "acks": str(home.parent / f"{home.name}.acks"),
        "backup": str(templates.backup),
        "import_file": str(templates.import_file),
        "saves": 12,
    }


def _natural_duration(forker: Forker, kind: str, templates: Templates, home: Path) -> float:
    """How long the operation takes when nobody kills it (the save victim: a dozen saves)."""
    fresh_home(templates, home, old=kind == "migration")
    started = time.monotonic()
    status = forker.run(_options(kind, home, templates), None)
    took = time.monotonic() - started
    if status != 0:
        raise RuntimeError(f"the {kind} victim failed when not killed (status {status}) in {home}")
    shutil.rmtree(home, ignore_errors=True)
    Path(f"{home}.acks").unlink(missing_ok=True)
    return took


def _run_victim(forker: Forker, kind: str, home: Path, templates: Templates, delay: float) -> list[str]:
    forker.run(_options(kind, home, templates), delay)
    acks_file = home.parent / f"{home.name}.acks"
    acks = acks_file.read_text(encoding="utf-8").split() if acks_file.exists() else []
    acks_file.unlink(missing_ok=True)
    return acks


def verify(kind: str, home: Path, templates: Templates, acks: Sequence[str]) -> tuple[int, str | None]:
    """(acknowledged saves lost, what is wrong) after a trial: the next start must open a sound store."""
    from nals_desktop.domain.errors import NalsError
    from nals_desktop.services.maintenance import check

    path = home / "nals.sqlite"
    try:
        with _store(path) as store:
            problems = check(store)
            objectives = _objectives(path)
            revisions = _revision_ids(path)
    except NalsError as exc:
        return len(acks), f"the next start fails: {exc}"
    lost = sum(1 for rev in acks if rev not in revisions)
    if problems:
        return lost, f"check: {problems[0]}"
    if lost:
        return lost, f"{lost} acknowledged saves lost"
    if kind == "restore":
        if "from-the-backup" not in objectives and MARKER not in objectives:
            return 0, "neither the old store nor the backup is in place"
        if "from-the-backup" in objectives and not _kept_elsewhere(home):
            return 0, "the replaced store was not kept"
    elif MARKER not in objectives:
        return 0, "a position saved before the trial is gone"
    if kind == "backup":
        for made in (home / "backups").glob("*.sqlite"):
            if MARKER not in _objectives(made):
                return 0, f"an incomplete backup {made.name} was left under a backup's name"
    if kind == "import":
        with connect_store(path) as conn:
            summits = conn.execute("SELECT count(*) FROM summit").fetchone()[0]
            commitments = conn.execute("SELECT count(*) FROM commitment").fetchone()[0]
        conn.close()
        if (summits, commitments) not in ((1, 31), (2, 111)):
            return 0, f"an import half-applied: {summits} summits, {commitments} commitments"
    return 0, None


def _kept_elsewhere(home: Path) -> bool:
    kept = [*home.glob("backups/*.sqlite"), *home.glob("nals-unreadable-*.sqlite")]
    return any(MARKER in _objectives(p) and "from-the-backup" not in _objectives(p) for p in kept)


def _objectives(path: Path) -> set[str]:
    try:
        conn = connect_store(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return {row[0] for row in conn.execute("SELECT objective FROM position") if row[0]}
        finally:
            conn.close()
    except cipher.DB_ERRORS:
        return set()


def _revision_ids(path: Path) -> set[str]:
    conn = connect_store(path)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM revision")}
    finally:
        conn.close()


# --- concurrent CLI writers -------------------------------------------------------------------------------


def concurrent_writers(folder: Path, templates: Templates, *, writers: int = 4, saves: int = 10) -> Figures:
    """``writers`` processes saving through the CLI's code at once, on the same commitments."""
    figures = Figures(f"{writers} CLI writers")
    started = time.monotonic()
    home = fresh_home(templates, folder / "writers")
    parties = ["CA", "MX", "US"]
    procs = [
        subprocess.Popen(
            [sys.executable, str(CHILD), "cli-writer", str(saves), parties[j % 3], f"w{j}"],
            env=env_for(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for j in range(writers)
    ]
    outputs = [p.communicate(timeout=600) for p in procs]
    acks = [line.split()[1] for out, _err in outputs for line in out.splitlines() if line.startswith("ack ")]
    figures.trials = writers * saves
    figures.acknowledged = len(acks)
    figures.failures = sum(out.count("\nfail ") + out.startswith("fail ") for out, _err in outputs)
    figures.tracebacks = sum("Traceback" in err for _out, err in outputs)
    figures.problems = [err.strip().splitlines()[-1] for _out, err in outputs if err.strip()]
    figures.problems += [ln for out, _err in outputs for ln in out.splitlines() if ln.startswith("fail")]
    revisions = _revision_ids(home / "nals.sqlite")
    figures.lost = sum(1 for rev in acks if rev not in revisions)
    figures.seconds = time.monotonic() - started
    return figures


# --- the command line on damaged stores -------------------------------------------------------------------


def run_cli(home: Path, *argv: str) -> tuple[int, str, str, str | None]:
    """``nals ARGV`` in this process on ``home``: exit code, stdout, stderr, and a traceback if it raised."""
    from nals_desktop import cli

    saved = os.environ.get("NALS_HOME")
    os.environ["NALS_HOME"] = str(home)
    out, err = io.StringIO(), io.StringIO()
    raised = None
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main(list(argv))
            except SystemExit as exc:
                code = int(exc.code or 0)
            except BaseException:
                raised = traceback.format_exc()
                code = -1
    finally:
        if saved is None:
            os.environ.pop("NALS_HOME", None)
        else:
            os.environ["NALS_HOME"] = saved
    return code, out.getvalue(), err.getvalue(), raised


def damage_kinds() -> dict[str, Callable[[Path], object]]:
    """Ways a store file gets damaged, each applied to a closed store in place."""

    def truncate(fraction: float) -> Callable[[Path], object]:
        return lambda p: p.write_bytes(p.read_bytes()[: int(p.stat().st_size * fraction)])

    def flip(count: int, seed: int) -> Callable[[Path], object]:
        def damage(p: Path) -> None:
            data = bytearray(p.read_bytes())
            rng = random.Random(seed)
            for _ in range(count):
                offset = rng.randrange(100, len(data))
                data[offset] ^= 1 << rng.randrange(8)
            p.write_bytes(bytes(data))

        return damage

    def foreign(p: Path) -> None:
        p.unlink()
        conn = sqlite3.connect(p)
        conn.execute("CREATE TABLE notes(text TEXT)")
        conn.commit()
        conn.close()

    def header_flip(p: Path) -> None:
        data = bytearray(p.read_bytes())
        data[3] ^= 0x20
        p.write_bytes(bytes(data))

    return {
        "truncated to 10%": truncate(0.1),
        "truncated to 50%": truncate(0.5),
        "truncated to 99%": truncate(0.99),
        "0 bytes": truncate(0.0),
        "1 bit flipped": flip(1, 1),
        "8 bits flipped": flip(8, 2),
        "64 bits flipped": flip(64, 3),
        "512 bits flipped": flip(512, 4),
        "header flipped": header_flip,
        "another program's database": foreign,
        "text file": lambda p: p.write_text("my notes\n" * 100, encoding="utf-8"),
    }


DAMAGE_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("check",),
    ("summits",),
    ("list", "--pillar", "B"),
    ("search", "methane"),
    ("show", "B-1"),
    ("export-json", "{out}/x.json"),
    ("backup", "{out}/b.sqlite"),
    ("position", "set", "B-1", "--party", "CA", "--objective", "after the damage"),
)


def damage_runs(folder: Path, templates: Templates) -> Figures:
    """Every damage kind, every command: one clear line (or a sound answer), never a traceback."""
    figures = Figures("damage")
    started = time.monotonic()
    for name, damage in damage_kinds().items():
        home = fresh_home(templates, folder / f"damage-{len(figures.by_kind)}")
        damage(home / "nals.sqlite")
        figures.by_kind[name] = 0
        for command in DAMAGE_COMMANDS:
            argv = [a.format(out=home.parent) for a in command]
            code, _out, err, raised = run_cli(home, *argv)
            figures.trials += 1
            figures.by_kind[name] += 1
            lines = err.strip().splitlines()
            if raised:
                figures.tracebacks += 1
                figures.problems.append(f"{name}: nals {' '.join(argv)} raised: {raised.splitlines()[-1]}")
            elif code != 0 and argv[0] == "check":  # its findings, one a line
                if not lines or any("Traceback" in line for line in lines):
                    figures.failures += 1
                    figures.problems.append(f"{name}: nals check printed {err!r}")
            elif code != 0 and (len(lines) != 1 or not lines[0].startswith("nals: ")):
                figures.failures += 1
                figures.problems.append(f"{name}: nals {' '.join(argv)} printed {len(lines)} lines: {err!r}")
            for leftover in (home.parent / "x.json", home.parent / "b.sqlite"):
                leftover.unlink(missing_ok=True)
        # the way out always works: restore a backup over the damaged store
        code, _out, err, raised = run_cli(home, "restore", str(templates.backup))
        figures.trials += 1
        if raised or code != 0:
            figures.failures += 1
            figures.problems.append(f"{name}: restore failed: {raised or err}")
        shutil.rmtree(home, ignore_errors=True)
    figures.seconds = time.monotonic() - started
    return figures


# --- hostile imports --------------------------------------------------------------------------------------


def hostile_imports(folder: Path, templates: Templates, corpus: Path) -> Figures:
    """Import every file of ``corpus`` into one store: refusals are one line and change nothing."""
    figures = Figures("hostile imports")
    started = time.monotonic()
    for n, file in enumerate(sorted(corpus.iterdir())):
        home = fresh_home(templates, folder / f"hostile-{n}")  # each on the template: refusals compare to it
        path = home / "nals.sqlite"
        before = _digest(path)
        code, _out, err, raised = run_cli(home, "import", str(file))
        figures.trials += 1
        lines = err.strip().splitlines()
        if raised:
            figures.tracebacks += 1
            figures.problems.append(f"{file.name}: raised {raised.splitlines()[-1]}")
        elif code != 0:
            figures.failures += 0  # a refusal is the expected answer; it must be one line and change nothing
            if len(lines) != 1:
                figures.problems.append(f"{file.name}: {len(lines)} lines on stderr: {err[:300]!r}")
            if _digest(path) != before:
                figures.changed_on_refusal += 1
                figures.problems.append(f"{file.name}: refused, yet the store changed")
        outcome = "refused" if code else "imported"
        figures.by_kind[outcome] = figures.by_kind.get(outcome, 0) + 1
        shutil.rmtree(home, ignore_errors=True)
    figures.seconds = time.monotonic() - started
    return figures


def _digest(path: Path) -> str:
    """What the store holds, row by row (not its bytes: a checkpoint moves pages and changes nothing)."""
    digest = hashlib.sha256()
    conn = connect_store(path)
    try:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not r[0].startswith(("search_fts", "sqlite_"))
        ]
        for table in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()
