"""One writer per store: a second start forwards to the first; a killed holder's lock is reclaimed."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from nals_desktop.paths import lock_path
from nals_desktop.ui.single_instance import InstanceState, SingleInstance, server_name


def test_a_second_start_brings_the_first_forward(qtbot, tmp_path: Path) -> None:
    store = tmp_path / "nals.sqlite"
    first = SingleInstance(store)
    assert first.start() is InstanceState.PRIMARY
    assert lock_path(store).exists() and (first.holder() or (0,))[0] == os.getpid()
    second = SingleInstance(tmp_path / "." / "nals.sqlite")  # the same store by another spelling
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.start() is InstanceState.FORWARDED
    first.release()
    third = SingleInstance(store)
    assert third.start() is InstanceState.PRIMARY  # released: the next start is the writer
    third.release()


def test_other_stores_are_independent(tmp_path: Path) -> None:
    a, b = SingleInstance(tmp_path / "a" / "nals.sqlite"), SingleInstance(tmp_path / "b" / "nals.sqlite")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert server_name(a.store_path) != server_name(b.store_path)
    assert a.start() is InstanceState.PRIMARY and b.start() is InstanceState.PRIMARY
    a.release()
    b.release()


@pytest.mark.slow
def test_a_live_lock_without_a_window_is_read_only_and_a_killed_ones_is_reclaimed(
    tmp_path: Path, run_until, lock_script, caplog: pytest.LogCaptureFixture
) -> None:
    store = tmp_path / "nals.sqlite"
    proc = run_until(lock_script, [str(lock_path(store))], "locked")
    blocked = SingleInstance(store, timeout_ms=300)
    assert blocked.start() is InstanceState.READ_ONLY  # held by a live process that answers nobody
    assert (blocked.holder() or (0,))[0] == proc.pid
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock_path(store).exists()  # left behind by the killed process
    reclaimed = SingleInstance(store)
    assert reclaimed.start() is InstanceState.PRIMARY
    assert (reclaimed.holder() or (0,))[0] == os.getpid()
    reclaimed.release()
