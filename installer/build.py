"""Build the one-folder bundle of Sanaq Desktop on this machine, and on Windows its installer.

    python -m installer.build [--dist DIR] [--work DIR] [--installer] [--iscc PATH]

1. checks that the installed package's version is the one in ``pyproject.toml`` (a stale editable
   install would otherwise ship the wrong number);
2. makes the program's icon (``.ico``) from ``resources/icons/sanaq.svg``;
3. runs PyInstaller on ``installer/sanaq.spec``: ``DIST/sanaq/`` holds ``sanaq-desktop`` and ``sanaq``;
4. with ``--installer`` (Windows, Inno Setup 6 installed): runs ``ISCC`` on ``installer/sanaq.iss`` with
   the version and the bundle's folder passed as ``/D`` definitions; the installer lands in ``DIST``.

It prints the bundle's size and the time taken.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "sanaq.spec"
ISS = ROOT / "installer" / "sanaq.iss"
BUNDLE_NAME = "sanaq"


class BuildError(Exception):
    """Something the builder must fix before the build can go on."""


def checked_version() -> str:
    from importlib import metadata

    from desktop import DISTRIBUTION, pyproject_version

    wanted = pyproject_version(ROOT / "pyproject.toml")
    if wanted is None:
        raise BuildError("pyproject.toml has no [project] version")
    try:
        installed = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError as error:
        raise BuildError('the package is not installed: run  pip install -e ".[test]"  first') from error
    if installed != wanted:
        raise BuildError(
            f"the installed package says {installed}, pyproject.toml says {wanted}: "
            'run  pip install -e ".[test]"  again so that the bundle carries the right version'
        )
    return wanted


def make_icon(target: Path) -> Path:
    """The Windows icon (256 × 256, which Windows scales down) drawn from the SVG icon with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "sanaq.svg"))
    if not renderer.isValid():
        raise BuildError("resources/icons/sanaq.svg cannot be read")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # the format from the suffix (.ico)
        raise BuildError("the icon could not be written (Qt's ICO image plugin is missing)")
    del app
    return target


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run_pyinstaller(dist: Path, work: Path, icon: Path | None) -> Path:
    env = dict(os.environ)
    if icon is not None:
        env["SANAQ_ICON"] = str(icon)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    bundle = dist / BUNDLE_NAME
    for name in ("sanaq-desktop", "sanaq"):
        if not (bundle / (name + (".exe" if sys.platform == "win32" else ""))).is_file():
            raise BuildError(f"PyInstaller did not make {name} in {bundle}")
    return bundle


def iscc_command(iscc: str, version: str, bundle: Path, dist: Path, icon: Path | None) -> list[str]:
    from desktop import windows_version

    command = [
        iscc,
        f"/DAppVersion={version}",
        f"/DAppVersionNumbers={windows_version(version)}",
        f"/DBundleDir={bundle}",
        f"/O{dist}",
    ]
    if icon is not None:
        command.append(f"/DAppIcon={icon}")
    return [*command, str(ISS)]


def find_iscc(given: str | None) -> str | None:
    if given:
        return given
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"), os.environ.get("LOCALAPPDATA")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m installer.build", description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes (default: dist/)")
    parser.add_argument("--work", type=Path, default=None, help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--installer", action="store_true", help="also make the Windows installer (Inno Setup)")
    parser.add_argument("--iscc", help="path of Inno Setup's ISCC.exe (found by itself when installed)")
    args = parser.parse_args(argv)
    dist = args.dist.resolve()
    work = (args.work or ROOT / "build").resolve()
    started = time.perf_counter()
    try:
        version = checked_version()
        icon = make_icon(work / "sanaq.ico")
        bundle = run_pyinstaller(dist, work, icon)
        print(f"Sanaq Desktop {version}: {bundle}")
        print(f"bundle: {folder_size(bundle) / 1_000_000:.0f} MB, built in {time.perf_counter() - started:.0f} s")
        if args.installer:
            iscc = find_iscc(args.iscc)
            if iscc is None:
                raise BuildError("Inno Setup 6 is not installed (ISCC.exe not found); give its path with --iscc")
            subprocess.run(iscc_command(iscc, version, bundle, dist, icon), check=True)
            print(f"installer: {dist}")
    except BuildError as error:
        sys.stderr.write(f"installer.build: {error}\n")
        return 1
    except subprocess.CalledProcessError as error:
        sys.stderr.write(f"installer.build: {Path(str(error.cmd[0])).name} failed with exit code {error.returncode}\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
