"""A window ended by SIGTERM ends as a closed one does: no socket, no lock left behind, the store whole."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nals_desktop.paths import lock_path
from nals_desktop.ui.single_instance import server_name

from .harness import Templates, env_for, fresh_home


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_terminated_window_leaves_no_socket_or_lock(
    tmp_path: Path, templates: Templates, signum: signal.Signals
) -> None:
    home = fresh_home(templates, tmp_path / "home")
    store = home / "nals.sqlite"
    sockets = tmp_path / "tmp"
    sockets.mkdir()
    socket = sockets / server_name(store)
    proc = subprocess.Popen(
        [sys.executable, "-m", "nals_desktop.ui.app"],
        env={**env_for(home), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(sockets)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (socket.exists() and lock_path(store).exists()) and proc.poll() is None:
            assert time.monotonic() < deadline, "the window never came up"
            time.sleep(0.1)
        time.sleep(1.0)  # the window is up and idle
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert not socket.exists() and not lock_path(store).exists()
    assert not Path(f"{store}-wal").exists()  # closed cleanly: every save is in the store file
