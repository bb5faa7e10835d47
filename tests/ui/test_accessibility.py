"""Every interactive control has a name, as a screen reader finds it on the real AT-SPI bus.

The set-up starts Xvfb, a private D-Bus session bus (so the AT-SPI bus launcher and registry it starts are
this test's own), then the app in a process of its own with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; the test
walks the app's accessibility tree over D-Bus (jeepney) as Orca would, hidden controls included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from jeepney import DBusAddress, Properties, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection

ROOT = Path(__file__).resolve().parents[2]
NEEDED = ("Xvfb", "dbus-daemon", "/usr/libexec/at-spi-bus-launcher")
# The roles a user operates; each needs a name a screen reader can say.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "scroll bar",
    "page tab",
    "menu item",
    "check menu item",
    "radio menu item",
    "menu",
    "table",
    "tree",
    "tree table",
    "list",
    "list box",
    "page tab list",
    "tool bar",
    "date editor",
}
ROOT_PATH = "/org/a11y/atspi/accessible/root"

needs_bus = pytest.mark.skipif(
    any(shutil.which(tool) is None for tool in NEEDED),
    reason="needs Xvfb, dbus-daemon and at-spi2-core (make deps-test installs them)",
)


@dataclass(frozen=True)
class Node:
    role: str
    name: str
    description: str
    path: str  # the names of its ancestors, for the failure message
    text: str  # an editable text's content


class Tree:
    def __init__(self, conn: DBusConnection) -> None:
        self.conn = conn

    def call(self, bus: str, path: str, interface: str, method: str, signature: str = "", *args: object):
        msg = new_method_call(DBusAddress(path, bus, interface), method, signature, tuple(args))
        return self.conn.send_and_get_reply(msg, timeout=10).body

    def prop(self, bus: str, path: str, name: str) -> object:
        addr = DBusAddress(path, bus, "org.a11y.atspi.Accessible")
        return self.conn.send_and_get_reply(Properties(addr).get(name), timeout=10).body[0][1]

    def walk(self, bus: str, path: str, trail: str = "", depth: int = 0) -> Iterator[Node]:
        role = self.call(bus, path, "org.a11y.atspi.Accessible", "GetRoleName")[0]
        name = str(self.prop(bus, path, "Name"))
        description = str(self.prop(bus, path, "Description"))
        text = ""
        if role in ("text", "entry"):
            try:
                count = self.call(bus, path, "org.a11y.atspi.Text", "GetText", "ii", 0, -1)[0]
                text = str(count)
            except Exception:
                text = ""
        here = f"{trail} > {role} “{name}”" if trail else f"{role} “{name}”"
        yield Node(role, name, description, here, text)
        if role in ("table", "tree", "tree table", "list", "list box") or depth > 40:
            return  # their cells are data, named by their content
        for child_bus, child_path in self.call(bus, path, "org.a11y.atspi.Accessible", "GetChildren")[0]:
            yield from self.walk(child_bus, child_path, here, depth + 1)


@pytest.fixture
def a11y_app(tmp_path: Path) -> Iterator[tuple[Tree, str]]:
    """(the tree reader, the app's bus name) for the app started with --dialogs, on a private bus."""
    procs: list[subprocess.Popen[bytes]] = []
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    try:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        procs.append(xvfb)
        assert xvfb.stdout is not None
        display = xvfb.stdout.readline().decode().strip()
        env = dict(os.environ, XDG_RUNTIME_DIR=str(run), HOME=str(tmp_path))
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
        procs.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        env.pop("AT_SPI_BUS_ADDRESS", None)
        env.update(
            DISPLAY=f":{display}",
            DBUS_SESSION_BUS_ADDRESS=address,
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            NALS_HOME=str(tmp_path / "nals-home"),
            NALS_LANG="en",
            PYTHONPATH=str(ROOT),
        )
        app = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("a11y_app.py")), "--dialogs"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
        )
        procs.append(app)
        assert app.stdout is not None
        assert app.stdout.readline().strip() == b"ready", "the app did not start under Xvfb"
        session = open_dbus_connection(bus=address)
        reply = session.send_and_get_reply(
            new_method_call(DBusAddress("/org/a11y/bus", "org.a11y.Bus", "org.a11y.Bus"), "GetAddress"),
            timeout=30,
        )
        conn = open_dbus_connection(bus=reply.body[0])
        tree = Tree(conn)
        apps: list[tuple[str, str]] = []
        deadline = time.monotonic() + 60
        while not apps and time.monotonic() < deadline:
            apps = list(
                tree.call("org.a11y.atspi.Registry", ROOT_PATH, "org.a11y.atspi.Accessible", "GetChildren")[0]
            )
            if not apps:
                time.sleep(0.2)
        assert len(apps) == 1, "the app did not register with the AT-SPI registry"
        yield tree, apps[0][0]
        conn.close()
        session.close()
    finally:
        for proc in reversed(procs):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()


@needs_bus
def test_every_interactive_control_has_a_name(a11y_app: tuple[Tree, str]) -> None:
    tree, bus = a11y_app
    nodes = list(tree.walk(bus, ROOT_PATH))
    roles = {n.role for n in nodes}
    assert {"push button", "combo box", "check box", "text", "table", "page tab"} <= roles  # the tree is real
    titles = {n.name for n in nodes if n.role in ("frame", "dialog")}
    assert {"Compare positions", "Progress dashboard", "Send to a colleague", "Preferences"} <= titles
    unnamed = [n.path for n in nodes if n.role in INTERACTIVE and not n.name.strip()]
    assert unnamed == [], "unnamed controls:\n" + "\n".join(unnamed)
    # combo boxes are named by their label, not by the value they show
    combos = {n.name for n in nodes if n.role == "combo box"}
    assert {"Summit", "Marking", "Page size", "Priority for Canada"} <= combos, sorted(combos)
    assert not combos & {"Not set", "UNCLASSIFIED", "Top and bottom", "Plain text"}
    # the search field's buttons and the toolbar's extension button
    names = {n.name for n in nodes}
    assert {"Clear Search commitments", "More tools"} <= names
    # the status bar's count is in its name
    shown = [n.name for n in nodes if n.name.startswith("Shown commitments")]
    assert shown and any(ch.isdigit() for ch in shown[0]), shown


def test_names_in_process(window) -> None:
    """The same names through Qt's own accessibility interfaces (no bus needed)."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QApplication, QComboBox, QScrollBar, QToolButton

    QApplication.processEvents()  # names are given once control returns to the event loop
    buttons = {b.accessibleName() for b in window.search.edit.findChildren(QToolButton)}
    assert buttons == {"Clear Search commitments", "Search commitments"}
    assert window.findChild(QToolButton, "qt_toolbar_ext_button").accessibleName() == "More tools"
    assert all(bar.accessibleName() for bar in window.findChildren(QScrollBar))
    combo = next(c for c in window.editor.findChildren(QComboBox) if c.currentText() == "Not set")
    iface = QAccessible.queryAccessibleInterface(combo)
    assert iface.text(QAccessible.Text.Name) == combo.accessibleName() != "Not set"
    assert iface.text(QAccessible.Text.Value) == "Not set"
    status = QAccessible.queryAccessibleInterface(window.status_label).text(QAccessible.Text.Name)
    assert status.startswith("Shown commitments: ") and any(ch.isdigit() for ch in status)
