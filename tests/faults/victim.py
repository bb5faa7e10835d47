"""Victims of the kill trials, forked from one server process that has the application imported.

``python tests/faults/victim.py`` reads one JSON line per trial on stdin ({"kind", "home", "acks",
"backup", "import_file", "saves"}), forks a victim that does what a user's program does (kind: save,
import, restore, backup, migration), prints its pid, and prints ``exit STATUS`` when it ended (the harness
kills it with SIGKILL at a random moment). Forking costs milliseconds where starting Python costs a second.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from typing import Any


def _cli(*argv: str) -> None:
    from nals_desktop import cli

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = cli.main(list(argv))
    if code:
        sys.stderr.write(err.getvalue())
        raise SystemExit(code)


def _save(acks: int, saves: int) -> None:
    from nals_desktop.services.annotate import commitment_id_for, set_position
    from nals_desktop.services.identity import Author
    from nals_desktop.services.startup import open_user_store

    author = Author("Victim", "MX", "00000000-0000-0000-0000-0000000000f1")
    store = open_user_store()  # kept open, as the window keeps it: saves sit in the -wal
    ids = [commitment_id_for(store, f"B-{k}") for k in range(1, 7)]
    for i in range(saves):
        changes: Any = {"objective": f"victim-{i}", "tags": [f"t{i % 3}"]}
        result = set_position(store, ids[i % len(ids)], "MX", changes, author)
        os.write(acks, (result.revisions[0] + "\n").encode())  # acknowledged: the commit has returned
    store.close()


def run(options: dict[str, Any]) -> None:
    os.environ["NALS_HOME"] = options["home"]
    os.environ["NALS_LANG"] = "en"
    kind = options["kind"]
    acks = os.open(options["acks"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    if kind == "save":
        _save(acks, options["saves"])
    elif kind == "import":
        _cli("import", options["import_file"], "--party", "CA")
    elif kind == "restore":
        _cli("restore", options["backup"])
    elif kind == "backup":
        _cli("backup")
    elif kind == "migration":
        _cli("summits")
    else:
        raise SystemExit(f"unknown kind {kind}")
    os.close(acks)


def _warm_up() -> None:
    """One save here, before any fork: mappers configured and code paths imported once for every victim."""
    import tempfile

    from sqlalchemy.orm import configure_mappers

    configure_mappers()
    with tempfile.TemporaryDirectory() as home:
        acks = os.path.join(home, "acks")
        run({"kind": "save", "home": os.path.join(home, "data"), "acks": acks, "saves": 1})


def serve() -> None:
    import alembic.command  # noqa: F401  (imported once here, so that every victim starts at once)

    import nals_desktop.cli
    import nals_desktop.services.importing
    import nals_desktop.services.maintenance  # noqa: F401

    _warm_up()
    print("ready", flush=True)
    for line in sys.stdin:
        options = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run(options)
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            except BaseException:
                import traceback

                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


if __name__ == "__main__":
    serve()
