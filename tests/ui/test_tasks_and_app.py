"""The task helper (real threads and synchronous), the error helper, and `nals-desktop --self-check`."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

import pytest

from nals_desktop.domain.errors import DocumentError
from nals_desktop.ui.errors import ErrorReporter
from nals_desktop.ui.tasks import TaskContext, TaskError, TaskRunner


def test_work_runs_on_a_pool_thread_and_results_come_back_on_the_gui_thread(qtbot) -> None:
    runner = TaskRunner()
    seen: dict[str, object] = {}

    def work(ctx: TaskContext) -> int:
        seen["worker"] = threading.current_thread()
        ctx.progress(0.5, "half")
        return 42

    def done(result: int) -> None:
        seen["result"], seen["callback"] = result, threading.current_thread()

    def progress(fraction: float, message: str) -> None:
        seen["progress"] = (fraction, message)

    runner.submit(work, on_done=done, on_progress=progress)
    qtbot.waitUntil(lambda: "result" in seen, timeout=60_000)
    assert seen["result"] == 42 and seen["progress"] == (0.5, "half")
    assert seen["worker"] is not threading.main_thread() and seen["callback"] is threading.main_thread()
    runner.wait()


def test_errors_come_back_as_plain_data_and_cancel_drops_results(qtbot) -> None:
    runner = TaskRunner()
    errors: list[TaskError] = []

    def fail(ctx: TaskContext) -> None:
        raise DocumentError("x.txt: no such file")

    runner.submit(fail, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=60_000)
    assert errors[0].message == "x.txt: no such file" and errors[0].expected
    gate = threading.Event()
    results: list[int] = []
    task = runner.submit(lambda ctx: gate.wait(5) and 1, on_done=results.append)
    task.cancel()
    gate.set()
    runner.wait()
    qtbot.wait(50)
    assert not results


def test_unexpected_errors_are_logged_and_shown(caplog) -> None:
    runner = TaskRunner(synchronous=True)
    reporter = ErrorReporter(interactive=False)
    runner.submit(lambda ctx: 1 / 0, on_error=lambda e: reporter.report_task("Oops", e))
    assert reporter.shown and "ZeroDivisionError" in reporter.shown[0].message
    assert "Traceback" in reporter.shown[0].details
    assert any(r.levelname == "ERROR" for r in caplog.records)
    caplog.clear()


@pytest.mark.parametrize("broken", [False, True])
def test_self_check(nals_home, broken: bool) -> None:
    env = dict(os.environ, NALS_HOME=str(nals_home), QT_QPA_PLATFORM="offscreen")
    if broken:
        nals_home.mkdir(parents=True)
        (nals_home / "nals.sqlite").write_text("not a database")
    proc = subprocess.run(
        [sys.executable, "-m", "nals_desktop.ui.app", "--self-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if broken:
        assert proc.returncode == 1 and "not a NALS store" in proc.stderr
        assert "Traceback" not in proc.stderr
    else:
        assert proc.returncode == 0, proc.stderr


def test_version_and_timing_of_the_self_check(nals_home) -> None:
    """``--version`` answers without opening anything; ``--timing`` stamps the moment the window is ready."""
    import time

    import nals_desktop

    env = dict(os.environ, NALS_HOME=str(nals_home), QT_QPA_PLATFORM="offscreen")
    app = [sys.executable, "-m", "nals_desktop.ui.app"]
    proc = subprocess.run([*app, "--version"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == f"nals-desktop {nals_desktop.__version__}"
    assert not nals_home.exists()  # no store was created just to say the version
    spawned = time.time()
    proc = subprocess.run(
        [*app, "--self-check", "--timing"], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    stamp = dict(part.split("=") for part in proc.stdout.split())
    assert spawned < float(stamp["painted_at"]) < time.time() and stamp["rows"] == "6"


def test_the_self_check_checks_the_passphrase_file_early_and_a_wrong_one_once(
    nals_home, tmp_path, passphrase_file
) -> None:
    """The passphrase of $NALS_PASSPHRASE_FILE is checked on a thread during the imports; a wrong one gives
    the usual single line and counts as one failure, not two."""
    from nals_desktop.services.startup import open_user_store
    from nals_desktop.store import cipher

    open_user_store().close()  # an encrypted store with its key file
    env = dict(os.environ, NALS_HOME=str(nals_home), QT_QPA_PLATFORM="offscreen")
    app = [sys.executable, "-m", "nals_desktop.ui.app", "--self-check"]
    proc = subprocess.run(app, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    proc = subprocess.run(
        app, env={**env, "NALS_PASSPHRASE_FILE": str(wrong)}, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines()[-1] == "nals-desktop: Wrong passphrase; nothing was opened."
    assert "Traceback" not in proc.stderr
    assert cipher.failed_attempts(nals_home / "nals.key") == 1
