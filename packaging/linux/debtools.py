"""Helpers of packaging/linux/build-deb.sh that read the ELF files of the PyInstaller bundle.

    python debtools.py depends BUNDLE      the Depends field: dpkg-shlibdeps over every ELF file of the bundle
    python debtools.py syslibs BUNDLE      "soname:package ..." for every library the bundle's files load from
                                           the system (directly), for the launcher's missing-library check
    python debtools.py fix-runpath BUNDLE  drop the build machine's absolute RPATH/RUNPATH entries (e.g. a
                                           pyenv Python's /root/.pyenv/.../lib), keeping $ORIGIN ones

Both fail, naming the library, if a file of the bundle needs a library that is neither in the bundle nor
installed on this machine (the build machine must have every runtime dependency installed: build-deb.sh
installs them). Standard library only; needs dpkg-dev (dpkg-shlibdeps), binutils (objdump) and chrpath.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Provided by libc6 (and the dynamic loader): always there, never worth a message.
LIBC = re.compile(r"^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libnsl)\.so\b")


def elf_files(bundle: Path) -> list[Path]:
    files = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    files.append(path)
    return files


def depends(bundle: Path) -> str:
    files = elf_files(bundle)
    lib_dirs = sorted({str(f.parent) for f in files})
    with tempfile.TemporaryDirectory() as tmp:
        # dpkg-shlibdeps wants to run in a source tree: give it a minimal debian/control.
        (Path(tmp) / "debian").mkdir()
        (Path(tmp) / "debian" / "control").write_text(
            "Source: nals-desktop\n\nPackage: nals-desktop\nArchitecture: any\n"
        )
        proc = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",
                *(f"-l{d}" for d in lib_dirs),
                *map(str, files),
            ],
            cwd=tmp,
            capture_output=True,
            text=True,
        )
    if proc.returncode != 0:
        errors = [line for line in proc.stderr.splitlines() if "error" in line]
        raise SystemExit(
            "debtools: dpkg-shlibdeps failed:\n" + "\n".join(errors[:20] or proc.stderr.splitlines()[-20:])
        )
    for line in proc.stdout.splitlines():
        if line.startswith("shlibs:Depends="):
            return line.split("=", 1)[1].strip()
    raise SystemExit("debtools: dpkg-shlibdeps printed no shlibs:Depends")


def needed(path: Path) -> list[str]:
    out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s*NEEDED\s+(\S+)", out, re.M)


def syslibs(bundle: Path) -> str:
    inside = {p.name for p in bundle.rglob("*")}
    wanted: dict[str, list[str]] = {}
    for f in elf_files(bundle):
        for so in needed(f):
            if so not in inside and not LIBC.match(so):
                wanted.setdefault(so, []).append(str(f.relative_to(bundle)))
    if not wanted:
        return ""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    proc = subprocess.run(
        ["dpkg", "-S", *(f"*/{so}" for so in sorted(wanted))], capture_output=True, text=True
    )
    owner: dict[str, str] = {}
    for line in proc.stdout.splitlines():
        pkgs, _, path = line.partition(": ")
        so = os.path.basename(path.strip())
        for pkg in pkgs.split(", "):
            name, _, pkg_arch = pkg.partition(":")
            if so in wanted and pkg_arch in ("", arch, "all") and not name.endswith("-dev"):
                owner.setdefault(so, name)
    missing = sorted(set(wanted) - set(owner))
    if missing:
        lines = [f"  {so} (needed by {wanted[so][0]})" for so in missing]
        raise SystemExit(
            "debtools: these libraries are not installed on the build machine, so the package's\n"
            "dependencies cannot be worked out; install them first:\n" + "\n".join(lines)
        )
    return " ".join(f"{so}:{owner[so]}" for so in sorted(wanted))


def fix_runpath(bundle: Path) -> str:
    fixed = []
    for f in elf_files(bundle):
        out = subprocess.run(["objdump", "-p", str(f)], capture_output=True, text=True, check=True).stdout
        m = re.search(r"^\s*(?:RUNPATH|RPATH)\s+(\S+)", out, re.M)
        if not m:
            continue
        keep = [p for p in m.group(1).split(":") if p.startswith("$ORIGIN")]
        if len(keep) == len(m.group(1).split(":")):
            continue
        cmd = ["chrpath", "-r", ":".join(keep), str(f)] if keep else ["chrpath", "-d", str(f)]
        subprocess.run(cmd, capture_output=True, text=True, check=True)
        fixed.append(f"{f.relative_to(bundle)} ({m.group(1)})")
    return f"{len(fixed)} files" + (f", e.g. {fixed[0]}" if fixed else "")


def main(argv: list[str]) -> int:
    commands = {"depends": depends, "syslibs": syslibs, "fix-runpath": fix_runpath}
    if len(argv) != 3 or argv[1] not in commands:
        print(f"usage: {argv[0]} {'|'.join(commands)} BUNDLE", file=sys.stderr)
        return 2
    print(commands[argv[1]](Path(argv[2]).resolve()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
