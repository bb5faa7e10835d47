"""A child of the fault suite: ``python tests/faults/child.py ROLE ARGS…`` (the parent sets NALS_HOME).

save-and-wait N: N saves with the store kept open (so they sit in the -wal), prints ``saved``, then waits
to be killed.

cli-writer N PARTY TAG: N saves through the `nals` command line's code (``cli.main``, which opens the store
anew each time, as each `nals` run does), each on the next commitment; after each acknowledged save it
prints ``ack REVISION VALUE`` and flushes, and on a refused save ``fail LINE``.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys


def cli_writer(n: int, party: str, tag: str) -> int:
    from nals_desktop import cli
    from nals_desktop.services.startup import open_user_store

    opened = []

    def store():  # what a `nals` run opens is closed when it ends (its process exits)
        opened.append(open_user_store())
        return opened[-1]

    cli._store = store
    counts = zip("ABCDEF", (6, 6, 5, 6, 1, 7), strict=True)
    refs = [f"{tab}-{k}" for tab, count in counts for k in range(1, count + 1)]
    failures = 0
    for i in range(n):
        value = f"{tag}-{i}"
        out, err = io.StringIO(), io.StringIO()
        ref = refs[i % len(refs)]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["position", "set", ref, "--party", party, "--objective", value, "--json"])
        while opened:
            opened.pop().close()
        if code == 0:
            [revision] = json.loads(out.getvalue())["revisions"]
            print(f"ack {revision} {value}", flush=True)
        else:
            failures += 1
            print("fail " + err.getvalue().replace("\n", " | "), flush=True)
    return 1 if failures else 0


def save_and_wait(n: int) -> int:
    import time

    from nals_desktop.services.annotate import commitment_id_for, set_position
    from nals_desktop.services.identity import Author
    from nals_desktop.services.startup import open_user_store

    store = open_user_store()
    author = Author("Child", "CA", "00000000-0000-0000-0000-0000000000c1")
    for i in range(n):
        changes = {"objective": f"only-in-the-wal-{i}"}
        set_position(store, commitment_id_for(store, "C-1"), "US", changes, author)
    print("saved", flush=True)
    time.sleep(120)
    return 0


if __name__ == "__main__":
    role, *args = sys.argv[1:]
    if role == "save-and-wait":
        sys.exit(save_and_wait(int(args[0])))
    if role == "cli-writer":
        sys.exit(cli_writer(int(args[0]), args[1], args[2]))
    sys.exit(f"unknown role {role}")
