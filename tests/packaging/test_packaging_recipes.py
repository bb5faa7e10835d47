"""Fast checks of the installer recipes in packaging/ (the full build and install proof is
packaging/linux/prove-deb.sh, run by CI after the test suite)."""

from __future__ import annotations

import ast
import importlib.util
import itertools
import os
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


version_py = _load("nals_packaging_version", PACKAGING / "version.py")


# --- one version, in every installer's format ---------------------------------------------------------------


def test_version_comes_from_pyproject(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NALS_VERSION", raising=False)
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert version_py.project_version(ROOT) == tomllib.load(f)["project"]["version"]
    monkeypatch.setenv("NALS_VERSION", "9.8.7")
    assert version_py.project_version(ROOT) == "9.8.7"


@pytest.mark.parametrize(
    ("pep440", "deb", "win", "mac"),
    [
        ("0.1.0", "0.1.0", "0.1.0.0", "0.1.0"),
        ("1.2", "1.2", "1.2.0.0", "1.2.0"),
        ("2.0.0rc1", "2.0.0~rc1", "2.0.0.0", "2.0.0"),
        ("2.0.0.post2", "2.0.0+post2", "2.0.0.0", "2.0.0"),
        ("0.1.0.dev0", "0.1.0~~dev0", "0.1.0.0", "0.1.0"),
        ("1.0a1.dev3", "1.0~a1~dev3", "1.0.0.0", "1.0.0"),
    ],
)
def test_version_formats(pep440: str, deb: str, win: str, mac: str) -> None:
    assert version_py.deb_version(pep440) == deb
    assert version_py.numeric_version(pep440, 4) == win
    assert version_py.numeric_version(pep440, 3) == mac


def test_bad_version_is_refused() -> None:
    with pytest.raises(ValueError, match="PEP 440"):
        version_py.deb_version("1.0-beta")


@pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg")
def test_debian_versions_keep_pep440_order() -> None:
    ordered = [
        "0.9",
        "1.0.dev1",
        "1.0a1.dev1",
        "1.0a1",
        "1.0b2",
        "1.0rc1",
        "1.0",
        "1.0.post1.dev1",
        "1.0.post1",
        "1.1",
    ]
    debs = [version_py.deb_version(v) for v in ordered]
    for low, high in itertools.pairwise(debs):
        assert subprocess.run(["dpkg", "--compare-versions", low, "lt", high]).returncode == 0, (low, high)


# --- the PyInstaller spec -----------------------------------------------------------------------------------


def _spec_strings(name: str) -> set[str]:
    """The string constants of the spec's top-level assignment NAME (a list, maybe built from a tuple)."""
    tree = ast.parse((PACKAGING / "nals-desktop.spec").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return {
                n.value
                for n in ast.walk(node.value)
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            }
    raise AssertionError(f"{name} is not assigned in the spec")


def test_spec_is_valid_python() -> None:
    compile((PACKAGING / "nals-desktop.spec").read_text(), "nals-desktop.spec", "exec")


def test_spec_names_the_qt_modules_of_the_brief() -> None:
    used = _spec_strings("QT_USED")
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtPdf", "QtPdfWidgets"):
        assert f"PySide6.{module}" in used


def test_no_qt_module_the_app_imports_is_excluded() -> None:
    excluded = {"PySide6." + m for m in _spec_strings("QT_EXCLUDED") if not m.startswith("PySide6")}
    imported = set()
    for path in (ROOT / "nals_desktop").rglob("*.py"):
        imported |= set(re.findall(r"\b(PySide6\.Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "the app imports no Qt module?"
    assert not imported & excluded, f"the spec excludes Qt modules the app imports: {imported & excluded}"


def test_spec_bundles_what_alembic_loads_at_run_time() -> None:
    text = (PACKAGING / "nals-desktop.spec").read_text()
    for needed in (
        '"alembic.op"',
        '"alembic.context"',
        'collect_submodules("sqlalchemy.dialects.sqlite")',
        '(str(ROOT / "resources"), "resources")',
        '(str(ROOT / "database"), "database")',
        'copy_metadata("nals-desktop")',
    ):
        assert needed in text
    # what the migrations import must be among the hidden imports or the app's own imports
    for script in (ROOT / "database").rglob("*.py"):
        for module in re.findall(r"^\s*(?:from|import) ([\w.]+)", script.read_text(), re.M):
            assert module.split(".")[0] in {
                "alembic",
                "sqlalchemy",
                "nals_desktop",
                "typing",
                "__future__",
                "collections",
                "datetime",
                "uuid",
                "json",
                "re",
            }, (script, module)


def test_entry_scripts_call_the_project_entry_points() -> None:
    with open(ROOT / "pyproject.toml", "rb") as f:
        project = tomllib.load(f)["project"]
    gui_module = project["gui-scripts"]["nals-desktop"].split(":")[0]
    cli_module = project["scripts"]["nals"].split(":")[0]
    assert f"from {gui_module} import main" in (PACKAGING / "entry" / "nals_desktop_gui.py").read_text()
    assert f"from {cli_module} import main" in (PACKAGING / "entry" / "nals_cli.py").read_text()


# --- Linux: desktop entry, metainfo, launchers, maintainer script ------------------------------------------


def _desktop_entry() -> dict[str, str]:
    lines = (LINUX / "nals-desktop.desktop").read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))


def test_desktop_entry_names_the_launcher_and_icon() -> None:
    entry = _desktop_entry()
    assert entry["Exec"].split()[0] == "nals-desktop"
    assert entry["Icon"] == "nals-desktop"
    assert entry["Type"] == "Application"
    build = (LINUX / "build-deb.sh").read_text()
    assert "usr/share/icons/hicolor/scalable/apps/nals-desktop.svg" in build
    assert "usr/share/icons/hicolor/${size}x${size}/apps/nals-desktop.png" in build


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="needs desktop-file-utils")
def test_desktop_entry_validates() -> None:
    proc = subprocess.run(
        ["desktop-file-validate", str(LINUX / "nals-desktop.desktop")], capture_output=True, text=True
    )
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def _metainfo(tmp_path: Path) -> Path:
    text = (LINUX / "io.github.nals.Desktop.metainfo.xml").read_text()
    out = tmp_path / "io.github.nals.Desktop.metainfo.xml"
    out.write_text(text.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-01-01"))
    return out


def test_metainfo_launches_the_desktop_entry(tmp_path: Path) -> None:
    root = ET.parse(_metainfo(tmp_path)).getroot()
    assert root.findtext("id") == "io.github.nals.Desktop"
    assert root.findtext("launchable") == "nals-desktop.desktop"
    assert {b.text for b in root.iter("binary")} == {"nals-desktop", "nals"}


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_validates(tmp_path: Path) -> None:
    proc = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(_metainfo(tmp_path))], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _launcher(tmp_path: Path, libs: str) -> Path:
    """The GUI launcher with its library list filled in and /opt/nals-desktop replaced by a fake app."""
    app = tmp_path / "app"
    app.mkdir(exist_ok=True)
    (app / "nals-desktop").write_text('#!/bin/sh\necho "started with: $*"\n')
    (app / "nals-desktop").chmod(0o755)
    text = (LINUX / "nals-desktop.sh").read_text()
    assert "APPDIR=/opt/nals-desktop" in text and "@SYSTEM_LIBS@" in text
    launcher = tmp_path / "nals-desktop"
    launcher.write_text(
        text.replace("APPDIR=/opt/nals-desktop", f"APPDIR={app}").replace("@SYSTEM_LIBS@", libs)
    )
    launcher.chmod(0o755)
    return launcher


def _run(launcher: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "NALS_SKIP_LIBCHECK")
    }
    return subprocess.run(
        ["sh", str(launcher), *args], capture_output=True, text=True, env={**environ, **env}
    )


needs_ldconfig = pytest.mark.skipif(
    not any(Path(d, "ldconfig").exists() for d in ("/sbin", "/usr/sbin")) or sys.platform != "linux",
    reason="needs Linux and ldconfig",
)


@needs_ldconfig
def test_launcher_starts_the_app_when_the_libraries_are_there(tmp_path: Path) -> None:
    proc = _run(_launcher(tmp_path, "libc.so.6:libc6"), "--self-check", "two words")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "started with: --self-check two words"


@needs_ldconfig
def test_launcher_names_a_missing_library_and_its_package(tmp_path: Path) -> None:
    libs = "libc.so.6:libc6 libnals-absent.so.7:libnals-absent7 libnals-gone.so.1:libnals-absent7"
    proc = _run(_launcher(tmp_path, libs))
    assert proc.returncode == 1
    assert "started" not in proc.stdout
    assert "libnals-absent.so.7 libnals-gone.so.1" in proc.stderr
    assert "sudo apt-get install libnals-absent7\n" in proc.stderr  # the package once
    # a library found through LD_LIBRARY_PATH counts as present; NALS_SKIP_LIBCHECK=1 skips the check
    (tmp_path / "libnals-absent.so.7").touch()
    (tmp_path / "libnals-gone.so.1").touch()
    assert _run(_launcher(tmp_path, libs), LD_LIBRARY_PATH=str(tmp_path)).returncode == 0
    assert _run(_launcher(tmp_path, "libnals-absent.so.9:x"), NALS_SKIP_LIBCHECK="1").returncode == 0


def test_postrm_never_touches_user_data() -> None:
    text = (LINUX / "postrm").read_text()
    commands = [line for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]
    deleting = [line for line in commands if re.search(r"\brm\b|-delete\b|rmdir|unlink", line)]
    assert deleting, "postrm deletes nothing?"
    for line in deleting:
        assert "/opt/nals-desktop" in line, line
    for forbidden in ("HOME", "NALS_HOME", ".local", "/home", "/root"):
        assert forbidden not in "\n".join(commands), forbidden


def test_control_template_fields() -> None:
    text = (LINUX / "control.in").read_text()
    for field in (
        "Package: nals-desktop",
        "Version: @VERSION@",
        "Depends: @DEPENDS@",
        "Installed-Size:",
        "Maintainer:",
        "Description:",
    ):
        assert field in text


@pytest.mark.skipif(
    shutil.which("objdump") is None or shutil.which("dpkg") is None, reason="needs binutils, dpkg"
)
def test_debtools_names_the_system_libraries_of_a_bundle(tmp_path: Path) -> None:
    debtools = _load("nals_debtools", LINUX / "debtools.py")
    xz = shutil.which("xz")
    if xz is None or not Path(xz).resolve().is_file():
        pytest.skip("needs xz")
    bundle = tmp_path / "bundle"
    (bundle / "lib").mkdir(parents=True)
    shutil.copy(Path(xz).resolve(), bundle / "xz")
    pairs = dict(p.split(":") for p in debtools.syslibs(bundle).split())
    assert pairs.get("liblzma.so.5") == "liblzma5", pairs
    assert "libc.so.6" not in pairs  # libc is always there


# --- Windows and macOS recipes -----------------------------------------------------------------------------


def test_inno_setup_script_is_per_user_with_start_menu_uninstaller_and_version() -> None:
    text = (PACKAGING / "windows" / "nals-desktop.iss").read_text()
    for needed in (
        "PrivilegesRequired=lowest",
        "DefaultDirName={autopf}",
        "{autoprograms}\\{#AppName}",
        "UninstallDisplayIcon=",
        "VersionInfoVersion={#AppVersionNumeric}",
        "AppVersion={#AppVersion}",
        'Source: "{#BundleDir}\\*"',
        "recursesubdirs",
    ):
        assert needed in text, needed
    assert "PrivilegesRequiredOverridesAllowed" not in text  # never asks for admin
    assert "{localappdata}\\nals-desktop" not in text.split("[UninstallDelete]")[1]  # user data stays


def test_macos_plists_parse() -> None:
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == "io.github.nals.Desktop"
    assert info["NSHighResolutionCapable"] is True
    assert "LSMinimumSystemVersion" in info
    entitlements = plistlib.loads((PACKAGING / "macos" / "entitlements.plist").read_bytes())
    assert all(key.startswith("com.apple.security.") for key in entitlements)


def test_ci_workflow_uses_existing_scripts() -> None:
    text = (ROOT / ".github" / "workflows" / "installers.yml").read_text()
    for job in ("ubuntu-", "windows-", "macos-"):
        assert f"runs-on: {job}" in text
    paths = set(re.findall(r"\b(packaging/[\w./-]+\.(?:sh|iss|py))", text))
    assert {
        "packaging/linux/prove-deb.sh",
        "packaging/build-bundle.sh",
        "packaging/macos/build-dmg.sh",
        "packaging/windows/nals-desktop.iss",
    } <= paths
    for path in paths:
        assert (ROOT / path).is_file(), path


def test_shell_scripts_parse() -> None:
    for script in [*PACKAGING.rglob("*.sh"), LINUX / "postrm"]:
        proc = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
        assert proc.returncode == 0, f"{script}: {proc.stderr}"
